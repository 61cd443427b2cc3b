package dev.vastlaunch.sim;

import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Configures one simulator run.
 *
 * @param port TCP port on 127.0.0.1, 0 for an ephemeral one
 * @param seed seed of the offer catalog and of instance keys
 * @param apiKey the one key the server accepts
 * @param offerCount number of offers in the catalog
 * @param latencyMs latency added before every API response, in ms
 * @param failRate probability (0..1) of answering any API request with 503
 * @param loadingAfter time from create until {@code actual_status} becomes {@code loading}
 * @param runningAfter time from create until {@code actual_status} becomes {@code running}
 * @param clock time source of instance status and timestamps (tests may pass a fixed or manual one)
 */
public record SimOptions(
        int port,
        long seed,
        String apiKey,
        int offerCount,
        int latencyMs,
        double failRate,
        Duration loadingAfter,
        Duration runningAfter,
        Clock clock,
        @Nullable AccountFile accountFile) {

    /** Is the key the simulator accepts unless told otherwise. */
    public static final String DEMO_KEY = "demo-key-0000";

    /** Validates the options. */
    public SimOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (offerCount < 0) {
            throw new IllegalArgumentException("offerCount must be >= 0: " + offerCount);
        }
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey must not be blank");
        }
        if (failRate < 0 || failRate > 1) {
            throw new IllegalArgumentException("failRate must be 0..1: " + failRate);
        }
        if (latencyMs < 0 || loadingAfter.isNegative() || runningAfter.isNegative()) {
            throw new IllegalArgumentException("latency and durations must not be negative");
        }
    }

    /** Returns the defaults: ephemeral port, seed 42, the demo key, 20,000 offers, loading at 1.5 s, running at 4 s. */
    public static SimOptions defaults() {
        return new SimOptions(
                0, 42, DEMO_KEY, 20_000, 0, 0, Duration.ofMillis(1500), Duration.ofSeconds(4), Clock.systemUTC(), null);
    }

    /** Returns a copy listening on {@code p}. */
    public SimOptions withPort(int p) {
        return new SimOptions(
                p, seed, apiKey, offerCount, latencyMs, failRate, loadingAfter, runningAfter, clock, accountFile);
    }

    /** Returns a copy with catalog seed {@code s}. */
    public SimOptions withSeed(long s) {
        return new SimOptions(
                port, s, apiKey, offerCount, latencyMs, failRate, loadingAfter, runningAfter, clock, accountFile);
    }

    /** Returns a copy accepting key {@code k}. */
    public SimOptions withApiKey(String k) {
        return new SimOptions(
                port, seed, k, offerCount, latencyMs, failRate, loadingAfter, runningAfter, clock, accountFile);
    }

    /** Returns a copy with {@code n} offers. */
    public SimOptions withOfferCount(int n) {
        return new SimOptions(
                port, seed, apiKey, n, latencyMs, failRate, loadingAfter, runningAfter, clock, accountFile);
    }

    /** Returns a copy adding {@code ms} latency to every response. */
    public SimOptions withLatencyMs(int ms) {
        return new SimOptions(
                port, seed, apiKey, offerCount, ms, failRate, loadingAfter, runningAfter, clock, accountFile);
    }

    /** Returns a copy failing requests with 503 at probability {@code p}. */
    public SimOptions withFailRate(double p) {
        return new SimOptions(
                port, seed, apiKey, offerCount, latencyMs, p, loadingAfter, runningAfter, clock, accountFile);
    }

    /** Returns a copy whose instances reach {@code loading} and {@code running} after the given times. */
    public SimOptions withTimings(Duration loading, Duration running) {
        return new SimOptions(
                port, seed, apiKey, offerCount, latencyMs, failRate, loading, running, clock, accountFile);
    }

    /**
     * Returns a copy that keeps its account (instances, rented offers) in {@code file} between runs and shares it with
     * every other process using the same file, or not (null).
     */
    public SimOptions withAccountFile(@Nullable AccountFile file) {
        return new SimOptions(
                port, seed, apiKey, offerCount, latencyMs, failRate, loadingAfter, runningAfter, clock, file);
    }

    /** Returns a copy reading time from {@code c}. */
    public SimOptions withClock(Clock c) {
        return new SimOptions(
                port, seed, apiKey, offerCount, latencyMs, failRate, loadingAfter, runningAfter, c, accountFile);
    }
}
