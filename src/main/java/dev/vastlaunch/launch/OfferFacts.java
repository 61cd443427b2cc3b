package dev.vastlaunch.launch;

import org.jspecify.annotations.Nullable;

/**
 * Returns what a draft knows about the chosen offer, for price and disk checks.
 *
 * @param onDemandDph the on-demand price in $/hour, when known
 * @param minBid the minimum bid in $/hour when the offer was found as interruptible
 * @param diskSpaceGb the disk the machine offers, in GB
 * @param computeDph the compute part of the price in $/hour for the type it was found as (storage excluded)
 * @param storageCostPerGbMonth the storage price in $ per GB per month
 * @param machineId the host machine, used to recognise an instance whose create answer was lost (0 when unknown)
 */
public record OfferFacts(
        long offerId,
        String gpuName,
        int numGpus,
        @Nullable Double onDemandDph,
        @Nullable Double minBid,
        double diskSpaceGb,
        boolean interruptible,
        double computeDph,
        double storageCostPerGbMonth,
        long machineId) {}
