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
    /** Is the clock millis when the current walk towards running began. */
    long phaseStartMillis;
    /** Is whether the walk starts from provisioning (null status) rather than a restart. */
    boolean fresh = true;

    Instance(Spec spec, @Nullable String label, String intended, long nowMillis) {
        this.spec = spec;
        this.label = label;
        this.intended = intended;
        this.phaseStartMillis = nowMillis;
    }

    /** Returns {@code actual_status} at {@code nowMillis}: null, loading, running or stopped. */
    @Nullable
    String actualStatus(long nowMillis, long loadingAfterMs, long runningAfterMs) {
        if (intended.equals("stopped")) {
            return "stopped";
        }
        if (outbid()) {
            return "stopped";
        }
        long elapsed = nowMillis - phaseStartMillis;
        if (fresh && elapsed < loadingAfterMs) {
            return null;
        }
        return elapsed < runningAfterMs ? "loading" : "running";
    }

    /** Returns whether a bid below the offer's minimum keeps the instance from running. */
    boolean outbid() {
        Double b = spec.bidPrice();
        return b != null && b < spec.offer().minBid();
    }
}
