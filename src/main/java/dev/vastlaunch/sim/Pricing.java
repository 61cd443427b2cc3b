package dev.vastlaunch.sim;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Prices offers for one search: the rental type and the storage the renter plans to allocate.
 *
 * @param type {@code on-demand}, {@code bid} or {@code reserved}
 * @param storageGb disk to price into {@code dph_total}, in GB
 * @param now epoch seconds of the search, for {@code duration}
 */
record Pricing(String type, double storageGb, double now) {
    /** Hours in the month that {@code storage_cost} ($/GB/month) is quoted over. */
    static final double HOURS_PER_MONTH = 30 * 24;

    /** Returns the canonical type for a wire {@code type} value; unknown or absent means on-demand. */
    static String normalizeType(@Nullable Object raw) {
        String t = raw == null ? "" : raw.toString().strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "bid", "interruptible", "spot" -> "bid";
            case "reserved" -> "reserved";
            default -> "on-demand";
        };
    }

    /** Returns whether this search prices interruptible (bid) rentals. */
    boolean bid() {
        return type.equals("bid");
    }

    /** Returns the storage cost in $/hour of the allocated disk. */
    double storageHourly(Offer o) {
        return o.storageCost() * storageGb / HOURS_PER_MONTH;
    }

    /** Returns the compute price in $/hour this search quotes: the min bid for bids, else the base price. */
    double compute(Offer o) {
        return bid() ? o.minBid() : o.dphBase();
    }

    /** Returns the total $/hour: compute plus allocated storage. */
    double dphTotal(Offer o) {
        return CatalogGenerator.round(compute(o) + storageHourly(o), 6);
    }

    /** Returns the total $/hour after the reserved-pricing discount on compute. */
    double discounted(Offer o) {
        return CatalogGenerator.round(compute(o) * (1 - o.discountRate()) + storageHourly(o), 6);
    }
}
