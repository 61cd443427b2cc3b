package dev.vastlaunch.offers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

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
        return sorted(out, column, descending);
    }

    /**
     * Returns {@code offers} sorted by {@code column}, ties by price, stable: the column's keys and the prices are
     * read once into arrays and an index is sorted over them (the comparator chain cost ~25 ms per keystroke at
     * 20,000 offers).
     */
    private static List<Offer> sorted(List<Offer> offers, OfferColumn column, boolean descending) {
        int n = offers.size();
        double[] prices = new double[n];
        Integer[] index = new Integer[n];
        for (int i = 0; i < n; i++) {
            prices[i] = offers.get(i).dphTotal();
            index[i] = i;
        }
        int sign = descending ? -1 : 1;
        Function<Offer, String> text = textKey(column);
        if (text != null) {
            String[] keys = new String[n];
            for (int i = 0; i < n; i++) {
                keys[i] = text.apply(offers.get(i));
            }
            Arrays.sort(index, (a, b) -> {
                int c = sign * keys[a].compareTo(keys[b]);
                return c != 0 ? c : Double.compare(prices[a], prices[b]);
            });
        } else {
            ToDoubleFunction<Offer> number = numberKey(column);
            double[] keys = new double[n];
            for (int i = 0; i < n; i++) {
                keys[i] = number.applyAsDouble(offers.get(i));
            }
            Arrays.sort(index, (a, b) -> {
                int c = sign * Double.compare(keys[a], keys[b]);
                return c != 0 ? c : Double.compare(prices[a], prices[b]);
            });
        }
        List<Offer> out = new ArrayList<>(n);
        for (Integer i : index) {
            out.add(offers.get(i));
        }
        return out;
    }

    /** Returns the text a column sorts by, or null for a column that sorts by a number. */
    private static @Nullable Function<Offer, String> textKey(OfferColumn column) {
        return switch (column) {
            case GPU -> Offer::gpuName;
            case LOCATION -> Offer::geolocation;
            default -> null;
        };
    }

    /** Returns the number a column sorts by (as its comparator does). */
    private static ToDoubleFunction<Offer> numberKey(OfferColumn column) {
        return switch (column) {
            case ID -> o -> o.id();
            case NUM -> Offer::numGpus;
            case VRAM -> o -> o.gpuRamMb();
            case DLPERF_USD -> Offer::dlperfPerDphTotal;
            case TFLOPS -> Offer::totalFlops;
            case RELIABILITY -> Offer::reliability;
            case CUDA -> Offer::cudaMaxGood;
            case CPU -> Offer::cpuCoresEffective;
            case RAM -> o -> o.cpuRamMb();
            case DISK_BW -> Offer::diskBwMbps;
            case NET_DOWN -> Offer::inetDownMbps;
            case NET_UP -> Offer::inetUpMbps;
            case PORTS -> Offer::directPortCount;
            case MAX_DAYS -> Offer::durationSeconds;
            default -> Offer::dphTotal;
        };
    }

    /**
     * Returns whether every word matches: an id prefix, a part of the GPU name ({@code RTX_4090} as {@code RTX 4090})
     * or the location, the verification, or a whole cell of a usual column ({@code 8x}, {@code 24G}, {@code 12.4}).
     */
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
     * Returns whether the lower-case word {@code w} matches one offer; the name, location and verification are
     * compared in place (no string built per offer), the usual columns' cells only when those did not match.
     */
    private static boolean matchesWord(Offer o, String w) {
        String word = w.indexOf('_') < 0 ? w : w.replace('_', ' ');
        if (contains(o.gpuName(), word) || contains(o.geolocation(), word) || contains(o.verification(), word)) {
            return true;
        }
        if (w.length() <= 20 && isDigits(w) && Long.toString(o.id()).startsWith(w)) {
            return true;
        }
        return cell(o, w);
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
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
