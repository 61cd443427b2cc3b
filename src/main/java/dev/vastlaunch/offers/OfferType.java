package dev.vastlaunch.offers;

import java.util.Locale;
import java.util.Optional;

/** Lists the pricing types of a search, with the wire value the API expects. */
public enum OfferType {
    ON_DEMAND("on-demand"),
    INTERRUPTIBLE("bid"),
    RESERVED("reserved");

    private final String wire;

    OfferType(String wire) {
        this.wire = wire;
    }

    /** Returns the value sent as {@code "type"} in the search body. */
    public String wire() {
        return wire;
    }

    /** Parses a {@code --type} value: on-demand, ondemand, bid, interruptible or reserved. */
    public static Optional<OfferType> parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "on-demand", "ondemand" -> Optional.of(ON_DEMAND);
            case "bid", "interruptible" -> Optional.of(INTERRUPTIBLE);
            case "reserved" -> Optional.of(RESERVED);
            default -> Optional.empty();
        };
    }
}
