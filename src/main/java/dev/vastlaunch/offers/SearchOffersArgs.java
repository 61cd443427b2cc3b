package dev.vastlaunch.offers;

import java.util.List;

/**
 * Returns a parsed {@code search offers} command line: the query to send and the warnings to show.
 *
 * @param queryText the positional words joined with spaces, as the official CLI joins them
 */
public record SearchOffersArgs(OfferQuery query, String queryText, List<String> warnings) {
    public SearchOffersArgs {
        warnings = List.copyOf(warnings);
    }
}
