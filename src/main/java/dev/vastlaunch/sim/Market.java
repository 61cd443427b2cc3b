package dev.vastlaunch.sim;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Holds the offer catalog and which offers are already rented.
 *
 * <p>The catalog is generated on a background thread so that starting the server never waits for it; the first
 * request that needs offers waits instead. Thread-safe.
 */
final class Market {
    private final CompletableFuture<Offer[]> catalog = new CompletableFuture<>();
    private final Set<Integer> taken = ConcurrentHashMap.newKeySet();
    private volatile long generationNanos = -1;
    private volatile long generationCpuNanos = -1;

    /** Starts generating {@code count} offers for {@code seed} listed at {@code nowEpochSeconds}. */
    Market(long seed, int count, double nowEpochSeconds) {
        Thread t = new Thread(
                () -> {
                    try {
                        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
                        long cpuStart = mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : 0;
                        long start = System.nanoTime();
                        Offer[] offers = CatalogGenerator.generate(seed, count, nowEpochSeconds);
                        generationNanos = System.nanoTime() - start;
                        generationCpuNanos =
                                mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() - cpuStart : -1;
                        catalog.complete(offers);
                    } catch (RuntimeException | Error e) {
                        catalog.completeExceptionally(e);
                    }
                },
                "vast-sim-catalog");
        t.setDaemon(true);
        t.start();
    }

    /** Returns all offers sorted by id, waiting for generation to finish. */
    Offer[] offers() {
        return catalog.join();
    }

    /** Returns how long catalog generation took in ms, waiting for it to finish. */
    double generationMillis() {
        catalog.join();
        return generationNanos / 1e6;
    }

    /** Returns the CPU time catalog generation used in ms (-1 if unknown), waiting for it to finish. */
    double generationCpuMillis() {
        catalog.join();
        return generationCpuNanos < 0 ? -1 : generationCpuNanos / 1e6;
    }

    /** Returns whether the offer has been rented (or taken by a fault). */
    boolean isTaken(int id) {
        return taken.contains(id);
    }

    /** Returns the offer with this id whether or not it is taken, or null when it never existed. */
    @Nullable
    Offer find(long id) {
        Offer[] all = offers();
        int lo = 0;
        int hi = all.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int midId = all[mid].id();
            if (midId < id) {
                lo = mid + 1;
            } else if (midId > id) {
                hi = mid - 1;
            } else {
                return all[mid];
            }
        }
        return null;
    }

    /** Marks the offer as rented; returns false when someone already had it. */
    boolean take(int id) {
        return taken.add(id);
    }

    /** Returns the ids of the rented offers, sorted. */
    List<Integer> takenIds() {
        List<Integer> ids = new ArrayList<>(taken);
        java.util.Collections.sort(ids);
        return ids;
    }

    /** Puts every offer back on the market. */
    void reset() {
        taken.clear();
    }

    /** Returns the number of offers still available. */
    int availableCount() {
        return offers().length - taken.size();
    }

    /** Returns the distinct GPU names in the catalog, sorted. */
    List<String> gpuNames() {
        Set<String> names = new TreeSet<>();
        for (Offer o : offers()) {
            names.add(o.gpu().name());
        }
        return new ArrayList<>(names);
    }
}
