package dev.vastlaunch.offers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Holds the offer fields the official CLI knows, their aliases, kinds and unit multipliers. */
public final class QueryFields {
    private static final Map<String, FieldKind> KINDS = new LinkedHashMap<>();
    private static final Map<String, String> ALIASES = Map.of(
            "cuda_vers", "cuda_max_good",
            "display_active", "gpu_display_active",
            "dlperf_usd", "dlperf_per_dphtotal",
            "dph", "dph_total",
            "flops_usd", "flops_per_dphtotal");
    private static final Map<String, Double> MULTIPLIERS = Map.of(
            "cpu_ram", 1000.0,
            "gpu_ram", 1000.0,
            "gpu_total_ram", 1000.0,
            "duration", 86_400.0);
    private static final Map<String, String> HELP = new LinkedHashMap<>();
    // Keys of the search body that options own: as filters they would be overwritten or sent malformed.
    private static final Map<String, String> OPTION_KEYS = Map.of(
            "limit", "--limit",
            "type", "--type",
            "order", "-o",
            "allocated_storage", "--storage");

    static {
        number("bw_nvlink", "NVLink bandwidth");
        number("compute_cap", "CUDA compute capability x100, e.g. 800");
        text("cpu_arch", "amd64 or arm64");
        number("cpu_cores", "CPU cores");
        number("cpu_cores_effective", "vCPUs you get");
        number("cpu_ghz", "CPU clock, GHz");
        number("cpu_ram", "system RAM, GB");
        number("cuda_max_good", "highest CUDA version supported, e.g. 12.4");
        bool("datacenter", "datacenter-hosted");
        number("direct_port_count", "open ports on the host");
        number("driver_version", "NVIDIA driver, e.g. 535.86.05");
        number("disk_bw", "disk bandwidth, MB/s");
        number("disk_space", "disk space, GB");
        number("dlperf", "DL performance score");
        number("dlperf_per_dphtotal", "DLPerf per $/hr");
        number("dph_total", "price, $/hr");
        number("duration", "max rental duration, days");
        bool("external", "external (non-Vast) offer");
        number("flops_per_dphtotal", "TFLOPs per $/hr");
        text("gpu_arch", "nvidia or amd");
        bool("gpu_display_active", "GPU drives a display");
        number("gpu_frac", "fraction of the machine's GPUs");
        number("gpu_mem_bw", "GPU memory bandwidth, GB/s");
        text("gpu_name", "GPU model, e.g. RTX_4090");
        number("gpu_ram", "VRAM per GPU, GB");
        number("gpu_total_ram", "VRAM of all GPUs, GB");
        number("gpu_max_power", "GPU power limit, W");
        number("gpu_max_temp", "GPU max temperature, C");
        KINDS.put("has_avx", FieldKind.UNKNOWN);
        HELP.put("has_avx", "CPU has AVX (1/0)");
        number("host_id", "host id");
        number("id", "offer id");
        number("inet_down", "download speed, Mb/s");
        number("inet_down_cost", "download cost, $/GB");
        number("inet_up", "upload speed, Mb/s");
        number("inet_up_cost", "upload cost, $/GB");
        number("machine_id", "machine id");
        number("min_bid", "minimum bid, $/hr");
        text("mobo_name", "motherboard");
        number("num_gpus", "number of GPUs");
        number("pci_gen", "PCIe generation");
        number("pcie_bw", "PCIe bandwidth, GB/s");
        number("reliability", "reliability, 0..1");
        bool("rentable", "can be rented now");
        bool("rented", "already rented by you");
        number("storage_cost", "storage, $/GB/month");
        bool("static_ip", "has a static IP");
        number("total_flops", "total TFLOPs");
        text("ubuntu_version", "host Ubuntu version");
        text("verification", "verified, unverified or deverified");
        bool("verified", "verified host");
        bool("vms_enabled", "VMs can run");
        text("geolocation", "two-letter country code, e.g. US");
        number("cluster_id", "cluster id");
    }

    private QueryFields() {}

    private static void number(String name, String help) {
        KINDS.put(name, FieldKind.NUMBER);
        HELP.put(name, help);
    }

    private static void bool(String name, String help) {
        KINDS.put(name, FieldKind.BOOLEAN);
        HELP.put(name, help);
    }

    private static void text(String name, String help) {
        KINDS.put(name, FieldKind.TEXT);
        HELP.put(name, help);
    }

    /** Returns the canonical name of a field, resolving the CLI's aliases ({@code dph} → {@code dph_total}). */
    public static String canonical(String name) {
        return ALIASES.getOrDefault(name, name);
    }

    /** Returns the option that sets {@code canonicalName} when it is a body key and not a filter ({@code limit}). */
    public static Optional<String> flagFor(String canonicalName) {
        return Optional.ofNullable(OPTION_KEYS.get(canonicalName));
    }

    /** Returns whether the official CLI knows this (canonical) field. */
    public static boolean isKnown(String canonicalName) {
        return KINDS.containsKey(canonicalName);
    }

    /** Returns the kind of a canonical field, {@link FieldKind#UNKNOWN} when the CLI does not know it. */
    public static FieldKind kind(String canonicalName) {
        return KINDS.getOrDefault(canonicalName, FieldKind.UNKNOWN);
    }

    /** Returns the unit multiplier of a canonical field (GB→MB, days→s), if it has one. */
    public static Optional<Double> multiplier(String canonicalName) {
        return Optional.ofNullable(MULTIPLIERS.get(canonicalName));
    }

    /** Returns every known field name with a short description, in a stable order. */
    public static Map<String, String> descriptions() {
        return Collections.unmodifiableMap(HELP);
    }

    /** Returns the alias table, alias to canonical name. */
    public static Map<String, String> aliases() {
        return ALIASES;
    }
}
