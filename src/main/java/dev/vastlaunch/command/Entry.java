package dev.vastlaunch.command;

/** Lists where a command line comes from; some commands work in only some of them. */
public enum Entry {
    /** The {@code :} bar over the screens. */
    BAR,
    /** The standalone shell, {@code vastlaunch shell}. */
    SHELL,
    /** The command line of a script, {@code vastlaunch VERB ...}. */
    ONE_SHOT
}
