package dev.vastlaunch.sim;

/**
 * Is one rentable bundle: some GPUs of a machine at an hourly price.
 *
 * @param dphBase on-demand compute price in $/hour for all GPUs
 * @param minBid current minimum interruptible bid in $/hour
 * @param storageCost disk price in $/GB/month
 * @param inetUpCost upload price in $/GB
 * @param inetDownCost download price in $/GB
 * @param discountRate reserved-pricing discount, 0..1
 * @param startDate epoch seconds when the offer was listed
 * @param endDate epoch seconds when the offer expires
 */
record Offer(
        int id,
        int numGpus,
        GpuModel gpu,
        Machine machine,
        double dphBase,
        double minBid,
        double storageCost,
        double inetUpCost,
        double inetDownCost,
        double discountRate,
        double dlperf,
        double score,
        double startDate,
        double endDate,
        boolean rentable) {

    /** Returns the share of the machine's GPUs this offer rents. */
    double gpuFrac() {
        return (double) numGpus / machine.machineGpus();
    }
}
