package dev.vastlaunch.sim;

/**
 * Describes one GPU model as the market lists it.
 *
 * @param name wire name with spaces, e.g. {@code RTX 4090}
 * @param ramMb VRAM per GPU in MiB, as the API reports it
 * @param computeCap compute capability times 100
 * @param memBw memory bandwidth in GB/s
 * @param maxPower board power in W
 * @param tflops FP32 TFLOPS per GPU
 * @param dlperf DLPerf score per GPU
 * @param price typical on-demand $/hour per GPU
 * @param minCuda lowest CUDA version whose driver supports the card
 * @param weight relative frequency in the catalog
 * @param datacenter whether it is a datacenter card (more 8-GPU boxes, NVLink on SXM)
 */
record GpuModel(
        String name,
        int ramMb,
        int computeCap,
        double memBw,
        double maxPower,
        double tflops,
        double dlperf,
        double price,
        double minCuda,
        int weight,
        boolean datacenter) {}
