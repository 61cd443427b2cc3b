package dev.vastlaunch.sim;

/** Thrown by a handler to answer 400 with the given Vast error code and message. */
final class BadRequest extends RuntimeException {
    private final String error;

    BadRequest(String error, String message) {
        super(message);
        this.error = error;
    }

    /** Returns the machine-readable error code, e.g. {@code invalid_request}. */
    String error() {
        return error;
    }
}
