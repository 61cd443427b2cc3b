package dev.vastlaunch.sim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maps every offer field name to how its value is computed, in the order the search response lists them.
 *
 * <p>The same table drives filtering, sorting and JSON output, so a field is filterable exactly when it is
 * returned, and prices always reflect the search's type and allocated storage.
 */
final class OfferFields {
    /** Reads one field of an offer under a search's pricing. */
    @FunctionalInterface
    interface Getter {
        /** Returns the field value: Integer, Double, String, Boolean, a map, or null. */
        @Nullable
        Object get(Offer o, Pricing p);
    }

    /** Lists all fields in output order. */
    static final Map<String, Getter> ALL = build();

    private OfferFields() {}

    private static Map<String, Getter> build() {
        Map<String, Getter> f = new LinkedHashMap<>();
        f.put("ask_contract_id", (o, p) -> o.id());
        f.put("avail_vol_ask_id", (o, p) -> null);
        f.put("avail_vol_dph", (o, p) -> null);
        f.put("avail_vol_size", (o, p) -> null);
        f.put("bundle_id", (o, p) -> o.id() + 7_000_000);
        f.put("bundled_results", (o, p) -> null);
        f.put("bw_nvlink", (o, p) -> o.machine().bwNvlink());
        f.put("cluster_id", (o, p) -> o.machine().clusterId());
        f.put("compute_cap", (o, p) -> o.gpu().computeCap());
        f.put("cpu_arch", (o, p) -> "amd64");
        f.put("cpu_cores", (o, p) -> o.machine().cpuCores());
        f.put("cpu_cores_effective", (o, p) -> round(o.machine().cpuCores() * o.gpuFrac(), 1));
        f.put("cpu_ghz", (o, p) -> o.machine().cpuGhz());
        f.put("cpu_name", (o, p) -> o.machine().cpuName());
        f.put("cpu_ram", (o, p) -> (int) (o.machine().cpuRamMb() * o.gpuFrac()));
        f.put("credit_discount_max", (o, p) -> 0.4);
        f.put("cuda_max_good", (o, p) -> o.machine().cudaMaxGood());
        f.put("datacenter", (o, p) -> o.machine().hostingType() == 1);
        f.put("direct_port_count", (o, p) -> o.machine().directPortCount());
        f.put("discount_rate", (o, p) -> o.discountRate());
        f.put("discounted_dph_total", (o, p) -> p.discounted(o));
        f.put("discounted_hourly", (o, p) -> round(p.compute(o) * (1 - o.discountRate()), 6));
        f.put("disk_bw", (o, p) -> o.machine().diskBw());
        f.put("disk_name", (o, p) -> o.machine().diskName());
        f.put("disk_space", (o, p) -> o.machine().diskSpace());
        f.put("dlperf", (o, p) -> o.dlperf());
        f.put("dlperf_per_dphtotal", (o, p) -> round(o.dlperf() / p.dphTotal(o), 4));
        f.put("dph_base", (o, p) -> o.dphBase());
        f.put("dph_total", (o, p) -> p.dphTotal(o));
        f.put("dph_total_adj", (o, p) -> p.dphTotal(o));
        f.put("driver_vers", (o, p) -> o.machine().driverVers());
        f.put("driver_version", (o, p) -> o.machine().driverVersion());
        f.put("duration", (o, p) -> round(o.endDate() - p.now(), 3));
        f.put("end_date", (o, p) -> o.endDate());
        f.put("expected_reliability", (o, p) -> o.machine().reliability());
        f.put("external", (o, p) -> o.machine().external());
        f.put("flops_per_dphtotal", (o, p) -> round(totalFlops(o) / p.dphTotal(o), 4));
        f.put("geolocation", (o, p) -> o.machine().geolocation());
        f.put("geolocode", (o, p) -> o.machine().geolocode());
        f.put("gpu_arch", (o, p) -> "nvidia");
        f.put("gpu_display_active", (o, p) -> false);
        f.put("gpu_frac", (o, p) -> round(o.gpuFrac(), 4));
        f.put("gpu_lanes", (o, p) -> o.machine().gpuLanes());
        f.put("gpu_max_power", (o, p) -> o.gpu().maxPower());
        f.put("gpu_max_temp", (o, p) -> o.machine().gpuMaxTemp());
        f.put("gpu_mem_bw", (o, p) -> o.gpu().memBw());
        f.put("gpu_name", (o, p) -> o.gpu().name());
        f.put("gpu_ram", (o, p) -> o.gpu().ramMb());
        f.put("gpu_total_ram", (o, p) -> o.gpu().ramMb() * o.numGpus());
        f.put("has_avx", (o, p) -> 1);
        f.put("host_id", (o, p) -> o.machine().hostId());
        f.put("hosting_type", (o, p) -> o.machine().hostingType());
        f.put("hostname", (o, p) -> null);
        f.put("id", (o, p) -> o.id());
        f.put("inet_down", (o, p) -> o.machine().inetDown());
        f.put("inet_down_cost", (o, p) -> o.inetDownCost());
        f.put("inet_up", (o, p) -> o.machine().inetUp());
        f.put("inet_up_cost", (o, p) -> o.inetUpCost());
        f.put("instance", OfferFields::breakdown);
        f.put("internet_down_cost_per_tb", (o, p) -> round(o.inetDownCost() * 1000, 3));
        f.put("internet_up_cost_per_tb", (o, p) -> round(o.inetUpCost() * 1000, 3));
        f.put("is_bid", (o, p) -> p.bid());
        f.put("is_vm_deverified", (o, p) -> false);
        f.put("logo", (o, p) -> "/static/logos/vastai_small2.png");
        f.put("machine_id", (o, p) -> o.machine().machineId());
        f.put("min_bid", (o, p) -> o.minBid());
        f.put("mobo_name", (o, p) -> o.machine().moboName());
        f.put("num_gpus", (o, p) -> o.numGpus());
        f.put("os_version", (o, p) -> o.machine().osVersion());
        f.put("pci_gen", (o, p) -> o.machine().pciGen());
        f.put("pcie_bw", (o, p) -> o.machine().pcieBw());
        f.put("public_ipaddr", (o, p) -> o.machine().publicIp());
        f.put("reliability", (o, p) -> o.machine().reliability());
        f.put("reliability2", (o, p) -> o.machine().reliability());
        f.put("reliability_mult", (o, p) -> round(Math.pow(o.machine().reliability(), 4), 4));
        f.put("rentable", (o, p) -> o.rentable());
        f.put("rented", (o, p) -> false);
        f.put("resource_type", (o, p) -> "gpu");
        f.put("score", (o, p) -> o.score());
        f.put("search", OfferFields::breakdown);
        f.put("start_date", (o, p) -> o.startDate());
        f.put("static_ip", (o, p) -> o.machine().staticIp());
        f.put("storage_cost", (o, p) -> o.storageCost());
        f.put("storage_total_cost", (o, p) -> round(p.storageHourly(o), 6));
        f.put("time_remaining", (o, p) -> "");
        f.put("time_remaining_isbid", (o, p) -> "");
        f.put("total_flops", (o, p) -> totalFlops(o));
        f.put("verification", (o, p) -> o.machine().verification());
        f.put("verified", (o, p) -> o.machine().verification().equals("verified"));
        f.put("vericode", (o, p) -> vericode(o.machine().verification()));
        f.put("vms_enabled", (o, p) -> o.machine().vmsEnabled());
        f.put("vram_costperhour", (o, p) -> round(p.dphTotal(o) / (o.gpu().ramMb() * o.numGpus() / 1024.0), 6));
        f.put("webpage", (o, p) -> null);
        return Collections.unmodifiableMap(f);
    }

    /** Appends the whole offer as one JSON object. */
    static void appendJson(StringBuilder sb, Offer o, Pricing p) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, Getter> e : ALL.entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            JsonText.appendString(sb, e.getKey());
            sb.append(": ");
            JsonText.append(sb, e.getValue().get(o, p));
        }
        sb.append('}');
    }

    private static Map<String, Object> breakdown(Offer o, Pricing p) {
        Map<String, Object> m = new LinkedHashMap<>();
        double total = p.dphTotal(o);
        double discounted = p.discounted(o);
        m.put("gpuCostPerHour", p.compute(o));
        m.put("diskHour", round(p.storageHourly(o), 6));
        m.put("totalHour", total);
        m.put("discountTotalHour", round(total - discounted, 6));
        m.put("discountedTotalPerHour", discounted);
        return m;
    }

    private static double totalFlops(Offer o) {
        return round(o.gpu().tflops() * o.numGpus(), 2);
    }

    private static int vericode(String verification) {
        return switch (verification) {
            case "verified" -> 1;
            case "deverified" -> 2;
            default -> 0;
        };
    }

    private static double round(double v, int digits) {
        return CatalogGenerator.round(v, digits);
    }
}
