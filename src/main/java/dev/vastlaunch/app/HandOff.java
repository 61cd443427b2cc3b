package dev.vastlaunch.app;

import java.util.List;

/**
 * Hands the terminal to another program (the system {@code ssh}) until it exits, then takes it back; implemented by
 * whoever owns the terminal (the screens suspend and redraw around it).
 */
public interface HandOff {
    /** Runs {@code argv} on the terminal and blocks until it exits. */
    Ended run(List<String> argv);

    /** Returns how a handed-off program ended. */
    sealed interface Ended {
        /** It ran and exited with {@code code}. */
        record Exited(int code) implements Ended {}

        /** It could not run; {@code why} says so in words (e.g. ssh is not installed). */
        record Failed(String why) implements Ended {}
    }
}
