package dev.vastlaunch.term;

/**
 * The signal table: each signal that ends the app while it owns the terminal, and the exit status it ends with
 * (128 plus the signal's number, as shells report it); the terminal is restored on each of them.
 */
public enum ExitSignal {
    /** The terminal went away (SSH dropped, window closed). */
    HUP(1),
    /** Ctrl-C (the key in the screens, or the signal): the screens leave as on the key. */
    INT(2),
    /** {@code kill} without a signal name. */
    TERM(15);

    private final int number;

    ExitSignal(int number) {
        this.number = number;
    }

    /** Returns the exit status after this signal: 128 plus its number. */
    public int exitCode() {
        return 128 + number;
    }
}
