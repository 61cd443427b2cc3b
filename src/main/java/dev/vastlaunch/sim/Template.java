package dev.vastlaunch.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Is one public template as {@code GET /api/v0/template/} returns it.
 *
 * @param env Docker-flag string form, as templates store it
 * @param runtype {@code ssh}, {@code jupyter} or {@code args}
 * @param recommendedDiskSpace GB
 */
record Template(
        int id,
        String hashId,
        String name,
        String image,
        String tag,
        String env,
        String onstart,
        String runtype,
        @Nullable String argsStr,
        boolean sshDirect,
        boolean jupDirect,
        @Nullable String jupyterDir,
        boolean useJupyterLab,
        double recommendedDiskSpace,
        boolean recommended,
        String desc,
        Map<String, Object> extraFilters,
        int countCreated,
        double createdAt,
        boolean isPrivate,
        int creatorId) {

    /** Returns {@code image:tag}, the image an instance from this template runs. */
    String imageRef() {
        return tag.isEmpty() ? image : image + ":" + tag;
    }

    /** Returns the instance {@code image_runtype} this template implies, in the server's token form. */
    String instanceRuntype() {
        return switch (runtype) {
            case "jupyter" ->
                jupDirect ? "jupyter jupyter_direc ssh_direc ssh_proxy" : "jupyter jupyter_proxy ssh_proxy";
            case "args" -> "args";
            default -> sshDirect ? "ssh ssh_direc ssh_proxy" : "ssh ssh_proxy";
        };
    }

    /** Returns the wire object, with every field the API documents for templates. */
    Map<String, @Nullable Object> row() {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("hash_id", hashId);
        m.put("name", name);
        m.put("image", image);
        m.put("tag", tag);
        m.put("default_tag", tag);
        m.put("desc", desc);
        m.put("readme", "# " + name + "\n\n" + desc);
        m.put("readme_visible", true);
        m.put("env", env);
        m.put("onstart", onstart);
        m.put("runtype", runtype);
        m.put("args_str", argsStr == null ? "" : argsStr);
        m.put("ssh_direct", sshDirect);
        m.put("use_ssh", !runtype.equals("args"));
        m.put("jup_direct", jupDirect);
        m.put("jupyter_dir", jupyterDir);
        m.put("use_jupyter_lab", useJupyterLab);
        m.put("docker_login_repo", "");
        m.put("href", "https://hub.docker.com/r/" + image);
        m.put("repo", image);
        m.put("extra_filters", extraFilters);
        m.put("recommended_disk_space", recommendedDiskSpace);
        m.put("private", isPrivate);
        m.put("volume_info", null);
        m.put("creator_id", creatorId);
        m.put("created_at", createdAt);
        m.put("count_created", countCreated);
        m.put("recent_create_date", createdAt + 86_400.0 * 30);
        m.put("recommended", recommended);
        return m;
    }
}
