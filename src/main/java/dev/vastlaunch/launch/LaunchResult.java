package dev.vastlaunch.launch;

/** Returns what became of one create-instance request; never an exception. */
public sealed interface LaunchResult {
    /** The server created instance {@code instanceId}; {@code recovered} when learned from the instance list. */
    record Created(long instanceId, boolean recovered) implements LaunchResult {}

    /**
     * The server refused; nothing was created.
     *
     * @param status the HTTP status (200 for {@code success: false})
     * @param error the server's {@code error} code, e.g. {@code no_such_ask}, or empty
     * @param message the server's {@code msg}
     */
    record Rejected(int status, String error, String message) implements LaunchResult {
        /** Returns whether the offer is gone (rented by someone else), so another offer should be tried. */
        public boolean offerGone() {
            return status == 410 || error.equals("no_such_ask") || message.contains("no_such_ask");
        }
    }

    /** The request never reached the server (connection refused, DNS); nothing was created. */
    record NotSent(String message) implements LaunchResult {}

    /** The request may have reached the server and the instance list could not settle it; do not resend blindly. */
    record Unknown(String message) implements LaunchResult {}
}
