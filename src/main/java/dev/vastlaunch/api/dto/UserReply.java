package dev.vastlaunch.api.dto;

import org.jspecify.annotations.Nullable;

/** Returns the fields of {@code GET /api/v0/users/current/} that vastlaunch shows: credit, balance and e-mail. */
public record UserReply(
        @Nullable Boolean success,
        @Nullable Object error,
        @Nullable String msg,
        @Nullable Double credit,
        @Nullable Double balance,
        @Nullable String email)
        implements ApiReply {}
