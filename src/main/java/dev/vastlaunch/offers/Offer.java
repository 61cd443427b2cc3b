package dev.vastlaunch.offers;

import org.jspecify.annotations.Nullable;

/**
 * Returns one rentable machine offer as the search endpoint describes it.
 *
 * <p>Units: RAM fields in MB, {@code dphTotal}/{@code minBid} in $/hour, {@code durationSeconds} in seconds,
 * {@code diskSpaceGb} in GB, reliability in 0..1, network speeds in Mb/s,
 * {@code totalFlops} in TFLOPS, {@code diskBwMbps} in MB/s.
 *
 * @param listedAs the type of the search that listed the offer: a reserved search lists it at its reserved price
 */
public record Offer(
        long id,
        String gpuName,
        int numGpus,
        long gpuRamMb,
        double dphTotal,
        double dphBase,
        @Nullable Double minBid,
        double dlperf,
        double dlperfPerDphTotal,
        double reliability,
        double cudaMaxGood,
        String driverVersion,
        double inetDownMbps,
        double inetUpMbps,
        int directPortCount,
        String geolocation,
        double durationSeconds,
        double diskSpaceGb,
        long cpuRamMb,
        double cpuCoresEffective,
        String verification,
        long machineId,
        long hostId,
        double storageCostPerGbMonth,
        double score,
        @Nullable Double discountedDphTotal,
        double totalFlops,
        double diskBwMbps,
        OfferType listedAs) {

    /**
     * Returns the $/hour the offer is listed at: {@code discounted_dph_total} when a reserved search listed it (what
     * the official CLI's table shows for {@code --type reserved}), else {@code dph_total}. The $/hr column, its sort
     * and its filter use it; what a launch costs comes from the one price function, by type.
     */
    public double listedDph() {
        return listedAs == OfferType.RESERVED && discountedDphTotal != null ? discountedDphTotal : dphTotal;
    }

    /** Returns the offer's available time in days, or 0 when unknown. */
    public double maxDays() {
        return durationSeconds / 86_400.0;
    }
}
