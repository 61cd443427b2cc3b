package dev.vastlaunch.api.dto;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * Returns an error body in any of the shapes the API uses: {@code {success, error, msg}}, {@code {message}} or
 * {@code {detail}}.
 */
public record ErrorReply(
        @Nullable Boolean success,
        @Nullable Object error,
        @Nullable String msg,
        @Nullable String message,
        @Json(name = "detail") @Nullable Object detail)
        implements ApiReply {}
