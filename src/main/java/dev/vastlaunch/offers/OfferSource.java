package dev.vastlaunch.offers;

import java.util.List;

/** Searches the marketplace; implemented by the HTTP client, faked in tests. */
public interface OfferSource {
    /** Runs the search and returns the offers in the server's order; never throws for I/O. */
    Outcome<List<Offer>> search(OfferQuery query);

    /** Runs the search and returns its offers as the server wrote them, every key kept (for {@code --raw}). */
    default Outcome<String> searchRaw(OfferQuery query) {
        return new Outcome.Failed<>("this source has no raw answers");
    }

    /** Returns the GPU model names the marketplace knows (no API key needed); never throws for I/O. */
    Outcome<List<String>> gpuNames();
}
