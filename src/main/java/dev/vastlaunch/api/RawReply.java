package dev.vastlaunch.api;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Returns what came back for one HTTP exchange: the status, the body text, and the failure that cut the body short
 * (the status line had arrived, so the server did answer).
 */
record RawReply(int status, String body, @Nullable IOException bodyFailure) {
    boolean successful() {
        return status >= 200 && status < 300;
    }
}
