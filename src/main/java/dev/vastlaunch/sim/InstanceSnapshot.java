package dev.vastlaunch.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Turns an instance into plain JSON values and back, for the demo's state file. */
final class InstanceSnapshot {
    private InstanceSnapshot() {}

    static Map<String, @Nullable Object> of(Instance i) {
        Instance.Spec s = i.spec;
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("offer_id", s.offer().id());
        m.put("api_key", s.apiKey());
        m.put("bid_price", i.bid);
        m.put("disk", s.disk());
        m.put("image", s.image());
        m.put("runtype", s.runtype());
        m.put("env", s.env());
        m.put("onstart", s.onstart());
        m.put("args", s.args());
        m.put("args_str", s.argsStr());
        Template t = s.template();
        m.put("template_hash", t == null ? null : t.hashId());
        m.put("jupyter_dir", s.jupyterDir());
        m.put("created_at", s.createdAt());
        m.put("host_ports", s.hostPorts());
        m.put("ssh_port", s.sshPort());
        m.put("ssh_host", s.sshHost());
        m.put("jupyter_token", s.jupyterToken());
        m.put("volume_info", s.volumeInfo());
        m.put("label", i.label);
        m.put("intended", i.intended);
        m.put("phase_start_millis", i.phaseStartMillis);
        m.put("fresh", i.fresh);
        m.put("spent", i.spent);
        m.put("accrued_to_millis", i.accruedToMillis);
        return m;
    }

    /** Returns the instance a snapshot describes, or null when it does not fit this catalog. */
    static @Nullable Instance read(Map<String, @Nullable Object> m, Market market, TemplateStore templates) {
        try {
            Offer offer = market.find((long) Values.number(m.get("offer_id")));
            if (offer == null) {
                return null;
            }
            Object hash = m.get("template_hash");
            Template template =
                    hash == null ? null : templates.byHash(hash.toString()).orElse(null);
            Object bid = m.get("bid_price");
            Instance.Spec spec = new Instance.Spec(
                    (long) Values.number(m.get("id")),
                    offer,
                    text(m, "api_key"),
                    bid == null ? null : Values.number(bid),
                    Values.number(m.get("disk")),
                    text(m, "image"),
                    text(m, "runtype"),
                    strings(m.get("env")),
                    nullableText(m, "onstart"),
                    list(m.get("args")),
                    nullableText(m, "args_str"),
                    template,
                    nullableText(m, "jupyter_dir"),
                    Values.number(m.get("created_at")),
                    strings(m.get("host_ports")),
                    (int) Values.number(m.get("ssh_port")),
                    text(m, "ssh_host"),
                    text(m, "jupyter_token"),
                    m.get("volume_info"));
            Instance i = new Instance(spec, nullableText(m, "label"), text(m, "intended"), (long)
                    Values.number(m.get("phase_start_millis")));
            i.fresh = Boolean.TRUE.equals(m.get("fresh"));
            // Files written before billing existed have no spending: it starts from the restore.
            if (m.get("spent") != null && m.get("accrued_to_millis") != null) {
                i.spent = Values.number(m.get("spent"));
                i.accruedToMillis = (long) Values.number(m.get("accrued_to_millis"));
            }
            return i;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(Map<String, @Nullable Object> m, String key) {
        Object v = m.get(key);
        return v == null ? "" : v.toString();
    }

    private static @Nullable String nullableText(Map<String, @Nullable Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    private static Map<String, String> strings(@Nullable Object v) {
        Map<String, String> out = new LinkedHashMap<>();
        if (v instanceof Map<?, ?> map) {
            map.forEach((k, val) -> out.put(String.valueOf(k), String.valueOf(val)));
        }
        return out;
    }

    private static List<String> list(@Nullable Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x)));
        }
        return out;
    }
}
