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
        for (String w : words) {
            if (!matchesWord(o, w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns whether the lower-case word {@code w} (no spaces) occurs in the offer's id, GPU, location, verification
     * or GPU count ({@code "2x"}); as a word has no space, this is the same as searching those fields joined by
     * spaces, without building that string for each offer on each keystroke.
     */
    private static boolean matchesWord(Offer o, String w) {
        if (contains(o.gpuName(), w) || contains(o.geolocation(), w) || contains(o.verification(), w)) {
            return true;
        }
        if (w.length() <= 20 && isDigits(w, w.length()) && Long.toString(o.id()).contains(w)) {
            return true;
        }
        return w.length() <= 11
                && (w.endsWith("x") ? isDigits(w, w.length() - 1) : isDigits(w, w.length()))
                && (o.numGpus() + "x").contains(w);
    }

    private static boolean isDigits(String s, int end) {
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Returns whether {@code field} contains the lower-case {@code word}, ignoring case, without allocating. */
    private static boolean contains(String field, String word) {
        int last = field.length() - word.length();
        for (int i = 0; i <= last; i++) {
            if (field.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
