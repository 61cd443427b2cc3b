package dev.vastlaunch.api.dto;

import com.squareup.moshi.Json;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Returns the answer of {@code GET /api/v0/gpu_names/unique/}. */
public record GpuNamesReply(
        @Nullable Boolean success,
        @Nullable Object error,
        @Nullable String msg,
        @Json(name = "gpu_names") @Nullable List<String> gpuNames)
        implements ApiReply {}
