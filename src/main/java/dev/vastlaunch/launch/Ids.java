package dev.vastlaunch.launch;

import dev.vastlaunch.offers.Numbers;
import java.util.Optional;

/** Parses the ids users type for offers, instances and volumes: positive whole numbers in ASCII digits. */
public final class Ids {
    private Ids() {}

    /** Returns {@code text} as a positive whole number, or empty when it is not one. */
    public static Optional<Long> parse(String text) {
        return Numbers.whole(text).filter(v -> v > 0);
    }
}
