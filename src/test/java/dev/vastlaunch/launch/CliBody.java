package dev.vastlaunch.launch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds the create-instance body the official CLI sends (reference §3.2), in its key order: every key with its
 * default ({@code null}, {@code false}, {@code {}}, disk {@code 10}, runtype {@code "ssh"}), overridden by the
 * given keys. A {@code null} override (e.g. {@code runtype} with a template) means the key is not sent.
 */
public final class CliBody {
    /** The CLI's key order, conditional keys ({@code args}, {@code volume_info}) last. */
    public static final List<String> ORDER = List.of(
            "client_id",
            "image",
            "env",
            "price",
            "disk",
            "label",
            "extra",
            "onstart",
            "image_login",
            "python_utf8",
            "lang_utf8",
            "use_jupyter_lab",
            "jupyter_dir",
            "force",
            "cancel_unavail",
            "template_hash_id",
            "user",
            "runtype",
            "args",
            "volume_info");

    private CliBody() {}

    /** Returns the CLI body with {@code overrides} (JSON, single quotes allowed) applied. */
    public static Map<String, @Nullable Object> with(String overrides) {
        Map<String, @Nullable Object> given = WireJson.object(overrides.replace('\'', '"'));
        for (String key : given.keySet()) {
            if (!ORDER.contains(key)) {
                throw new IllegalArgumentException("the CLI never sends " + key);
            }
        }
        Map<String, @Nullable Object> defaults = WireJson.object("{\"client_id\": \"me\", \"image\": null,"
                + " \"env\": {}, \"price\": null, \"disk\": 10, \"label\": null, \"extra\": null, \"onstart\": null,"
                + " \"image_login\": null, \"python_utf8\": false, \"lang_utf8\": false, \"use_jupyter_lab\": false,"
                + " \"jupyter_dir\": null, \"force\": false, \"cancel_unavail\": false, \"template_hash_id\": null,"
                + " \"user\": null, \"runtype\": \"ssh\"}");
        Map<String, @Nullable Object> body = new LinkedHashMap<>();
        for (String key : ORDER) {
            if (given.containsKey(key)) {
                body.put(key, given.get(key));
            } else if (defaults.containsKey(key)) {
                body.put(key, defaults.get(key));
            }
        }
        return body;
    }
}
