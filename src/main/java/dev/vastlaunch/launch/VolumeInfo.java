package dev.vastlaunch.launch;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Returns the {@code volume_info} of a create: link an existing volume, or create one from a volume offer.
 *
 * @param volumeId an existing volume's id, or a volume offer id when {@code createNew}
 * @param sizeGb the new volume's size in GB (only when {@code createNew})
 */
public record VolumeInfo(
        String mountPath,
        boolean createNew,
        long volumeId,
        @Nullable String name,
        @Nullable Integer sizeGb) {

    /** Returns the wire object, keys in the official CLI's order. */
    public Map<String, Object> toWire() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mount_path", mountPath);
        out.put("create_new", createNew);
        out.put("volume_id", volumeId);
        if (name != null) {
            out.put("name", name);
        }
        if (sizeGb != null) {
            out.put("size", sizeGb);
        }
        return out;
    }
}
