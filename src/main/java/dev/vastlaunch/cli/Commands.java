package dev.vastlaunch.cli;

import dev.vastlaunch.launch.LaunchRequest;
import dev.vastlaunch.offers.SearchOffersArgs;
import java.util.List;

/** Executes parsed one-shot commands against the server; returns exit codes. */
public interface Commands {
    /** Runs a search and prints the offers. */
    int searchOffers(SearchOffersArgs args, GlobalOptions g);

    /** Confirms (unless {@code --yes}), submits once, and prints the new instance id. */
    int createInstance(LaunchRequest request, GlobalOptions g);

    /** Runs any other command ({@code show instances}, {@code ssh-url}, ...). */
    int run(Usage.Verb verb, List<String> rest, GlobalOptions g);
}
