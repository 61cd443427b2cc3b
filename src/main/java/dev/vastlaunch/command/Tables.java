package dev.vastlaunch.command;

import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.Template;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Formats offers, instances and templates as tables for people and as JSON-ready maps for scripts. */
public final class Tables {
    private Tables() {}

    public static String offers(List<Offer> offers, int width) {
        List<TextTable.Column> cols = new ArrayList<>();
        for (OfferColumn c : OfferColumn.values()) {
            cols.add(new TextTable.Column(
                    c.title(), c.hidePriority(), c != OfferColumn.GPU && c != OfferColumn.LOCATION));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Offer o : offers) {
            List<String> row = new ArrayList<>();
            for (OfferColumn c : OfferColumn.values()) {
                row.add(cell(c.text(o)));
            }
            rows.add(row);
        }
        return TextTable.render(cols, rows, width);
    }

    public static String instances(List<Instance> list, int width) {
        List<TextTable.Column> cols = List.of(
                new TextTable.Column("ID", 0, true),
                new TextTable.Column("Status", 0, false),
                new TextTable.Column("GPU", 0, false),
                new TextTable.Column("$/hr", 1, true),
                new TextTable.Column("Image", 3, false),
                new TextTable.Column("Label", 4, false),
                new TextTable.Column("SSH", 2, false));
        List<List<String>> rows = new ArrayList<>();
        for (Instance i : list) {
            rows.add(List.of(
                    String.valueOf(i.id()),
                    i.actualStatus() == null ? "provisioning" : cell(i.actualStatus()),
                    i.numGpus() + "x " + cell(i.gpuName()),
                    String.format(Locale.ROOT, "%.4f", i.dphTotal()),
                    cell(i.image()),
                    i.label() == null ? "-" : cell(i.label()),
                    i.sshTarget().map(t -> t.url()).orElse("-")));
        }
        return TextTable.render(cols, rows, width);
    }

    public static String templates(List<Template> list, int width) {
        List<TextTable.Column> cols = List.of(
                new TextTable.Column("Name", 0, false),
                new TextTable.Column("Image", 0, false),
                new TextTable.Column("Mode", 2, false),
                new TextTable.Column("Disk", 3, true),
                new TextTable.Column("Hash", 1, false));
        List<List<String>> rows = new ArrayList<>();
        for (Template t : list) {
            rows.add(List.of(
                    cell(t.name()) + (t.recommended() ? " *" : ""),
                    cell(t.imageRef()),
                    cell(t.runtype()),
                    Math.round(t.recommendedDiskGb()) + "G",
                    t.hashId()));
        }
        return TextTable.render(cols, rows, width);
    }

    public static Map<String, @Nullable Object> offer(Offer o) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("id", o.id());
        m.put("gpu_name", o.gpuName());
        m.put("num_gpus", o.numGpus());
        m.put("gpu_ram", o.gpuRamMb());
        m.put("dph_total", o.dphTotal());
        m.put("dph_base", o.dphBase());
        m.put("min_bid", o.minBid());
        m.put("dlperf", o.dlperf());
        m.put("dlperf_per_dphtotal", o.dlperfPerDphTotal());
        m.put("reliability", o.reliability());
        m.put("cuda_max_good", o.cudaMaxGood());
        m.put("driver_version", o.driverVersion());
        m.put("inet_down", o.inetDownMbps());
        m.put("inet_up", o.inetUpMbps());
        m.put("direct_port_count", o.directPortCount());
        m.put("geolocation", o.geolocation());
        m.put("duration", o.durationSeconds());
        m.put("disk_space", o.diskSpaceGb());
        m.put("cpu_ram", o.cpuRamMb());
        m.put("cpu_cores_effective", o.cpuCoresEffective());
        m.put("verification", o.verification());
        m.put("machine_id", o.machineId());
        m.put("host_id", o.hostId());
        m.put("storage_cost", o.storageCostPerGbMonth());
        m.put("score", o.score());
        m.put("discounted_dph_total", o.discountedDphTotal());
        return m;
    }

    public static Map<String, @Nullable Object> instance(Instance i) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("actual_status", i.actualStatus());
        m.put("intended_status", i.intendedStatus());
        m.put("status_msg", i.statusMessage());
        m.put("label", i.label());
        m.put("image_uuid", i.image());
        m.put("image_runtype", i.runtype());
        m.put("ssh_host", i.sshHost());
        m.put("ssh_port", i.sshPort());
        m.put("public_ipaddr", i.publicIp());
        m.put("ports", i.ports());
        m.put("gpu_name", i.gpuName());
        m.put("num_gpus", i.numGpus());
        m.put("dph_total", i.dphTotal());
        m.put("disk_space", i.diskSpaceGb());
        m.put("start_date", i.startDate());
        m.put("geolocation", i.geolocation());
        return m;
    }

    /** Returns text safe for one table cell: control characters and newlines removed. */
    public static String cell(@Nullable String s) {
        if (s == null || s.isEmpty()) {
            return "-";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        return out.toString();
    }
}
