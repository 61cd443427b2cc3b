package dev.vastlaunch.app;

/**
 * Reads one command on the screens' {@code :} bar and turns it into actions; implemented by the shell package.
 *
 * <p>Called on the owner thread, which it blocks while the user types; usage problems are shown under the prompt
 * and the line is kept for editing, so a result only carries commands that parsed.
 */
public interface CommandBar {
    /** Reads a command for {@code state}; returns its actions, a quit request, or nothing when cancelled. */
    BarResult read(State state);
}
