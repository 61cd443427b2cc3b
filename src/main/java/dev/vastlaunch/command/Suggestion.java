package dev.vastlaunch.command;

/**
 * Returns one completion candidate: the whole word to put in place, what the list shows, a description and a group.
 *
 * @param value the replacement for the word being completed, unquoted (the line reader re-quotes it)
 * @param display the text shown in the candidate list
 * @param complete whether the word is finished, so a space (or closing quote) follows it
 */
public record Suggestion(String value, String display, String description, String group, boolean complete) {
    /** Returns a finished candidate shown as its value. */
    public static Suggestion of(String value, String description, String group) {
        return new Suggestion(value, value, description, group, true);
    }

    /** Returns a candidate after which the user keeps typing the same word (no space is added). */
    public static Suggestion partial(String value, String display, String description, String group) {
        return new Suggestion(value, display, description, group, false);
    }
}
