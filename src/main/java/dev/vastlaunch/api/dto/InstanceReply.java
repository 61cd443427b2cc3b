package dev.vastlaunch.api.dto;

import org.jspecify.annotations.Nullable;

/** Returns the answer of {@code GET /api/v0/instances/{id}/}: one instance, or null when it does not exist. */
public record InstanceReply(
        @Nullable Boolean success,
        @Nullable Object error,
        @Nullable String msg,
        @Nullable InstanceDto instances) implements ApiReply {}
