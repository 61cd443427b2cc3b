package dev.vastlaunch.offers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/** Refines loaded offers locally: a case-insensitive text filter and a column sort, without a new search. */
public final class OfferView {
    private OfferView() {}

    /**
     * What is kept of the offers loaded last: each offer's searchable text in lower case (made on the first filter
     * keystroke) and the last sort (the sort is stable, so filtering the sorted offers keeps their order).
     */
    private static final class Loaded {
        private final List<Offer> offers;
        private String @Nullable [] texts;
        private @Nullable OfferColumn column;
        private boolean descending;
        private int[] order = new int[0];
        private List<Offer> sorted = List.of();

        Loaded(List<Offer> offers) {
            this.offers = offers;
        }

        @SuppressWarnings(
                "ReferenceEquality") // the loaded offers are an immutable list: the same object, the same rows
        boolean isFor(List<Offer> list) {
            return offers == list;
        }

        /** Returns the offers' GPU name, location and verification in lower case, by their loaded position. */
        String[] texts() {
            String[] t = texts;
            if (t == null) {
                t = new String[offers.size()];
                for (int i = 0; i < t.length; i++) {
                    Offer o = offers.get(i);
                    t[i] = (o.gpuName() + '\u0000' + o.geolocation() + '\u0000' + o.verification())
                            .toLowerCase(Locale.ROOT);
                }
                texts = t;
            }
            return t;
        }

        /** Returns the positions of the offers sorted by {@code c}, sorting only when the column or direction changed. */
        int[] order(OfferColumn c, boolean desc) {
            if (column != c || descending != desc) {
                int[] index = new int[offers.size()];
                for (int i = 0; i < index.length; i++) {
                    index[i] = i;
                }
                sortIndex(offers, index, c, desc);
                List<Offer> out = new ArrayList<>(index.length);
                for (int i : index) {
                    out.add(offers.get(i));
                }
                order = index;
                sorted = Collections.unmodifiableList(out);
                column = c;
                descending = desc;
            }
            return order;
        }
    }

    private static @Nullable Loaded last;

    /**
     * Returns the offers that match every space-separated word of {@code filter} (an id prefix, the GPU name, the
     * location, or a usual column's cell), sorted by {@code column} (stable, ties by price). The searchable text and
     * the sort of the list loaded last are kept, so a keystroke in the filter costs one pass over the offers.
     */
    public static synchronized List<Offer> apply(
            List<Offer> offers, String filter, OfferColumn column, boolean descending) {
        String[] parts = filter.strip().toLowerCase(Locale.ROOT).split("\\s+", -1);
        boolean all = parts.length == 1 && parts[0].isEmpty();
        Word[] words = new Word[all ? 0 : parts.length];
        for (int i = 0; i < words.length; i++) {
            words[i] = Word.of(parts[i]);
        }
        Loaded l = last;
        if (l == null || !l.isFor(offers)) {
            l = new Loaded(offers);
            last = l;
        }
        int[] order = l.order(column, descending);
        if (all) {
            return l.sorted;
        }
        String[] texts = l.texts();
        List<Offer> out = new ArrayList<>();
        for (int i : order) {
            Offer o = offers.get(i);
            if (matches(o, texts[i], words)) {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * Sorts {@code index} (positions in {@code offers}) by {@code column}, ties by price, stable: the column's keys and
     * the prices are read once into arrays and the primitive index is merge-sorted over them (the comparator chain
     * cost ~25 ms per keystroke at 20,000 offers, a boxed index sort still ~5 ms).
     */
    private static void sortIndex(List<Offer> offers, int[] index, OfferColumn column, boolean descending) {
        int n = offers.size();
        double[] prices = new double[n];
        for (int i = 0; i < n; i++) {
            prices[i] = offers.get(i).listedDph();
        }
        int sign = descending ? -1 : 1;
        Function<Offer, String> text = textKey(column);
        IndexOrder order;
        if (text != null) {
            String[] keys = new String[n];
            for (int i = 0; i < n; i++) {
                keys[i] = text.apply(offers.get(i));
            }
            order = (x, y) -> {
                int c = sign * keys[x].compareTo(keys[y]);
                return c != 0 ? c : Double.compare(prices[x], prices[y]);
            };
        } else {
            ToDoubleFunction<Offer> number = numberKey(column);
            double[] keys = new double[n];
            for (int i = 0; i < n; i++) {
                keys[i] = number.applyAsDouble(offers.get(i));
            }
            order = (x, y) -> {
                int c = sign * Double.compare(keys[x], keys[y]);
                return c != 0 ? c : Double.compare(prices[x], prices[y]);
            };
        }
        mergeSort(index, new int[n], 0, n, order);
    }

    /** Compares two positions of the offers being sorted. */
    private interface IndexOrder {
        int compare(int a, int b);
    }

    /** Sorts {@code a[from, to)} stably by {@code order}, using {@code tmp} (as long as {@code a}) as scratch. */
    private static void mergeSort(int[] a, int[] tmp, int from, int to, IndexOrder order) {
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= from && order.compare(a[j], v) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid, order);
        mergeSort(a, tmp, mid, to, order);
        if (order.compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && order.compare(tmp[i], tmp[j]) <= 0)) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }

    /** Returns the text a column sorts by, or null for a column that sorts by a number. */
    private static @Nullable Function<Offer, String> textKey(OfferColumn column) {
        return switch (column) {
            case GPU -> Offer::gpuName;
            case LOCATION -> Offer::geolocation;
            default -> null;
        };
    }

    /** Returns the number a column sorts by. */
    static ToDoubleFunction<Offer> numberKey(OfferColumn column) {
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
            default -> Offer::listedDph;
        };
    }

