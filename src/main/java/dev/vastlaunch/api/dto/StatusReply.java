package dev.vastlaunch.api.dto;

import org.jspecify.annotations.Nullable;

/** Returns the answer of a state, label or destroy call: {@code {"success": true}} and maybe a {@code msg}. */
public record StatusReply(
        @Nullable Boolean success,
        @Nullable Object error,
        @Nullable String msg) implements ApiReply {}
