package dev.vastlaunch.api.dto;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/** Returns the answer of {@code PUT /api/v0/instances/request_logs/ID/}: where the prepared log text can be fetched. */
public record LogsReply(
        @Nullable Boolean success,
        @Nullable Object error,
        @Nullable String msg,
        @Json(name = "result_url") @Nullable String resultUrl)
        implements ApiReply {}