    /**
     * One word of the filter, read once per keystroke rather than once per offer.
     *
     * @param text the word, lower case
     * @param spaced the word with {@code _} as a space (as in {@code RTX_4090})
     * @param idPrefix the word as a number when it is all digits (an id prefix), else -1
     * @param number the word's number without a unit letter ({@code 8x} is 8), or NaN when it is not a number
     * @param half half a unit of the word's last decimal: a cell within it of {@code number} may show the word
     */
    private record Word(String text, String spaced, long idPrefix, double number, double half) {
        static Word of(String w) {
            int end = w.length();
            if (end > 0 && (w.charAt(end - 1) == 'x' || w.charAt(end - 1) == 'g')) {
                end--;
            }
            String digits = w.substring(0, end);
            double number = Double.NaN;
            double half = 0;
            if (!digits.isEmpty() && isNumber(digits)) {
                number = Double.parseDouble(digits);
                int dot = digits.indexOf('.');
                half = 0.5 * Math.pow(10, dot < 0 ? 0 : -(digits.length() - dot - 1));
            }
            long idPrefix = w.length() <= 18 && isDigits(w) ? Long.parseLong(w) : -1;
            return new Word(w, w.replace('_', ' '), idPrefix, number, half);
        }
    }

    /** Returns whether every word matches {@code o}; {@code text} is its lower-case searchable text, if made. */
    private static boolean matches(Offer o, @Nullable String text, Word[] words) {
        for (Word w : words) {
            if (!matchesWord(o, text, w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns whether word {@code w} matches one offer: a part of the GPU name, the location or the verification, an
     * id prefix (compared as numbers), or a whole cell of a usual column ({@code 8x}, {@code 24G}, {@code 12.4}),
     * formatted only when its number is within rounding of the word.
     */
    private static boolean matchesWord(Offer o, @Nullable String text, Word w) {
        boolean named = text != null
                ? text.contains(w.spaced())
                : contains(o.gpuName(), w.spaced())
                        || contains(o.geolocation(), w.spaced())
                        || contains(o.verification(), w.spaced());
        if (named) {
            return true;
        }
        if (w.idPrefix() >= 0 && startsWith(o.id(), w.idPrefix(), w.text().length())) {
            return true;
        }
        return !Double.isNaN(w.number()) && cell(o, w);
    }

    /** Returns whether the decimal digits of {@code id} start with the {@code length} digits of {@code prefix}. */
    private static boolean startsWith(long id, long prefix, int length) {
        if (id < 0) {
            return false;
        }
        int digits = 1;
        long scale = 1;
        for (long rest = id / 10; rest > 0; rest /= 10) {
            digits++;
        }
        if (digits < length) {
            return false;
        }
        for (int i = 0; i < digits - length; i++) {
            scale *= 10;
        }
        return id / scale == prefix;
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
        if (word.isEmpty()) {
            return last >= 0;
        }
        char first = word.charAt(0);
        for (int i = 0; i <= last; i++) {
            // The first character decides most positions: regionMatches ignoring case is the slow part.
            if (Character.toLowerCase(field.charAt(i)) == first
                    && field.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** The usual (not wide) number columns a filter word may match whole. */
    private static final OfferColumn[] CELLS = Arrays.stream(OfferColumn.values())
            .filter(c -> !c.wide() && !c.isText() && c != OfferColumn.ID)
            .toArray(OfferColumn[]::new);

    /**
     * Returns whether a usual number column shows exactly word {@code w}: the number is compared first, and only a
     * cell within rounding of it is formatted (formatting every cell of 20,000 offers cost ~150 ms per keystroke).
     */
    private static boolean cell(Offer o, Word w) {
        for (OfferColumn c : CELLS) {
            double shown = shownNumber(c, o);
            if (!Double.isNaN(shown) && Math.abs(shown - w.number()) > w.half() * (1 + 1e-9) + 1e-9) {
                continue;
            }
            if (c.text(o).toLowerCase(Locale.ROOT).equals(w.text())) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether {@code s} is digits with at most one dot after the first digit. */
    private static boolean isNumber(String s) {
        boolean dot = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '.' && !dot && i > 0) {
                dot = true;
            } else if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    /** Returns the number column {@code c}'s cell shows before rounding, or NaN when not known here. */
    private static double shownNumber(OfferColumn c, Offer o) {
        return switch (c) {
            case NUM -> o.numGpus();
            case VRAM -> o.gpuRamMb() / 1024.0;
            case PRICE -> o.listedDph();
            case DLPERF_USD -> o.dlperfPerDphTotal();
            case RELIABILITY -> o.reliability() * 100;
            case CUDA -> o.cudaMaxGood();
            case NET_DOWN -> o.inetDownMbps();
            case PORTS -> o.directPortCount();
            case MAX_DAYS -> o.maxDays();
            default -> Double.NaN;
        };
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
