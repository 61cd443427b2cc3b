package dev.vastlaunch.sim;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Is one rented instance: what was asked for at create time plus the few things that change later.
 *
 * <p>Mutable fields are guarded by the owning {@link InstanceStore}'s lock.
 */
final class Instance {
    /** Is everything fixed at create time. */
    record Spec(
            long id,
            Offer offer,
            String apiKey,
            @Nullable Double bidPrice,
            double disk,
            String image,
            String runtype,
            Map<String, String> env,
            @Nullable String onstart,
            List<String> args,
            @Nullable String argsStr,
            @Nullable Template template,
            @Nullable String jupyterDir,
            double createdAt,
            Map<String, String> hostPorts,
            int sshPort,
            String sshHost,
            String jupyterToken,
            @Nullable Object volumeInfo) {

        /** Returns whether the instance is interruptible. */
        boolean bid() {
            return bidPrice != null;
        }

        /** Returns the compute price in $/hour: the bid, else the offer's on-demand price. */
        double compute() {
            Double b = bidPrice;
            return b != null ? b : offer.dphBase();
        }
    }

    final Spec spec;

    @Nullable
    String label;

    String intended;
    /** Is the current bid in $/hour (changed by {@code change bid}), or null for on-demand. */
    @Nullable
    Double bid;
    /** Is the money spent up to {@link #accruedToMillis}, in dollars. */
    double spent;
    /** Is the clock millis up to which {@link #spent} is counted. */
    long accruedToMillis;
    /** Is the clock millis when the current walk towards running began. */
    long phaseStartMillis;
    /** Is whether the walk starts from provisioning (null status) rather than a restart. */
    boolean fresh = true;

    Instance(Spec spec, @Nullable String label, String intended, long nowMillis) {
        this.spec = spec;
        this.label = label;
        this.intended = intended;
        this.phaseStartMillis = nowMillis;
        this.bid = spec.bidPrice();
        this.accruedToMillis = nowMillis;
    }

    /** Returns the compute price in $/hour: the current bid, else the offer's on-demand price. */
    double compute() {
        Double b = bid;
        return b != null ? b : spec.offer().dphBase();
    }

    /** Returns the storage price in $/hour for the instance's disk, charged whether it runs or not. */
    double storageHourly() {
        return spec.offer().storageCost() * spec.disk() / Pricing.HOURS_PER_MONTH;
    }

    /** Returns the dollars spent by {@code nowMillis}: storage all the time, compute while running. */
    double spentAt(long nowMillis, long runningAfterMs) {
        long from = accruedToMillis;
        if (nowMillis <= from) {
            return spent;
        }
        double hours = (nowMillis - from) / 3_600_000.0;
        double total = spent + storageHourly() * hours;
        if (intended.equals("running") && !outbid()) {
            long runningFrom = Math.max(from, phaseStartMillis + runningAfterMs);
            if (nowMillis > runningFrom) {
                total += compute() * (nowMillis - runningFrom) / 3_600_000.0;
            }
        }
        return total;
    }

    /** Books the spending up to {@code nowMillis}; call before anything that changes the rate. */
    void accrue(long nowMillis, long runningAfterMs) {
        spent = spentAt(nowMillis, runningAfterMs);
        accruedToMillis = Math.max(accruedToMillis, nowMillis);
    }

    /**
     * Returns {@code actual_status} at {@code nowMillis}: null, loading, running, or exited (the word the API and
     * the official CLI use for a stopped container).
     */
    @Nullable
    String actualStatus(long nowMillis, long loadingAfterMs, long runningAfterMs) {
        if (intended.equals("stopped") || outbid()) {
            return "exited";
        }
        long elapsed = nowMillis - phaseStartMillis;
        if (fresh && elapsed < loadingAfterMs) {
            return null;
        }
        return elapsed < runningAfterMs ? "loading" : "running";
    }

    /** Returns whether a bid below the offer's minimum keeps the instance from running. */
    boolean outbid() {
        Double b = bid;
        return b != null && b < spec.offer().minBid();
    }
}
