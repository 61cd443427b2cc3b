package dev.vastlaunch.command;

/** Formats a usage problem to show under the line it is about: a caret at its column, then the message. */
public final class Problems {
    private Problems() {}

    /** Returns the caret line for a problem at screen column {@code column}, with the message's further lines. */
    public static String under(int column, String message) {
        return " ".repeat(Math.max(0, column)) + "^ " + message;
    }
}
