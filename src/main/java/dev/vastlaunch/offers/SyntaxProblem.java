package dev.vastlaunch.offers;

/** Describes why a query cannot be used, with the 1-based column in the query text where it starts. */
public record SyntaxProblem(int column, String message) {
    /** Returns the message prefixed with its column, e.g. {@code "col 12: ..."}. */
    public String describe() {
        return "col " + column + ": " + message;
    }
}
