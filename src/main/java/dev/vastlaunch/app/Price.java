package dev.vastlaunch.app;

import java.util.Locale;

/**
 * Returns what a launch costs: compute plus storage for the disk, in $/hour.
 *
 * @param computePerHour the GPU part: the bid for interruptible rentals, else the offer's compute price
 * @param storagePerHour the disk's storage cost
 * @param diskGb the disk priced, in GB
 * @param kind {@code on-demand}, {@code bid} or {@code reserved}
 */
public record Price(double computePerHour, double storagePerHour, double diskGb, String kind) {
    /** Returns the total in $/hour. */
    public double perHour() {
        return computePerHour + storagePerHour;
    }

    /** Returns the total for {@code hours} hours, in $. */
    public double forHours(int hours) {
        return perHour() * hours;
    }

    /** Returns e.g. {@code $0.4869/h (on-demand, incl. 40 GB storage) × 24 h = $11.69}; the same words everywhere. */
    public String describe(int hours) {
        return perHourText() + " (" + kind + ", incl. " + gb(diskGb) + " GB storage) × " + hours + " h = $"
                + String.format(Locale.ROOT, "%.2f", forHours(hours));
    }

    /** Returns e.g. {@code $0.4869/h}. */
    public String perHourText() {
        return "$" + String.format(Locale.ROOT, "%.4f", perHour()) + "/h";
    }

    /** Returns a disk size without a needless {@code .0}. */
    static String gb(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
