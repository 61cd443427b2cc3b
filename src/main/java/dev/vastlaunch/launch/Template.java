package dev.vastlaunch.launch;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Returns a launch template as the API stores it; {@code env} is in Docker-options form ({@code "-e A=1 -p 80:80"}).
 *
 * <p>{@code runtype} is {@code ssh}, {@code jupyter} or {@code args}; {@code recommendedDiskGb} is in GB.
 */
public record Template(
        long id,
        String hashId,
        String name,
        String image,
        String tag,
        String env,
        String onstart,
        String runtype,
        String argsStr,
        boolean sshDirect,
        boolean jupyterDirect,
        boolean useSsh,
        @Nullable String jupyterDir,
        boolean useJupyterLab,
        double recommendedDiskGb,
        boolean recommended,
        Map<String, Object> extraFilters,
        String description) {

    public Template {
        extraFilters = Map.copyOf(extraFilters);
    }

    /** Returns {@code image:tag}, or the image alone when the tag is empty or already part of it. */
    public String imageRef() {
        if (tag.isEmpty() || image.contains(":")) {
            return image;
        }
        return image + ":" + tag;
    }
}
