package dev.vastlaunch.offers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Refines loaded offers locally: a case-insensitive text filter and a column sort, without a new search. */
public final class OfferView {
    private OfferView() {}

    /**
     * Returns the offers that match every space-separated word of {@code filter} (an id prefix, the GPU name, the
     * location, or a usual column's cell), sorted by {@code column} (stable, ties by price).
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

    /**
     * Returns whether every word matches: an id prefix, a part of the GPU name ({@code RTX_4090} as {@code RTX 4090})
     * or the location, the verification, or a whole cell of a usual column ({@code 8x}, {@code 24G}, {@code 12.4}).
     */
    private static boolean matches(Offer o, String[] words) {
        if (words.length == 0 || (words.length == 1 && words[0].isEmpty())) {
            return true;
        }
        String text = (o.gpuName() + " " + o.geolocation() + " " + o.verification()).toLowerCase(Locale.ROOT);
        String id = Long.toString(o.id());
        for (String w : words) {
            String word = w.replace('_', ' ');
            if (!id.startsWith(w) && !text.contains(word) && !cell(o, w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean cell(Offer o, String word) {
        for (OfferColumn c : OfferColumn.values()) {
            if (!c.wide()
                    && !c.isText()
                    && c != OfferColumn.ID
                    && c.text(o).toLowerCase(Locale.ROOT).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the GPU names among {@code known} that contain every word of {@code filter} ({@code _} as space). */
    public static List<String> gpuNamesMatching(List<String> known, String filter) {
        String[] words =
                filter.strip().toLowerCase(Locale.ROOT).replace('_', ' ').split("\\s+", -1);
        List<String> out = new ArrayList<>();
        for (String name : known) {
            String n = name.toLowerCase(Locale.ROOT).replace('_', ' ');
            boolean all = words.length > 0 && !words[0].isEmpty();
            for (String w : words) {
                all &= n.contains(w);
            }
            if (all) {
                out.add(name);
            }
        }
        return out;
    }
}
