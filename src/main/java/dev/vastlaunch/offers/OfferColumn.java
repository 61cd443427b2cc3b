package dev.vastlaunch.offers;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Lists the columns of the offers table: title, sort key letter, width, how to show a value, and the
 * priority with which it is hidden on a narrow terminal (higher hides first); wide columns are shown only in the
 * wide table. Numbers carry no unit in their cells: the unit is in the wide header ({@link #titleWithUnit}).
 */
public enum OfferColumn {
    ID("ID", "", 'I', 9, 0, false, o -> String.valueOf(o.id())),
    GPU("GPU", "", 'U', 16, 0, false, Offer::gpuName),
    NUM("N", "", 'N', 3, 3, false, o -> o.numGpus() + "x"),
    VRAM("VRAM", "", 'V', 5, 2, false, o -> fmt("%.0fG", o.gpuRamMb() / 1024.0)),
    PRICE("$/hr", "", 'P', 8, 0, false, o -> fmt("%.4f", o.listedDph())),
    DLPERF_USD("DLP/$", "", 'D', 6, 4, false, o -> fmt("%.1f", o.dlperfPerDphTotal())),
    TFLOPS("TFLOPS", "", 'F', 6, 9, true, o -> fmt("%.1f", o.totalFlops())),
    RELIABILITY("Rel%", "", 'R', 6, 1, false, o -> fmt("%.2f", o.reliability() * 100)),
    CUDA("CUDA", "", 'C', 5, 5, false, o -> fmt("%.1f", o.cudaMaxGood())),
    CPU("CPU", "", 'K', 4, 10, true, o -> fmt("%.0f", o.cpuCoresEffective())),
    RAM("RAM", "", 'A', 5, 11, true, o -> fmt("%.0fG", o.cpuRamMb() / 1024.0)),
    DISK_BW("Disk", "MB/s", 'B', 5, 12, true, o -> fmt("%.0f", o.diskBwMbps())),
    NET_DOWN("Down", "Mb/s", 'W', 6, 6, false, o -> fmt("%.0f", o.inetDownMbps())),
    NET_UP("Up", "Mb/s", 'Y', 6, 13, true, o -> fmt("%.0f", o.inetUpMbps())),
    PORTS("Ports", "", 'O', 5, 7, false, o -> String.valueOf(o.directPortCount())),
    LOCATION("Location", "", 'L', 14, 3, false, Offer::geolocation),
    MAX_DAYS("Days", "", 'X', 5, 8, false, o -> fmt("%.0f", o.maxDays()));

    private final String title;
    private final String unit;
    private final char key;
    private final int width;
    private final int hidePriority;
    private final boolean wide;

    @SuppressWarnings("ImmutableEnumChecker") // stateless lambdas
    private final Function<Offer, String> text;

    OfferColumn(
            String title,
            String unit,
            char key,
            int width,
            int hidePriority,
            boolean wide,
            Function<Offer, String> text) {
        this.title = title;
        this.unit = unit;
        this.key = key;
        this.width = width;
        this.hidePriority = hidePriority;
        this.wide = wide;
        this.text = text;
    }

    /** Returns the header text. */
    public String title() {
        return title;
    }

    /** Returns the header text with its unit, e.g. {@code Down Mb/s} (the wide table's header). */
    public String titleWithUnit() {
        return unit.isEmpty() ? title : title + " " + unit;
    }

    /**
     * Returns how early this column is hidden in the wide table or the normal one: in the wide table the wide columns
     * come right after the ones never hidden, so a narrow terminal trades the usual details for them.
     */
    public int hidePriority(boolean wideTable) {
        if (!wideTable || hidePriority == 0) {
            return hidePriority;
        }
        return wide ? hidePriority - 8 : hidePriority + 5;
    }

    /** Returns whether the column is shown only in the wide table ({@code --wide}, {@code w}). */
    public boolean wide() {
        return wide;
    }

    /** Returns whether the cells are text (cut with an ellipsis as the last resort) rather than numbers (never cut). */
    public boolean isText() {
        return this == GPU || this == LOCATION;
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

    /**
     * Returns the width of this number column's widest cell among {@code rows}, formatting only the rows with the
     * largest and the smallest value (and any value that is not finite): a cell is its value at a fixed number of
     * decimals, so it widens with the value's magnitude, and a sign counts once (every cell is measured when an extreme
     * one overflowed to {@code Infinity} on its way to the screen). Formatting every cell of 1,000 rows
     * cost ~200 ms cold and ~40 ms warm per layout (each filter keystroke, each answer).
     *
     * @throws IllegalStateException for a text column, whose cells are measured one by one
     */
    public int widestCell(List<Offer> rows) {
        if (isText()) {
            throw new IllegalStateException(this + " is a text column");
        }
        ToDoubleFunction<Offer> key = OfferView.numberKey(this);
        Offer largest = null;
        Offer smallest = null;
        double max = 0;
        double min = 0;
        int width = 0;
        for (Offer o : rows) {
            double v = key.applyAsDouble(o);
            if (!Double.isFinite(v)) {
                width = Math.max(width, text(o).length());
                continue;
            }
            if (largest == null || Double.compare(v, max) > 0) {
                largest = o;
                max = v;
            }
            if (smallest == null || Double.compare(v, min) < 0) {
                smallest = o;
                min = v;
            }
        }
        String high = largest == null ? "" : text(largest);
        String low = smallest == null ? "" : text(smallest);
        if (high.endsWith("Infinity") || low.endsWith("Infinity")) {
            // A finite value whose shown form overflowed (reliability x 100): the widest cell may be any other.
            return rows.stream().mapToInt(o -> text(o).length()).max().orElse(0);
        }
        return Math.max(width, Math.max(high.length(), low.length()));
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
                || this == PORTS
                || this == TFLOPS
                || this == CPU
                || this == RAM
                || this == DISK_BW
                || this == NET_UP;
    }

    private static String fmt(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
