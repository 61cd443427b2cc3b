package dev.vastlaunch.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Is a validated create request after the template merge, ready to become an instance.
 *
 * @param runtype normalized token form, e.g. {@code ssh ssh_direc ssh_proxy}
 * @param bidPrice $/hour for an interruptible rental, or null for on-demand
 * @param disk GB
 */
record Launch(
        String image,
        String runtype,
        Map<String, String> env,
        @Nullable String onstart,
        List<String> args,
        @Nullable String argsStr,
        @Nullable String label,
        double disk,
        @Nullable Double bidPrice,
        @Nullable Template template,
        @Nullable String jupyterDir,
        String targetState,
        boolean cancelUnavail,
        @Nullable Object volumeInfo) {

    private static final Set<String> RUNTYPE_TOKENS = Set.of(
            "ssh",
            "jupyter",
            "args",
            "ssh_proxy",
            "ssh_direct",
            "ssh_direc",
            "jupyter_proxy",
            "jupyter_direct",
            "jupyter_direc");

    /** Validates a {@code PUT /asks/{id}/} body like the server and applies the template merge rules. */
    static Launch parse(Map<String, @Nullable Object> body, TemplateStore templates) {
        Template template = template(body, templates);
        Double price = price(body.get("price"));
        String image = string(body, "image", 1024);
        String label = string(body, "label", 256);
        String onstart = string(body, "onstart", 4096);
        String argsStr = string(body, "args_str", 4096);
        List<String> args = args(body.get("args"));
        int commandLength =
                length(onstart) + length(argsStr) + String.join(" ", args).length();
        if (commandLength > 4096) {
            throw invalid("onstart, args and args_str together exceed 4096 characters");
        }
        Map<String, String> requestEnv = env(body.get("env"));
        Map<String, String> env = new LinkedHashMap<>();
        if (template != null) {
            env.putAll(DockerFlags.parse(template.env()));
        }
        // Merged by key: template keys stay, request keys are added, the request wins on conflicts.
        env.putAll(requestEnv);
        if (image == null && template != null) {
            image = template.imageRef();
        }
        if (image == null || image.isBlank()) {
            throw invalid("either image or template_hash_id is required");
        }
        if (onstart == null && template != null && !template.onstart().isEmpty()) {
            onstart = template.onstart();
        }
        if (argsStr == null && template != null) {
            argsStr = template.argsStr();
        }
        String runtype = runtype(body.get("runtype"), template, !args.isEmpty() || argsStr != null);
        String jupyterDir = string(body, "jupyter_dir", 1024);
        if (jupyterDir == null && template != null) {
            jupyterDir = template.jupyterDir();
        }
        String target = string(body, "target_state", 32);
        if (target != null && !target.equals("running") && !target.equals("stopped")) {
            throw invalid("target_state must be running or stopped");
        }
        return new Launch(
                image,
                runtype,
                env,
                onstart,
                args,
                argsStr,
                label,
                disk(body.get("disk"), template),
                price,
                template,
                jupyterDir,
                target == null ? "running" : target,
                Boolean.TRUE.equals(Values.bool(body.get("cancel_unavail"))),
                body.get("volume_info"));
    }

    private static @Nullable Template template(Map<String, @Nullable Object> body, TemplateStore templates) {
        Object hash = body.get("template_hash_id");
        if (hash != null) {
            return templates
                    .byHash(hash.toString())
                    .orElseThrow(() -> invalid("template_hash_id " + hash + " does not exist"));
        }
        Object id = body.get("template_id");
        if (id != null) {
            double d = Values.number(id);
            return templates
                    .byId((long) d)
                    .orElseThrow(() -> invalid("template_id " + Values.text(id) + " does not exist"));
        }
        return null;
    }

    private static @Nullable Double price(@Nullable Object raw) {
        if (raw == null) {
            return null;
        }
        double p = Values.number(raw);
        if (Double.isNaN(p) || raw instanceof Boolean || p < 0.001 || p > 128.0) {
            throw new BadRequest(
                    "invalid_price", "error 400/3467: Invalid args: price must be between 0.001 and 128.0");
        }
        return p;
    }

    private static double disk(@Nullable Object raw, @Nullable Template template) {
        if (raw == null) {
            return template == null ? 8.0 : Math.max(8.0, template.recommendedDiskSpace());
        }
        double d = Values.number(raw);
        if (Double.isNaN(d) || raw instanceof Boolean || d < 8.0) {
            throw invalid("disk must be at least 8 GB");
        }
        return d;
    }

    private static @Nullable String string(Map<String, @Nullable Object> body, String key, int max) {
        Object v = body.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw invalid(key + " must be a string");
        }
        if (s.length() > max) {
            throw invalid(key + " is longer than " + max + " characters");
        }
        return s;
    }

    private static List<String> args(@Nullable Object raw) {
        List<String> out = new ArrayList<>();
        if (raw instanceof List<?> list) {
            for (Object a : list) {
                out.add(a == null ? "" : Values.text(a));
            }
        } else if (raw != null) {
            throw invalid("args must be a list of strings");
        }
        return out;
    }

    private static Map<String, String> env(@Nullable Object raw) {
        Map<String, String> env = new LinkedHashMap<>();
        if (raw instanceof Map<?, ?> map) {
            map.forEach((k, v) -> env.put(String.valueOf(k), v == null ? "" : Values.text(v)));
        } else if (raw instanceof String s) {
            env.putAll(DockerFlags.parse(s));
        } else if (raw != null) {
            throw invalid("env must be an object");
        }
        int total = 0;
        for (Map.Entry<String, String> e : env.entrySet()) {
            total += e.getKey().length() + e.getValue().length();
        }
        if (total > 32768) {
            throw invalid("env exceeds 32768 characters");
        }
        return env;
    }

    /** Returns the server's token form of a runtype: the base kind first, then the proxy/direct tokens. */
    static String runtype(@Nullable Object raw, @Nullable Template template, boolean hasArgs) {
        if (raw == null) {
            if (template != null) {
                return template.instanceRuntype();
            }
            return hasArgs ? "args" : "ssh ssh_proxy";
        }
        String text = raw.toString().strip().toLowerCase(Locale.ROOT);
        List<String> tokens = text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
        if (tokens.isEmpty() || !RUNTYPE_TOKENS.containsAll(tokens)) {
            throw invalid("runtype " + raw + " is not one of " + RUNTYPE_TOKENS);
        }
        boolean jupyter = tokens.stream().anyMatch(t -> t.startsWith("jupyter"));
        boolean direct = tokens.stream().anyMatch(t -> t.endsWith("_direc") || t.endsWith("_direct"));
        if (!jupyter && tokens.contains("args")) {
            return "args";
        }
        if (jupyter) {
            return direct ? "jupyter jupyter_direc ssh_direc ssh_proxy" : "jupyter jupyter_proxy ssh_proxy";
        }
        return direct ? "ssh ssh_direc ssh_proxy" : "ssh ssh_proxy";
    }

    private static int length(@Nullable String s) {
        return s == null ? 0 : s.length();
    }

    private static BadRequest invalid(String detail) {
        return new BadRequest("invalid_args", "error 400/3467: Invalid args: " + detail);
    }
}
