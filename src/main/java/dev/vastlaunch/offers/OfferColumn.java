package dev.vastlaunch.offers;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Lists the columns of the offers table: title, sort key letter, width, how to show and compare a value, and the
 * priority with which it is hidden on a narrow terminal (higher hides first).
 */
public enum OfferColumn {
    ID("ID", 'I', 9, 0, o -> String.valueOf(o.id()), Comparator.comparingLong(Offer::id)),
    GPU("GPU", 'G', 16, 0, Offer::gpuName, Comparator.comparing(Offer::gpuName)),
    NUM("N", 'N', 3, 3, o -> o.numGpus() + "x", Comparator.comparingInt(Offer::numGpus)),
    VRAM("VRAM", 'V', 5, 2, o -> fmt("%.0fG", o.gpuRamMb() / 1024.0), Comparator.comparingLong(Offer::gpuRamMb)),
    PRICE("$/hr", 'P', 8, 0, o -> fmt("%.4f", o.dphTotal()), Comparator.comparingDouble(Offer::dphTotal)),
    DLPERF_USD(
            "DLP/$",
            'D',
            6,
            4,
            o -> fmt("%.1f", o.dlperfPerDphTotal()),
            Comparator.comparingDouble(Offer::dlperfPerDphTotal)),
    RELIABILITY(
            "Rel%", 'R', 6, 1, o -> fmt("%.2f", o.reliability() * 100), Comparator.comparingDouble(Offer::reliability)),
    CUDA("CUDA", 'C', 5, 5, o -> fmt("%.1f", o.cudaMaxGood()), Comparator.comparingDouble(Offer::cudaMaxGood)),
    NET_DOWN("Down", 'W', 6, 6, o -> fmt("%.0f", o.inetDownMbps()), Comparator.comparingDouble(Offer::inetDownMbps)),
    PORTS(
            "Ports",
            'O',
            5,
            7,
            o -> String.valueOf(o.directPortCount()),
            Comparator.comparingInt(Offer::directPortCount)),
    LOCATION("Location", 'L', 14, 3, Offer::geolocation, Comparator.comparing(Offer::geolocation)),
    MAX_DAYS("Days", 'M', 5, 8, o -> fmt("%.0f", o.maxDays()), Comparator.comparingDouble(Offer::durationSeconds));

    private final String title;
    private final char key;
    private final int width;
    private final int hidePriority;

    @SuppressWarnings("ImmutableEnumChecker") // stateless lambdas
    private final Function<Offer, String> text;

    @SuppressWarnings("ImmutableEnumChecker") // stateless comparators
    private final Comparator<Offer> comparator;

    OfferColumn(
            String title,
            char key,
            int width,
            int hidePriority,
            Function<Offer, String> text,
            Comparator<Offer> comparator) {
        this.title = title;
        this.key = key;
        this.width = width;
        this.hidePriority = hidePriority;
        this.text = text;
        this.comparator = comparator;
    }

    /** Returns the header text. */
    public String title() {
        return title;
    }

    /** Returns the letter that sorts by this column (with Shift). */
    public char key() {
        return key;
    }

    /** Returns the preferred width in cells. */
    public int width() {
        return width;
    }

    /** Returns how early this column is hidden when space is short (0 never). */
    public int hidePriority() {
        return hidePriority;
    }

    /** Returns the cell text of {@code offer}. */
    public String text(Offer offer) {
        return text.apply(offer);
    }

    /** Returns the ascending order of this column. */
    public Comparator<Offer> comparator() {
        return comparator;
    }

    /** Returns whether this column's natural first sort is descending (bigger is better). */
    public boolean descendingFirst() {
        return this == DLPERF_USD
                || this == RELIABILITY
                || this == VRAM
                || this == NET_DOWN
                || this == MAX_DAYS
                || this == NUM
                || this == CUDA
                || this == PORTS;
    }

    private static String fmt(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
