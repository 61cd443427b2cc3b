package dev.vastlaunch.sim;

import java.util.SplittableRandom;

/**
 * Generates a seeded, plausible offer catalog: the same seed and clock instant give the same offers.
 *
 * <p>Only arithmetic and a few small lookup tables are involved, so 20,000 offers take a few tens of ms.
 */
final class CatalogGenerator {
    private static final String[] PLACES = {
        "Texas, US",
        "California, US",
        "Oregon, US",
        "Virginia, US",
        "Nevada, US",
        "New York, US",
        "Georgia, US",
        "Washington, US",
        "Illinois, US",
        "Florida, US",
        "Quebec, CA",
        "Ontario, CA",
        "British Columbia, CA",
        "Bavaria, DE",
        "Hesse, DE",
        "North Holland, NL",
        "Ile-de-France, FR",
        "England, GB",
        "Stockholm, SE",
        "Uusimaa, FI",
        "Oslo, NO",
        "Masovia, PL",
        "Prague, CZ",
        "Tokyo, JP",
        "Seoul, KR",
        "Singapore, SG",
        "Taiwan, TW",
        "New South Wales, AU",
        "Sao Paulo, BR",
        "Maharashtra, IN",
        "Hong Kong, HK",
        "Catalonia, ES"
    };
    // US-heavy like the real market: the first ten places are drawn far more often.
    private static final int[] PLACE_WEIGHTS = {
        14, 10, 6, 6, 3, 4, 3, 3, 3, 3, 5, 4, 2, 4, 2, 4, 2, 3, 2, 2, 1, 2, 1, 2, 2, 1, 2, 2, 2, 2, 1, 1
    };
    private static final String[] CPUS = {
        "AMD EPYC 7763 64-Core Processor",
        "AMD EPYC 7543 32-Core Processor",
        "AMD EPYC 9654 96-Core Processor",
        "AMD Ryzen 9 5950X 16-Core Processor",
        "AMD Ryzen 9 7950X 16-Core Processor",
        "AMD Ryzen Threadripper PRO 5975WX 32-Cores",
        "Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz",
        "Intel(R) Xeon(R) Platinum 8480+",
        "13th Gen Intel(R) Core(TM) i9-13900K",
        "Intel(R) Core(TM) i7-12700K"
    };
    private static final int[] CPU_CORES = {128, 64, 192, 32, 32, 64, 48, 112, 32, 20};
    private static final String[] MOBOS = {
        "ROMED8-2T",
        "H12SSL-i",
        "ProArt X670E-CREATOR WIFI",
        "ROG STRIX B550-F GAMING",
        "X12DPG-QT6",
        "WRX80 Creator",
        "MZ73-LM0",
        "Z790 AORUS ELITE AX"
    };
    private static final String[] DISKS = {
        "Samsung SSD 980 PRO 2TB",
        "INTEL SSDPE2KX040T8",
        "WD_BLACK SN850X 4000GB",
        "SAMSUNG MZQL23T8HCLS-00A07",
        "KINGSTON SNV2S2000G",
        "Micron_7450_MTFDKCC3T8TFR"
    };
    private static final double[] CUDA = {11.8, 12.0, 12.1, 12.2, 12.4, 12.4, 12.6, 12.8, 12.8};
    private static final String[] DRIVERS = {
        "520.61.05",
        "525.147.05",
        "530.41.03",
        "535.183.01",
        "550.54.15",
        "550.127.05",
        "560.35.03",
        "570.124.06",
        "570.133.07"
    };
    private static final String[] OS = {"20.04", "22.04", "22.04", "24.04"};
    private static final int[] IP_FIRST = {24, 38, 45, 64, 70, 73, 85, 93, 104, 141, 173, 185, 195, 213};
    private static final int[] PLACE_CUMULATIVE = cumulative(PLACE_WEIGHTS);
    private static final int[] MODEL_CUMULATIVE =
            cumulative(GpuModels.ALL.stream().mapToInt(GpuModel::weight).toArray());
    private static final double[] SCALES = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};

    private final SplittableRandom rnd;
    private final double now;

    private CatalogGenerator(long seed, double now) {
        this.rnd = new SplittableRandom(seed);
        this.now = now;
    }

    /** Returns {@code count} offers for {@code seed}, listed relative to {@code nowEpochSeconds}. */
    static Offer[] generate(long seed, int count, double nowEpochSeconds) {
        CatalogGenerator g = new CatalogGenerator(seed, nowEpochSeconds);
        Offer[] offers = new Offer[count];
        int nextId = 1_000_000 + g.rnd.nextInt(9_000_000);
        for (int i = 0; i < count; i++) {
            nextId += 1 + g.rnd.nextInt(40);
            offers[i] = g.offer(nextId, i);
        }
        return offers;
    }

    private Offer offer(int id, int index) {
        GpuModel gpu = GpuModels.ALL.get(pick(MODEL_CUMULATIVE));
        int numGpus = gpuCount(gpu.datacenter());
        int machineGpus = rnd.nextInt(3) == 0 ? Math.min(8, numGpus * 2) : numGpus;
        Machine machine = machine(gpu, machineGpus, index);
        double market = 0.75 + rnd.nextDouble() * 0.6 + (rnd.nextInt(12) == 0 ? rnd.nextDouble() : 0);
        double dphBase = round(gpu.price() * numGpus * market, 4);
        double minBid = round(dphBase * (0.3 + rnd.nextDouble() * 0.45), 4);
        double dlperf = round(gpu.dlperf() * Math.pow(numGpus, 0.95) * (0.88 + rnd.nextDouble() * 0.17), 4);
        double score = round(dlperf / Math.sqrt(dphBase + 0.01) * Math.pow(machine.reliability(), 4) * 10, 4);
        double listedDaysAgo = rnd.nextDouble() * 60;
        double maxDays = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 30 : 365);
        return new Offer(
                id,
                numGpus,
                gpu,
                machine,
                dphBase,
                minBid,
                round(0.05 + rnd.nextDouble() * 0.25, 4),
                round(rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble() * 0.02, 5),
                round(rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble() * 0.02, 5),
                round(0.1 + rnd.nextDouble() * 0.3, 3),
                dlperf,
                score,
                round(now - listedDaysAgo * 86_400, 3),
                round(now + maxDays * 86_400, 3),
                rnd.nextInt(60) != 0);
    }

    @SuppressWarnings("UnnecessaryStringBuilder") // see the comment at the ip address
    private Machine machine(GpuModel gpu, int machineGpus, int index) {
        int place = pick(PLACE_CUMULATIVE);
        int cpu = rnd.nextInt(CPUS.length);
        int driver = rnd.nextInt(DRIVERS.length);
        if (CUDA[driver] < gpu.minCuda()) {
            driver = DRIVERS.length - 1 - rnd.nextInt(2);
        }
        double rel = 0.9999 - Math.pow(rnd.nextDouble(), 3) * 0.1499;
        int verRoll = rnd.nextInt(100);
        String verification = verRoll < 86 ? "verified" : verRoll < 96 ? "unverified" : "deverified";
        int extRoll = rnd.nextInt(100);
        Boolean external = extRoll < 90 ? Boolean.FALSE : extRoll < 98 ? Boolean.TRUE : null;
        boolean dc = gpu.datacenter() || rnd.nextInt(5) == 0;
        int directPorts = rnd.nextInt(8) == 0 ? 0 : 10 + rnd.nextInt(rnd.nextInt(2) == 0 ? 100 : 2000);
        int portStart = 10_000 + rnd.nextInt(50_000);
        // StringBuilder rather than "+": the first indy string concatenation costs tens of ms on a cold JVM.
        String ip = new StringBuilder(15)
                .append(IP_FIRST[rnd.nextInt(IP_FIRST.length)])
                .append('.')
                .append(rnd.nextInt(256))
                .append('.')
                .append(rnd.nextInt(256))
                .append('.')
                .append(1 + rnd.nextInt(254))
                .toString();
        boolean sxm = gpu.name().contains("SXM")
                || gpu.name().startsWith("H200")
                || gpu.name().startsWith("B200");
        return new Machine(
                10_000 + index * 3 + rnd.nextInt(3),
                100_000 + rnd.nextInt(200_000),
                machineGpus,
                PLACES[place],
                place * 1000 + 17,
                ip,
                CPUS[cpu],
                CPU_CORES[cpu],
                round(2.4 + rnd.nextDouble() * 3.2, 1),
                (32 + 32 * rnd.nextInt(1 + machineGpus * 8)) * 1024,
                round(40 + rnd.nextDouble() * (dc ? 6000 : 1800), 1),
                round(400 + rnd.nextDouble() * 6600, 1),
                DISKS[rnd.nextInt(DISKS.length)],
                MOBOS[rnd.nextInt(MOBOS.length)],
                OS[rnd.nextInt(OS.length)],
                round(20 + Math.pow(rnd.nextDouble(), 2) * 9000, 1),
                round(50 + Math.pow(rnd.nextDouble(), 2) * 9500, 1),
                portStart,
                directPorts,
                gpu.computeCap() >= 1000 ? 5.0 : rnd.nextInt(4) == 0 ? 3.0 : 4.0,
                round(8 + rnd.nextDouble() * 48, 1),
                rnd.nextInt(4) == 0 ? 8 : 16,
                DRIVERS[driver],
                packVersion(DRIVERS[driver]),
                CUDA[driver],
                dc ? 1 : 0,
                rnd.nextInt(3) != 0,
                round(rel, 4),
                verification,
                rnd.nextInt(3) == 0,
                external,
                round(80 + rnd.nextDouble() * 10, 1),
                sxm ? 900.0 : 0.0,
                dc && rnd.nextInt(4) == 0 ? Integer.valueOf(1 + rnd.nextInt(400)) : null);
    }

    private int gpuCount(boolean datacenter) {
        int roll = rnd.nextInt(100);
        if (datacenter) {
            return roll < 25 ? 1 : roll < 40 ? 2 : roll < 55 ? 4 : 8;
        }
        return roll < 45 ? 1 : roll < 70 ? 2 : roll < 88 ? 4 : 8;
    }

    private int pick(int[] cumulative) {
        int roll = rnd.nextInt(cumulative[cumulative.length - 1]);
        for (int i = 0; i < cumulative.length; i++) {
            if (roll < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    private static int[] cumulative(int[] weights) {
        int[] out = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            out[i] = sum;
        }
        return out;
    }

    /** Packs {@code "550.54.15"} into {@code 550054015}, the form the API compares driver versions in. */
    static int packVersion(String dotted) {
        String[] parts = dotted.split("\\.", -1);
        int out = 0;
        for (int i = 0; i < 3; i++) {
            out = out * 1000 + (i < parts.length ? Integer.parseInt(parts[i].strip()) : 0);
        }
        return out;
    }

    /** Rounds to {@code digits} decimal places. */
    static double round(double v, int digits) {
        double scale = SCALES[digits];
        return Math.round(v * scale) / scale;
    }
}
