package dev.vastlaunch.api.dto;

import org.jspecify.annotations.Nullable;

/** Returns the status fields every Vast answer may carry: {@code success}, {@code error} and {@code msg}. */
public interface ApiReply {
    /** Returns the server's {@code success} flag; null when it sent none. */
    @Nullable
    Boolean success();

    /** Returns the server's {@code error} value: usually a code such as {@code no_such_ask}, sometimes a boolean. */
    @Nullable
    Object error();

    /** Returns the server's {@code msg}; null when it sent none. */
    @Nullable
    String msg();

    /** Returns whether the body says the call failed even though the HTTP status was 2xx. */
    default boolean refused() {
        return Boolean.FALSE.equals(success());
    }
}
