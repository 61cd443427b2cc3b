package dev.vastlaunch.app;

import dev.vastlaunch.launch.InstanceService;
import dev.vastlaunch.launch.Submitter;
import dev.vastlaunch.offers.JsonText;
import dev.vastlaunch.offers.OfferSource;

/**
 * Returns the outside world the session's effects talk to: offers, the one submitter, and instances; and the wire's
 * one JSON writer, so the screens and scripts print bodies as the client sends them.
 */
public record Ports(OfferSource offers, Submitter submitter, InstanceService instances, JsonText json) {}
