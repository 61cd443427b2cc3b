package dev.vastlaunch.offers;

import org.jspecify.annotations.Nullable;

/**
 * Returns one rentable machine offer as the search endpoint describes it.
 *
 * <p>Units: RAM fields in MB, {@code dphTotal}/{@code minBid} in $/hour, {@code durationSeconds} in seconds,
 * {@code diskSpaceGb} in GB, reliability in 0..1, network speeds in Mb/s,
 * {@code totalFlops} in TFLOPS, {@code diskBwMbps} in MB/s.
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
        double diskBwMbps) {

    /** Returns the offer's available time in days, or 0 when unknown. */
    public double maxDays() {
        return durationSeconds / 86_400.0;
    }
}
