package dev.vastlaunch.launch;

import java.util.Optional;

/** Parses the ids users type for offers, instances and volumes: positive whole numbers. */
public final class Ids {
    private Ids() {}

    /** Returns {@code text} as a positive whole number, or empty when it is not one. */
    public static Optional<Long> parse(String text) {
        try {
            long v = Long.parseLong(text.strip());
            return v > 0 ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
