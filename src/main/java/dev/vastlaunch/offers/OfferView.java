package dev.vastlaunch.offers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Refines loaded offers locally: a case-insensitive text filter and a column sort, without a new search. */
public final class OfferView {
    private OfferView() {}

    /**
     * Returns the offers whose id, GPU, location or verification contain every space-separated word of
     * {@code filter}, sorted by {@code column} (stable, ties by price).
     */
    public static List<Offer> apply(List<Offer> offers, String filter, OfferColumn column, boolean descending) {
        String[] words = filter.strip().toLowerCase(Locale.ROOT).split("\\s+");
        List<Offer> out = new ArrayList<>(offers.size());
        for (Offer o : offers) {
            if (matches(o, words)) {
                out.add(o);
            }
        }
        Comparator<Offer> order = column.comparator();
        if (descending) {
            order = order.reversed();
        }
        out.sort(order.thenComparingDouble(Offer::dphTotal));
        return out;
    }

    private static boolean matches(Offer o, String[] words) {
        if (words.length == 0 || (words.length == 1 && words[0].isEmpty())) {
            return true;
        }
        String hay = (o.id() + " " + o.gpuName() + " " + o.geolocation() + " " + o.verification() + " " + o.numGpus()
                        + "x")
                .toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!hay.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
