package dev.vastlaunch.app;

import dev.vastlaunch.launch.InstanceService;
import dev.vastlaunch.launch.Submitter;
import dev.vastlaunch.offers.OfferSource;

/** Returns the outside world the session's effects talk to: offers, the one submitter, and instances. */
public record Ports(OfferSource offers, Submitter submitter, InstanceService instances) {}
