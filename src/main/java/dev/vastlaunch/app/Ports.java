package dev.vastlaunch.app;

import dev.vastlaunch.launch.InstanceService;
import dev.vastlaunch.launch.Submitter;
import dev.vastlaunch.offers.JsonText;
import dev.vastlaunch.offers.OfferSource;

/**
 * Returns the outside world the session's effects talk to: offers, the one submitter, and instances; the wire's one
 * JSON writer, so the screens and scripts print bodies as the client sends them; and the presets and history.
 */
public record Ports(
        OfferSource offers, Submitter submitter, InstanceService instances, JsonText json, Library library) {
    /** Returns ports without presets or history (tests and tools that need none). */
    public Ports(OfferSource offers, Submitter submitter, InstanceService instances, JsonText json) {
        this(offers, submitter, instances, json, Library.none());
    }

    /** Returns these ports with {@code next} as the presets and history. */
    public Ports withLibrary(Library next) {
        return new Ports(offers, submitter, instances, json, next);
    }
}
