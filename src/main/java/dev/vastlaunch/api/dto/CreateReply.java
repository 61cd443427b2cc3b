package dev.vastlaunch.api.dto;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * Returns the answer of {@code PUT /api/v0/asks/{id}/}.
 *
 * <p>The reply's {@code instance_api_key} is deliberately not mapped: it is a secret the client has no use for.
 */
public record CreateReply(
        @Nullable Boolean success,
        @Nullable Object error,
        @Nullable String msg,
        @Json(name = "new_contract") @Nullable Long newContract)
        implements ApiReply {}
