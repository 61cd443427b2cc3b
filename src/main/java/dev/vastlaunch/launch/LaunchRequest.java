package dev.vastlaunch.launch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Returns a create-instance request that passed validation; the only type a {@link Submitter} accepts.
 *
 * <p>Built by {@link LaunchDraft#toRequest()}. Units: {@code price} in $/hour per machine (non-null means
 * interruptible), {@code diskGb} in GB. {@code runtype} is null when a template decides it.
 */
public record LaunchRequest(
        long offerId,
        @Nullable String image,
        @Nullable String templateHashId,
        EnvSpec env,
        @Nullable Double price,
        double diskGb,
        @Nullable String label,
        @Nullable String onstart,
        @Nullable String runtype,
        List<String> args,
        @Nullable String argsStr,
        @Nullable String imageLogin,
        boolean pythonUtf8,
        boolean langUtf8,
        boolean useJupyterLab,
        @Nullable String jupyterDir,
        boolean force,
        boolean cancelUnavail,
        @Nullable String targetState,
        boolean vm,
        @Nullable String user,
        @Nullable VolumeInfo volumeInfo,
        @Nullable String extra) {

    public LaunchRequest {
        args = List.copyOf(args);
        if (offerId <= 0) {
            throw new IllegalArgumentException("offerId <= 0");
        }
        if (image == null && templateHashId == null) {
            throw new IllegalArgumentException("image == null && templateHashId == null");
        }
    }

    /** Returns the path of the create call, {@code /api/v0/asks/{offerId}/}. */
    public String path() {
        return "/api/v0/asks/" + offerId + "/";
    }

    /**
     * Returns the JSON body of {@code PUT /api/v0/asks/{id}/} in the official CLI's key order.
     *
     * <p>Null fields are left out; the CLI's booleans are always sent, so is {@code cancel_unavail}.
     */
    public Map<String, Object> toWireBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("client_id", "me");
        putIfSet(body, "image", image);
        body.put("env", env.toWire());
        putIfSet(body, "price", price);
        body.put("disk", diskGb);
        putIfSet(body, "label", label);
        putIfSet(body, "extra", extra);
        putIfSet(body, "onstart", onstart);
        putIfSet(body, "image_login", imageLogin);
        body.put("python_utf8", pythonUtf8);
        body.put("lang_utf8", langUtf8);
        body.put("use_jupyter_lab", useJupyterLab);
        putIfSet(body, "jupyter_dir", jupyterDir);
        body.put("force", force);
        body.put("cancel_unavail", cancelUnavail);
        putIfSet(body, "template_hash_id", templateHashId);
        putIfSet(body, "user", user);
        putIfSet(body, "runtype", runtype);
        if (!args.isEmpty()) {
            body.put("args", args);
        }
        putIfSet(body, "args_str", argsStr);
        putIfSet(body, "target_state", targetState);
        if (vm) {
            body.put("vm", true);
        }
        if (volumeInfo != null) {
            body.put("volume_info", volumeInfo.toWire());
        }
        return body;
    }

    private static void putIfSet(Map<String, Object> body, String key, @Nullable Object value) {
        if (value != null) {
            body.put(key, value);
        }
    }
}
