package dev.vastlaunch.command;

/**
 * Returns the outcome of one command line and, for a problem, the 0-based column the caret points at.
 *
 * @param column where the problem is in the line, or -1 when the outcome is not a problem
 * @param wide whether the line asked for wide tables ({@code --wide}, taken out before parsing)
 */
public record LineResult(ParseOutcome outcome, int column, boolean wide) {
    /** Returns the result of a line that did not ask for wide tables. */
    public LineResult(ParseOutcome outcome, int column) {
        this(outcome, column, false);
    }
}
