package dev.vastlaunch.app;

import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.LaunchDraft;
import dev.vastlaunch.launch.OfferFacts;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferType;
import java.util.Optional;

/**
 * The one price function: a draft on an offer, for its type, storage for the draft's disk included. Every screen,
 * prompt, table and result takes its price from here.
 */
public final class Pricing {
    /** Hours in the month that {@code storage_cost} ($/GB/month) is quoted over, as the API does. */
    static final double HOURS_PER_MONTH = 30 * 24;

    private Pricing() {}

    /** Returns the price of {@code draft} on its offer, or empty when the offer's facts are not known yet. */
    public static Optional<Price> of(LaunchDraft draft) {
        OfferFacts f = draft.offer();
        if (f == null || (draft.offerId() != null && f.offerId() != draft.offerId())) {
            return Optional.empty();
        }
        Double bid = draft.price();
        double disk = draft.effectiveDiskGb();
        double storage = disk * f.storageCostPerGbMonth() / HOURS_PER_MONTH;
        if (bid != null) {
            return Optional.of(new Price(bid, storage, disk, "bid"));
        }
        return Optional.of(new Price(f.computeDph(), storage, disk, f.interruptible() ? "bid" : "on-demand"));
    }

    /** Returns the price of renting {@code offer} as found with {@code type}, with {@code diskGb} of storage. */
    public static Price of(Offer offer, OfferType type, double diskGb) {
        double storage = diskGb * offer.storageCostPerGbMonth() / HOURS_PER_MONTH;
        return new Price(compute(offer, type), storage, diskGb, kind(type));
    }

    /**
     * Returns the facts a draft keeps about {@code offer} found with {@code type}, for its price and checks. An offer
     * found as reserved is launched, and billed, on-demand: a create has no reserved type and the discount needs a
     * prepay afterwards (reference §6.4), so its draft is priced on-demand, as a {@code create instance ID} is.
     */
    public static OfferFacts facts(Offer offer, OfferType type) {
        boolean bid = type == OfferType.INTERRUPTIBLE;
        OfferType billed = type == OfferType.RESERVED ? OfferType.ON_DEMAND : type;
        return new OfferFacts(
                offer.id(),
                offer.gpuName(),
                offer.numGpus(),
                bid ? null : offer.dphTotal(),
                bid ? offer.minBid() : null,
                offer.diskSpaceGb(),
                bid,
                compute(offer, billed),
                offer.storageCostPerGbMonth(),
                offer.machineId());
    }

    /**
     * Returns the cost of renting {@code offer} as the offers screen shows it for {@code type}; for a reserved search
     * it adds what a launch is billed until the reservation is prepaid.
     */
    public static String describe(Offer offer, OfferType type, double diskGb, int hours) {
        String price = of(offer, type, diskGb).describe(hours);
        if (type != OfferType.RESERVED) {
            return price;
        }
        return price + "; a launch is billed on-demand, "
                + of(offer, OfferType.ON_DEMAND, diskGb).perHourText()
                + ", until you prepay (vastai prepay instance ID AMOUNT)";
    }

    /**
     * Returns what {@code instance} costs per hour now: its whole price while it runs or loads, only its storage once
     * stopped or exited, since Vast bills storage all the time and compute only while the container runs.
     */
    public static double perHourNow(Instance instance) {
        boolean computing = !instance.isStopped() && !"exited".equals(instance.actualStatus());
        return computing ? instance.dphTotal() : instance.storagePerHour();
    }

    /**
     * Returns an estimate of what {@code instance} has cost since it was created, at {@code nowEpochSeconds}: its
     * price now times its age (the API reports no running total per instance, so a stopped spell counts at the full
     * price; the estimate errs high).
     */
    public static double spentSoFar(Instance instance, double nowEpochSeconds) {
        if (instance.startDate() <= 0) {
            return 0;
        }
        double hours = Math.max(0, nowEpochSeconds - instance.startDate()) / 3600;
        return instance.dphTotal() * hours;
    }

    /** Returns the compute part in $/hour: the minimum bid, the reserved price, or the base price. */
    private static double compute(Offer offer, OfferType type) {
        if (type == OfferType.INTERRUPTIBLE && offer.minBid() != null) {
            return offer.minBid();
        }
        Double discounted = offer.discountedDphTotal();
        if (type == OfferType.RESERVED && discounted != null) {
            return Math.max(0, discounted - (offer.dphTotal() - offer.dphBase()));
        }
        return offer.dphBase();
    }

    private static String kind(OfferType type) {
        return switch (type) {
            case INTERRUPTIBLE -> "bid";
            case RESERVED -> "reserved";
            case ON_DEMAND -> "on-demand";
        };
    }
}
