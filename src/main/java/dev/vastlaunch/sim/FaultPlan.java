package dev.vastlaunch.sim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Holds the fault modes switched on for the running simulator; changes apply to the next request.
 *
 * <p>Counted faults ("the next N requests") are consumed one per request, and only by requests to the
 * {@linkplain #scope(String) scoped route} when one is set. Route names: {@code bundles}, {@code asks},
 * {@code instances}, {@code instance}, {@code templates}, {@code gpu_names}, {@code filters}. Thread-safe.
 */
public final class FaultPlan {
    private final AtomicInteger latencyMs = new AtomicInteger();
    private final AtomicInteger rateLimitBurst = new AtomicInteger();
    private final AtomicInteger error5xx = new AtomicInteger();
    private final AtomicInteger reset = new AtomicInteger();
    private final AtomicInteger malformedJson = new AtomicInteger();
    private final AtomicInteger takeNextCreate = new AtomicInteger();
    private final AtomicInteger resetAfterCreate = new AtomicInteger();
    private final AtomicInteger served5xx = new AtomicInteger();
    private final IntConsumer offerTaker;
    private final SplittableRandom random;
    private volatile double failRate;
    private volatile @Nullable String scope;

    FaultPlan(IntConsumer offerTaker, long seed) {
        this.offerTaker = offerTaker;
        this.random = new SplittableRandom(seed ^ 0x5eedL);
    }

    /** Adds {@code ms} of latency before every API response (0 turns it off). */
    public FaultPlan latencyMs(int ms) {
        latencyMs.set(Math.max(0, ms));
        return this;
    }

    /** Answers the next {@code n} requests with 429 and a plain-text body. */
    public FaultPlan rateLimitBurst(int n) {
        rateLimitBurst.set(Math.max(0, n));
        return this;
    }

    /** Answers the next {@code n} requests with 502 and 503 alternately, with a JSON error body. */
    public FaultPlan error5xx(int n) {
        error5xx.set(Math.max(0, n));
        return this;
    }

    /** Aborts the next {@code n} requests mid-response without handling them. */
    public FaultPlan resetConnections(int n) {
        reset.set(Math.max(0, n));
        return this;
    }

    /** Handles the next {@code n} requests but truncates their 200 bodies into invalid JSON. */
    public FaultPlan malformedJson(int n) {
        malformedJson.set(Math.max(0, n));
        return this;
    }

    /** Rents {@code offerId} to "someone else" now: it leaves searches and a create gets 404 no_such_ask. */
    public FaultPlan takeOffer(int offerId) {
        offerTaker.accept(offerId);
        return this;
    }

    /** Makes the next {@code n} creates find their offer rented by someone else. */
    public FaultPlan takeNextCreate(int n) {
        takeNextCreate.set(Math.max(0, n));
        return this;
    }

    /** Performs the next {@code n} creates, then aborts their responses so the client cannot know. */
    public FaultPlan resetAfterCreate(int n) {
        resetAfterCreate.set(Math.max(0, n));
        return this;
    }

    /** Answers each request with 503 with probability {@code p} (0..1), from a seeded random source. */
    public FaultPlan failRate(double p) {
        failRate = Math.max(0, Math.min(1, p));
        return this;
    }

    /** Limits counted faults to one route name, or to all routes when {@code route} is null. */
    public FaultPlan scope(@Nullable String route) {
        scope = route;
        return this;
    }

    /** Turns every fault off. */
    public FaultPlan clear() {
        for (AtomicInteger a :
                List.of(latencyMs, rateLimitBurst, error5xx, reset, malformedJson, takeNextCreate, resetAfterCreate)) {
            a.set(0);
        }
        failRate = 0;
        scope = null;
        return this;
    }

    /** Returns the added latency in ms. */
    public int latencyMs() {
        return latencyMs.get();
    }

    /** Returns the current settings as the admin route shows them. */
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("latency_ms", latencyMs.get());
        m.put("rate_limit_burst", rateLimitBurst.get());
        m.put("error_5xx", error5xx.get());
        m.put("reset", reset.get());
        m.put("malformed_json", malformedJson.get());
        m.put("take_next_create", takeNextCreate.get());
        m.put("reset_after_create", resetAfterCreate.get());
        m.put("fail_rate", failRate);
        String s = scope;
        m.put("scope", s == null ? "" : s);
        return m;
    }

    /** Applies the keys present in an admin request body; absent keys keep their value. */
    void apply(Map<String, @Nullable Object> body) {
        intKey(body, "latency_ms", this::latencyMs);
        intKey(body, "rate_limit_burst", this::rateLimitBurst);
        intKey(body, "error_5xx", this::error5xx);
        intKey(body, "reset", this::resetConnections);
        intKey(body, "malformed_json", this::malformedJson);
        intKey(body, "take_next_create", this::takeNextCreate);
        intKey(body, "reset_after_create", this::resetAfterCreate);
        double rate = Values.number(body.get("fail_rate"));
        if (!Double.isNaN(rate)) {
            failRate(rate);
        }
        if (body.containsKey("scope")) {
            Object s = body.get("scope");
            scope(s == null || s.toString().isEmpty() ? null : s.toString());
        }
        Object take = body.get("take_offer");
        List<?> ids = take instanceof List<?> l ? l : take == null ? List.of() : List.of(take);
        for (Object id : ids) {
            double d = Values.number(id);
            if (!Double.isNaN(d)) {
                takeOffer((int) d);
            }
        }
    }

    private static void intKey(Map<String, @Nullable Object> body, String key, java.util.function.IntConsumer set) {
        double d = Values.number(body.get(key));
        if (!Double.isNaN(d)) {
            set.accept((int) d);
        }
    }

    boolean consumeRateLimit(String route) {
        return consume(rateLimitBurst, route);
    }

    /** Returns 502 or 503 when a 5xx is due for this request, else 0. */
    int consume5xx(String route) {
        if (consume(error5xx, route)) {
            return served5xx.getAndIncrement() % 2 == 0 ? 502 : 503;
        }
        double p = failRate;
        if (p > 0) {
            synchronized (random) {
                return random.nextDouble() < p ? 503 : 0;
            }
        }
        return 0;
    }

    boolean consumeReset(String route) {
        return consume(reset, route);
    }

    boolean consumeMalformed(String route) {
        return consume(malformedJson, route);
    }

    boolean consumeTakeNextCreate() {
        return takeNextCreate.getAndUpdate(v -> v > 0 ? v - 1 : 0) > 0;
    }

    boolean consumeResetAfterCreate() {
        return resetAfterCreate.getAndUpdate(v -> v > 0 ? v - 1 : 0) > 0;
    }

    private boolean consume(AtomicInteger counter, String route) {
        String s = scope;
        if (s != null && !s.equals(route)) {
            return false;
        }
        return counter.getAndUpdate(v -> v > 0 ? v - 1 : 0) > 0;
    }
}
