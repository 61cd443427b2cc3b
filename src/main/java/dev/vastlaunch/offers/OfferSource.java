package dev.vastlaunch.offers;

import java.util.List;

/** Searches the marketplace; implemented by the HTTP client, faked in tests. */
public interface OfferSource {
    /** Runs the search and returns the offers in the server's order; never throws for I/O. */
    Outcome<List<Offer>> search(OfferQuery query);

    /** Returns the GPU model names the marketplace knows (no API key needed); never throws for I/O. */
    Outcome<List<String>> gpuNames();
}
