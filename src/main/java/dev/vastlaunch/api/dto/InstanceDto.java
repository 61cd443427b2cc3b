package dev.vastlaunch.api.dto;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * Returns one instance as the list and show endpoints send it (reference §5.3).
 *
 * <p>{@code ports} is a Docker-style object ({@code "22/tcp": [{"HostIp": ..., "HostPort": "41022"}]}) or null, and
 * {@code extra_env} a list of {@code [key, value]} pairs; both are kept loosely typed and read by {@link Dtos}.
 * {@code start_date} is epoch seconds.
 */
public record InstanceDto(
        long id,
        @Json(name = "actual_status") @Nullable String actualStatus,
        @Json(name = "intended_status") @Nullable String intendedStatus,
        @Json(name = "status_msg") @Nullable String statusMsg,
        @Nullable String label,
        @Json(name = "image_uuid") @Nullable String imageUuid,
        @Json(name = "image_runtype") @Nullable String imageRuntype,
        @Json(name = "template_hash_id") @Nullable String templateHashId,
        @Json(name = "ssh_host") @Nullable String sshHost,
        @Json(name = "ssh_port") @Nullable Integer sshPort,
        @Json(name = "public_ipaddr") @Nullable String publicIpaddr,
        @Nullable Object ports,
        @Json(name = "extra_env") @Nullable Object extraEnv,
        @Json(name = "machine_id") @Nullable Long machineId,
        @Json(name = "gpu_name") @Nullable String gpuName,
        @Json(name = "num_gpus") @Nullable Integer numGpus,
        @Json(name = "dph_total") @Nullable Double dphTotal,
        @Json(name = "disk_space") @Nullable Double diskSpace,
        @Json(name = "start_date") @Nullable Double startDate,
        @Nullable String geolocation,
        @Json(name = "template_name") @Nullable String templateName,
        @Json(name = "jupyter_token") @Nullable String jupyterToken,
        @Json(name = "storage_total_cost") @Nullable Double storageTotalCost) {}
