package dev.vastlaunch.offers;

/**
 * Returns the result of one call to the server as a value: the answer, the server's refusal, or a transport failure.
 *
 * @param <T> the type of a successful answer
 */
public sealed interface Outcome<T> {
    /** The server answered successfully with {@code value}. */
    record Ok<T>(T value) implements Outcome<T> {}

    /**
     * The server refused: an HTTP error, or a 200 with {@code success: false}.
     *
     * @param status the HTTP status (200 for a refusal inside a 200)
     * @param error the server's {@code error} code, or empty
     * @param message the server's {@code msg}, or a description when it sent none
     */
    record Rejected<T>(int status, String error, String message) implements Outcome<T> {}

    /** The call did not complete: timeout, refused or reset connection, or an answer that is not the expected JSON. */
    record Failed<T>(String message) implements Outcome<T> {}

    /** Returns a one-line description for a status line: the value's absence reason, or "ok". */
    default String describe() {
        if (this instanceof Rejected<T> r) {
            return "HTTP " + r.status() + (r.error().isEmpty() ? "" : " " + r.error()) + ": " + r.message();
        }
        if (this instanceof Failed<T> f) {
            return f.message();
        }
        return "ok";
    }
}
