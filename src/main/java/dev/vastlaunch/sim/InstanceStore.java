package dev.vastlaunch.sim;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Holds the instances of the simulated account and renders them as API rows. Thread-safe. */
final class InstanceStore {
    /** Is the id of the first instance; later ones count up from here. */
    static final long FIRST_ID = 30_000_000L;

    private final Map<Long, Instance> byId = new TreeMap<>();
    private final Clock clock;
    private final long loadingAfterMs;
    private final long runningAfterMs;
    private long nextId = FIRST_ID;
    /** Is what destroyed instances spent, in dollars; it stays on the account. */
    private double destroyedSpend;
    /** Is every id destroyed since start or reset, so that a repeated bulk destroy can succeed. */
    private final java.util.Set<Long> destroyedIds = new java.util.HashSet<>();

    private Runnable onChange = () -> {};

    InstanceStore(Clock clock, long loadingAfterMs, long runningAfterMs) {
        this.clock = clock;
        this.loadingAfterMs = loadingAfterMs;
        this.runningAfterMs = Math.max(loadingAfterMs, runningAfterMs);
    }

    /** Sets what runs after every change (the demo's state file is written there). */
    synchronized void onChange(Runnable hook) {
        onChange = hook;
    }

    /** Returns the id the next instance will get. */
    synchronized long peekNextId() {
        return nextId;
    }

    /** Returns the dollars the account has spent so far, destroyed instances included. */
    synchronized double spent() {
        long now = clock.millis();
        double total = destroyedSpend;
        for (Instance i : byId.values()) {
            total += i.spentAt(now, runningAfterMs);
        }
        return total;
    }

    /** Returns what destroyed instances spent, for {@link SimState}. */
    synchronized double destroyedSpend() {
        return destroyedSpend;
    }

    /** Returns every instance as plain values, for {@link SimState}. */
    synchronized List<Map<String, @Nullable Object>> snapshot() {
        List<Map<String, @Nullable Object>> out = new ArrayList<>();
        byId.values().forEach(i -> out.add(InstanceSnapshot.of(i)));
        return out;
    }

    /** Puts back instances saved by {@link #snapshot()}; rows that no longer fit the catalog are skipped. */
    synchronized void restore(
            List<Map<String, @Nullable Object>> rows,
            long next,
            double destroyed,
            Market market,
            TemplateStore templates) {
        destroyedSpend = destroyed;
        for (Map<String, @Nullable Object> row : rows) {
            Instance i = InstanceSnapshot.read(row, market, templates);
            if (i != null) {
                byId.put(i.spec.id(), i);
            }
        }
        nextId = Math.max(nextId, next);
    }

    /** Reserves the next instance id. */
    synchronized long nextId() {
        return nextId++;
    }

    /** Stores a new instance that starts provisioning now, or stays stopped when asked to. */
    synchronized void add(Instance.Spec spec, @Nullable String label, String intended) {
        byId.put(spec.id(), new Instance(spec, label, intended, clock.millis()));
        onChange.run();
    }

    /** Returns the row of one instance, or null when there is none. */
    synchronized @Nullable Map<String, @Nullable Object> row(long id) {
        Instance i = byId.get(id);
        return i == null ? null : render(i);
    }

    /** Returns all rows in id order. */
    synchronized List<Map<String, @Nullable Object>> rows() {
        List<Map<String, @Nullable Object>> out = new ArrayList<>();
        for (Instance i : byId.values()) {
            out.add(render(i));
        }
        return out;
    }

    /** Sets the intended state ({@code running} or {@code stopped}); returns false for an unknown id. */
    synchronized boolean setState(long id, String state) {
        Instance i = byId.get(id);
        if (i == null) {
            return false;
        }
        i.accrue(clock.millis(), runningAfterMs);
        if (state.equals("running") && !i.intended.equals("running")) {
            // A restart skips provisioning but still passes through "loading" on its way to running.
            i.fresh = false;
            i.phaseStartMillis = clock.millis() - loadingAfterMs;
        }
        i.intended = state;
        onChange.run();
        return true;
    }

    /** Sets the label; returns false for an unknown id. */
    synchronized boolean setLabel(long id, @Nullable String label) {
        Instance i = byId.get(id);
        if (i == null) {
            return false;
        }
        i.label = label;
        onChange.run();
        return true;
    }

    /** Returns whether the instance with this id was destroyed since start or reset. */
    synchronized boolean wasDestroyed(long id) {
        return destroyedIds.contains(id);
    }

    /** Returns whether an instance with this id exists. */
    synchronized boolean exists(long id) {
        return byId.containsKey(id);
    }

    /**
     * Restarts the container: it passes through loading again, or through provisioning too when {@code fresh}
     * (a recycle, which pulls the image anew); a stopped instance is started. Returns false for an unknown id.
     */
    synchronized boolean restart(long id, boolean fresh) {
        Instance i = byId.get(id);
        if (i == null) {
            return false;
        }
        long now = clock.millis();
        i.accrue(now, runningAfterMs);
        i.intended = "running";
        i.fresh = fresh;
        i.phaseStartMillis = fresh ? now : now - loadingAfterMs;
        onChange.run();
        return true;
    }

    /** Sets the bid of an interruptible instance in $/hour, or the offer's minimum bid when null. */
    synchronized BidChange setBid(long id, @Nullable Double price) {
        Instance i = byId.get(id);
        if (i == null) {
            return BidChange.NOT_FOUND;
        }
        if (i.bid == null) {
            return BidChange.NOT_INTERRUPTIBLE;
        }
        i.accrue(clock.millis(), runningAfterMs);
        i.bid = price != null ? price : i.spec.offer().minBid();
        onChange.run();
        return BidChange.CHANGED;
    }

    /** Is the outcome of {@link #setBid}. */
    enum BidChange {
        CHANGED,
        NOT_FOUND,
        NOT_INTERRUPTIBLE
    }

    /** Destroys the instance, keeping what it spent on the account; returns false for an unknown id. */
    synchronized boolean destroy(long id) {
        Instance removed = byId.remove(id);
        if (removed != null) {
            destroyedIds.add(id);
            destroyedSpend += removed.spentAt(clock.millis(), runningAfterMs);
            onChange.run();
        }
        return removed != null;
    }

    /** Forgets every instance and what the account spent, and restarts ids. */
    synchronized void reset() {
        byId.clear();
        nextId = FIRST_ID;
        destroyedSpend = 0;
        destroyedIds.clear();
    }

    private Map<String, @Nullable Object> render(Instance i) {
        long now = clock.millis();
        return InstanceRows.row(i, i.actualStatus(now, loadingAfterMs, runningAfterMs), now / 1000.0);
    }
}
