package dev.vastlaunch.command;

/**
 * Returns the outcome of one command line and, for a problem, the 0-based column the caret points at.
 *
 * @param column where the problem is in the line, or -1 when the outcome is not a problem
 */
public record LineResult(ParseOutcome outcome, int column) {}
