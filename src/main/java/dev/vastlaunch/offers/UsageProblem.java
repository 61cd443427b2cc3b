package dev.vastlaunch.offers;

/**
 * Describes why a command line cannot be run, at a word (0-based index into the words after the command name).
 *
 * @param word the index of the offending word, or -1 when the problem is about the whole line
 */
public record UsageProblem(int word, String message) {
    /** Returns the message. */
    public String describe() {
        return message;
    }
}
