package dev.vastlaunch.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Renders an instance as the row {@code GET /api/v1/instances/} and {@code /api/v0/instances/{id}/} return. */
final class InstanceRows {
    private InstanceRows() {}

    /** Returns the row for {@code i} with the given actual status, at {@code now} epoch seconds. */
    static Map<String, @Nullable Object> row(Instance i, @Nullable String status, double now) {
        Instance.Spec s = i.spec;
        Offer o = s.offer();
        Machine m = o.machine();
        Template t = s.template();
        boolean running = "running".equals(status);
        double storageHourly = i.storageHourly();
        double compute = i.compute();
        Map<String, @Nullable Object> r = new LinkedHashMap<>();
        r.put("id", s.id());
        r.put("actual_status", status);
        r.put("intended_status", i.intended);
        r.put("cur_state", i.intended);
        r.put("next_state", i.intended);
        r.put("status_msg", statusMessage(i, status));
        r.put("label", i.label);
        r.put("image_uuid", s.image());
        r.put("image_args", s.args());
        r.put("image_runtype", s.runtype());
        r.put("template_id", t == null ? null : t.id());
        r.put("template_hash_id", t == null ? null : t.hashId());
        r.put("template_name", t == null ? null : t.name());
        r.put("extra_env", pairs(s.env()));
        r.put("onstart", s.onstart() == null ? "" : s.onstart());
        r.put("args_str", s.argsStr() == null ? "" : s.argsStr());
        r.put("jupyter_token", s.jupyterToken());
        r.put("jupyter_dir", s.jupyterDir());
        r.put("ssh_host", s.sshHost());
        r.put("ssh_port", s.sshPort());
        r.put("ssh_idx", s.sshHost().replaceAll("\\D", ""));
        String direct22 = s.hostPorts().get("22/tcp");
        r.put("machine_dir_ssh_port", direct22 == null ? null : Integer.valueOf(direct22));
        r.put("public_ipaddr", m.publicIp());
        r.put("local_ipaddrs", "192.168.1." + (2 + m.machineId() % 250) + " 172.17.0.1");
        r.put("ports", running ? ports(s.hostPorts()) : new LinkedHashMap<>());
        r.put("direct_port_start", m.directPortStart());
        r.put("direct_port_end", m.directPortStart() + m.directPortCount());
        r.put("direct_port_count", m.directPortCount());
        r.put("machine_id", m.machineId());
        r.put("host_id", m.hostId());
        r.put("start_date", s.createdAt());
        r.put("end_date", o.endDate());
        r.put("duration", CatalogGenerator.round(now - s.createdAt(), 3));
        r.put("uptime_mins", running ? CatalogGenerator.round((now - s.createdAt()) / 60, 2) : null);
        r.put("num_gpus", o.numGpus());
        r.put("gpu_name", o.gpu().name());
        r.put("gpu_ram", o.gpu().ramMb());
        r.put("gpu_totalram", o.gpu().ramMb() * o.numGpus());
        r.put("gpu_util", running ? 0.0 : null);
        r.put("gpu_temp", running ? 34.0 : null);
        r.put("gpu_arch", "nvidia");
        r.put("compute_cap", o.gpu().computeCap());
        r.put("cpu_name", m.cpuName());
        r.put("cpu_cores", m.cpuCores());
        r.put("cpu_cores_effective", CatalogGenerator.round(m.cpuCores() * o.gpuFrac(), 1));
        r.put("cpu_ram", (int) (m.cpuRamMb() * o.gpuFrac()));
        r.put("cpu_util", running ? 0.5 : 0.0);
        r.put("mem_limit", running ? CatalogGenerator.round(m.cpuRamMb() * o.gpuFrac() / 1024, 3) : null);
        r.put("mem_usage", running ? 0.42 : null);
        r.put("vmem_usage", running ? 0.0 : null);
        r.put("disk_space", s.disk());
        r.put("disk_usage", running ? 1.2 : 0.0);
        r.put("disk_util", running ? CatalogGenerator.round(1.2 / s.disk(), 4) : 0.0);
        r.put("disk_name", m.diskName());
        r.put("inet_up", m.inetUp());
        r.put("inet_down", m.inetDown());
        r.put("inet_up_cost", o.inetUpCost());
        r.put("inet_down_cost", o.inetDownCost());
        r.put("dph_base", compute);
        r.put("dph_total", CatalogGenerator.round(compute + storageHourly, 6));
        r.put("is_bid", i.bid != null);
        r.put("min_bid", o.minBid());
        r.put("reliability2", m.reliability());
        r.put("verification", m.verification());
        r.put("geolocation", m.geolocation());
        r.put("static_ip", m.staticIp());
        r.put("rentable", true);
        r.put("hosting_type", m.hostingType());
        r.put("storage_cost", o.storageCost());
        r.put("storage_total_cost", CatalogGenerator.round(storageHourly, 6));
        r.put("vram_costperhour", CatalogGenerator.round(compute / (o.gpu().ramMb() * o.numGpus() / 1024.0), 6));
        r.put("credit_balance", null);
        r.put("credit_discount", null);
        r.put("credit_discount_max", 0.4);
        r.put("time_remaining", "");
        r.put("time_remaining_isbid", "");
        r.put("volume_info", s.volumeInfo() == null ? List.of() : List.of(s.volumeInfo()));
        r.put("cuda_max_good", m.cudaMaxGood());
        r.put("driver_version", m.driverVersion());
        r.put("pci_gen", m.pciGen());
        r.put("pcie_bw", m.pcieBw());
        r.put("has_avx", 1);
        r.put("mobo_name", m.moboName());
        r.put("os_version", m.osVersion());
        r.put("bundle_id", o.id() + 7_000_000);
        Map<String, Object> prices = prices(compute, storageHourly);
        r.put("instance", prices);
        r.put("search", prices);
        return r;
    }

    /** Returns the price breakdown object the API attaches as {@code instance} and {@code search}. */
    private static Map<String, Object> prices(double compute, double storageHourly) {
        Map<String, Object> m = new LinkedHashMap<>();
        double total = CatalogGenerator.round(compute + storageHourly, 6);
        m.put("gpuCostPerHour", CatalogGenerator.round(compute, 6));
        m.put("diskHour", CatalogGenerator.round(storageHourly, 6));
        m.put("totalHour", total);
        m.put("discountTotalHour", 0.0);
        m.put("discountedTotalPerHour", total);
        return m;
    }

    private static @Nullable String statusMessage(Instance i, @Nullable String status) {
        if (i.outbid()) {
            return "Outbid: your bid is below the current minimum bid "
                    + i.spec.offer().minBid();
        }
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "loading" -> "Pulling image " + i.spec.image();
            case "running" -> "success, running " + i.spec.image() + "/ssh";
            default -> "Stopped.";
        };
    }

    private static List<List<String>> pairs(Map<String, String> env) {
        List<List<String>> out = new ArrayList<>();
        env.forEach((k, v) -> out.add(List.of(k, v)));
        return out;
    }

    private static Map<String, Object> ports(Map<String, String> hostPorts) {
        Map<String, Object> out = new LinkedHashMap<>();
        hostPorts.forEach((container, host) -> {
            Map<String, String> binding = new LinkedHashMap<>();
            binding.put("HostIp", "0.0.0.0");
            binding.put("HostPort", host);
            out.put(container, List.of(binding));
        });
        return out;
    }
}
