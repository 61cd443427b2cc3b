package dev.vastlaunch.config;

import java.util.List;

/** Returns the lines of a state file as read, or why none were (the file was set aside or cannot be read). */
public sealed interface StateLines {
    /** The file's lines (none when it does not exist). */
    record Read(List<String> lines) implements StateLines {
        public Read {
            lines = List.copyOf(lines);
        }
    }

    /** The file was not used; {@code note} says why and where it went, in one line. */
    record Skipped(String note) implements StateLines {}
}
