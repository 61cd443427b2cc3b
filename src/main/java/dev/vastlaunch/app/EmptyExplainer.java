package dev.vastlaunch.app;

import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferQuery;
import dev.vastlaunch.offers.OfferSource;
import dev.vastlaunch.offers.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Explains an empty search: how many offers each filter of the query removes. */
final class EmptyExplainer {
    private static final int MAX_EXPLAINED = 8;

    private EmptyExplainer() {}

    /** Returns one line per filter: how many offers the search finds without it. */
    static List<String> explain(OfferSource offers, OfferQuery query) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Map<String, @Nullable Object>> f :
                query.filters().entrySet()) {
            if (lines.size() >= MAX_EXPLAINED) {
                break;
            }
            Map<String, Map<String, @Nullable Object>> without = new LinkedHashMap<>(query.filters());
            without.remove(f.getKey());
            Outcome<List<Offer>> r = offers.search(query.withFilters(without));
            String count = r instanceof Outcome.Ok<List<Offer>> ok
                    ? (ok.value().size() >= OfferUpdate.PAGE
                            ? OfferUpdate.PAGE + "+"
                            : String.valueOf(ok.value().size()))
                    : "?";
            lines.add("without " + f.getKey() + " " + describe(f.getValue()) + ": " + count + " offers");
        }
        return lines;
    }

    private static String describe(Map<String, @Nullable Object> ops) {
        List<String> parts = new ArrayList<>();
        ops.forEach((op, v) -> parts.add(op + " " + v));
        return String.join(", ", parts);
    }
}
