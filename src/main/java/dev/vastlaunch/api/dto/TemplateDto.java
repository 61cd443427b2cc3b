package dev.vastlaunch.api.dto;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * Returns one template as {@code GET /api/v0/template/} sends it (reference §4.1).
 *
 * <p>{@code env} is normally a Docker-options string; {@code extra_filters} an object of offer filters;
 * {@code recommended_disk_space} is GB and may arrive as a number or a numeric string.
 */
public record TemplateDto(
        long id,
        @Json(name = "hash_id") @Nullable String hashId,
        @Nullable String name,
        @Nullable String image,
        @Nullable String tag,
        @Nullable Object env,
        @Nullable String onstart,
        @Nullable String runtype,
        @Json(name = "args_str") @Nullable String argsStr,
        @Json(name = "ssh_direct") @Nullable Boolean sshDirect,
        @Json(name = "jup_direct") @Nullable Boolean jupDirect,
        @Json(name = "use_ssh") @Nullable Boolean useSsh,
        @Json(name = "jupyter_dir") @Nullable String jupyterDir,
        @Json(name = "use_jupyter_lab") @Nullable Boolean useJupyterLab,
        @Json(name = "recommended_disk_space") @Nullable Double recommendedDiskSpace,
        @Nullable Boolean recommended,
        @Json(name = "extra_filters") @Nullable Object extraFilters,
        @Nullable String desc) {}
