package dev.vastlaunch.app;

import dev.vastlaunch.launch.LaunchRequest;
import dev.vastlaunch.offers.OfferQuery;
import dev.vastlaunch.offers.OfferType;

/** Lists the I/O the update function asks for; the session runs them off the owner thread. */
public sealed interface Effect {
    /** Search offers; the answer comes back as {@link Action.OffersLoaded} with the same id. */
    record SearchOffers(long searchId, OfferQuery query) implements Effect {}

    /** Count offers with each filter of {@code query} dropped, to explain an empty result. */
    record ExplainEmpty(long searchId, OfferQuery query) implements Effect {}

    /** Load the templates (recommended and the user's own). */
    record LoadTemplates() implements Effect {}

    /** Look up one offer (rentable, priced for {@code type} with {@code diskGb} of storage) for the launch checks. */
    record FetchOffer(long offerId, OfferType type, double diskGb) implements Effect {}

    /** Submit the create request exactly once. */
    record SubmitLaunch(LaunchRequest request) implements Effect {}

    /** Read instance {@code instanceId} after {@code delayMillis}. */
    record PollInstance(long instanceId, long delayMillis) implements Effect {}

    /** Load the GPU names for completion. */
    record LoadGpuNames() implements Effect {}

    /** Destroy instance {@code instanceId}. */
    record DestroyInstance(long instanceId) implements Effect {}

    /** Load the user's instances. */
    record ListInstances() implements Effect {}
}
