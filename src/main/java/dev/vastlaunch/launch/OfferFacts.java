package dev.vastlaunch.launch;

import org.jspecify.annotations.Nullable;

/**
 * Returns what a draft knows about the chosen offer, for price and disk checks.
 *
 * @param onDemandDph the on-demand price in $/hour, when known
 * @param minBid the minimum bid in $/hour when the offer was found as interruptible
 * @param diskSpaceGb the disk the machine offers, in GB
 */
public record OfferFacts(
        long offerId,
        String gpuName,
        int numGpus,
        @Nullable Double onDemandDph,
        @Nullable Double minBid,
        double diskSpaceGb,
        boolean interruptible) {}
