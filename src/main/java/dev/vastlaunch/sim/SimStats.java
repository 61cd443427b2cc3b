package dev.vastlaunch.sim;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts what the simulator did, so tests can assert for example that a launch created exactly once. */
public final class SimStats {
    private final AtomicInteger creates = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, AtomicInteger> byRoute = new ConcurrentHashMap<>();

    /** Returns how many instances were created (successful {@code PUT /asks/{id}/}). */
    public int creates() {
        return creates.get();
    }

    /** Returns how many API requests arrived (admin routes excluded). */
    public int requests() {
        return requests.get();
    }

    /** Returns how many API requests arrived per route name. */
    public Map<String, Integer> byRoute() {
        Map<String, Integer> out = new TreeMap<>();
        byRoute.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    void countRequest(String route) {
        requests.incrementAndGet();
        byRoute.computeIfAbsent(route, k -> new AtomicInteger()).incrementAndGet();
    }

    void countCreate() {
        creates.incrementAndGet();
    }

    void reset() {
        creates.set(0);
        requests.set(0);
        byRoute.clear();
    }
}
