package dev.vastlaunch.launch;

/** Describes a token of Docker options text that cannot be used, with its 1-based column. */
public record TokenProblem(int column, String token, String message) {
    /** Returns e.g. {@code "col 12 'NOEQUALS': -e expects KEY=VALUE"}. */
    public String describe() {
        return "col " + column + (token.isEmpty() ? "" : " '" + token + "'") + ": " + message;
    }
}
