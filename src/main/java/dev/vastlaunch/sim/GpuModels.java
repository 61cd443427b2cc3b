package dev.vastlaunch.sim;

import java.util.List;

/** Holds the GPU models of the simulated market, with plausible specs and prices. */
final class GpuModels {
    /** Lists every model; A100s appear twice because the market sells 40 GB and 80 GB under one name. */
    static final List<GpuModel> ALL = List.of(
            consumer("RTX 2080 Ti", 11264, 750, 616, 250, 13.4, 10.1, 0.07, 2),
            consumer("RTX 3060", 12288, 860, 360, 170, 12.7, 9.4, 0.06, 6),
            consumer("RTX 3070", 8192, 860, 448, 220, 20.3, 12.8, 0.07, 5),
            consumer("RTX 3080", 10240, 860, 760, 320, 29.8, 17.9, 0.10, 6),
            consumer("RTX 3090", 24576, 860, 936, 350, 35.6, 22.3, 0.16, 12),
            consumer("RTX 4070", 12282, 890, 504, 200, 29.1, 17.2, 0.10, 4),
            consumer("RTX 4080", 16376, 890, 717, 320, 48.7, 28.5, 0.18, 5),
            consumer("RTX 4090", 24564, 890, 1008, 450, 82.6, 45.1, 0.32, 18),
            new GpuModel("RTX 5090", 32607, 1200, 1792, 575, 104.8, 61.7, 0.55, 12.8, 8, false),
            consumer("RTX A4000", 16376, 860, 448, 140, 19.2, 12.3, 0.12, 4),
            consumer("RTX A5000", 24564, 860, 768, 230, 27.8, 17.4, 0.18, 4),
            consumer("RTX A6000", 49140, 860, 768, 300, 38.7, 25.2, 0.40, 5),
            consumer("RTX 6000Ada", 49140, 890, 960, 300, 91.1, 50.3, 0.75, 4),
            datacenter("Tesla T4", 15360, 750, 320, 70, 8.1, 6.2, 0.08, 2),
            datacenter("Tesla V100", 16384, 700, 900, 300, 15.7, 14.1, 0.20, 2),
            datacenter("L4", 23034, 890, 300, 72, 30.3, 16.4, 0.25, 3),
            datacenter("L40", 46068, 890, 864, 300, 90.5, 48.2, 0.70, 2),
            datacenter("L40S", 46068, 890, 864, 350, 91.6, 52.0, 0.80, 4),
            datacenter("A40", 46068, 860, 696, 300, 37.4, 24.1, 0.40, 3),
            datacenter("A100 PCIE", 40960, 800, 1555, 250, 19.5, 35.3, 0.75, 2),
            datacenter("A100 PCIE", 81920, 800, 1935, 300, 19.5, 37.9, 0.95, 2),
            datacenter("A100 SXM4", 40960, 800, 1555, 400, 19.5, 37.0, 0.85, 2),
            datacenter("A100 SXM4", 81920, 800, 2039, 400, 19.5, 40.4, 1.10, 3),
            datacenter("H100 PCIE", 81559, 900, 2039, 350, 51.2, 80.3, 1.80, 3),
            datacenter("H100 SXM", 81559, 900, 3352, 700, 66.9, 101.5, 2.20, 5),
            datacenter("H100 NVL", 95830, 900, 3938, 400, 60.0, 95.2, 2.30, 2),
            datacenter("H200", 143771, 900, 4800, 700, 66.9, 115.4, 3.00, 2),
            new GpuModel("B200", 183359, 1000, 8000, 1000, 80.0, 180.2, 4.50, 12.8, 1, true));

    private GpuModels() {}

    private static GpuModel consumer(
            String name, int ram, int cc, double bw, double watts, double tflops, double dlperf, double price, int w) {
        return new GpuModel(name, ram, cc, bw, watts, tflops, dlperf, price, 11.8, w, false);
    }

    private static GpuModel datacenter(
            String name, int ram, int cc, double bw, double watts, double tflops, double dlperf, double price, int w) {
        return new GpuModel(name, ram, cc, bw, watts, tflops, dlperf, price, 11.8, w, true);
    }
}
