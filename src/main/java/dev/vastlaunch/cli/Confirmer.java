package dev.vastlaunch.cli;

/** Asks the user a yes/no question; the default answer is no. */
public interface Confirmer {
    /** Returns whether the user answered yes to {@code question}; false when there is nobody to ask. */
    boolean confirm(String question);

    /** Returns whether the user answered yes to {@code question}, where Enter means yes; only n or no is no. */
    default boolean confirmDefaultYes(String question) {
        return confirm(question);
    }

    /** Returns whether a person can be asked at all (a terminal is attached). */
    boolean canAsk();
}
