package dev.vastlaunch.api;

import java.time.Duration;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Returns how {@link VastHttpClient} talks to the server.
 *
 * <p>{@code maxAttempts} counts every try of a repeatable call, the first included (the official CLI's
 * {@code --retry}, default 3); the wait before retry {@code n} is {@code initialBackoff * 1.5^(n-1)}. {@code log},
 * when set, receives one line per request and answer, with the key redacted. {@link #toString()} never shows the key.
 *
 * @param baseUrl the server, e.g. {@code https://console.vast.ai}; plain http only for loopback hosts
 * @param apiKey the key sent as {@code Authorization: Bearer}, or null to send none
 * @param userAgentVersion the version in {@code User-Agent: vastlaunch/<version>}
 */
public record ClientSettings(
        String baseUrl,
        @Nullable String apiKey,
        String userAgentVersion,
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        int maxAttempts,
        Duration initialBackoff,
        @Nullable Consumer<String> log) {

    /** The official server. */
    public static final String DEFAULT_BASE_URL = "https://console.vast.ai";

    public ClientSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts < 1: " + maxAttempts);
        }
        requireNotNegative("connectTimeout", connectTimeout);
        requireNotNegative("readTimeout", readTimeout);
        requireNotNegative("callTimeout", callTimeout);
        requireNotNegative("initialBackoff", initialBackoff);
        if (apiKey != null && apiKey.isBlank()) {
            apiKey = null;
        }
    }

    /**
     * Returns settings with the defaults: connect 10 s, read 60 s, whole call 120 s (the CLI's limit), 3 attempts,
     * first backoff 0.15 s, no log.
     */
    public static ClientSettings defaults(String baseUrl, @Nullable String apiKey, String userAgentVersion) {
        return new ClientSettings(
                baseUrl,
                apiKey,
                userAgentVersion,
                Duration.ofSeconds(10),
                Duration.ofSeconds(60),
                Duration.ofSeconds(120),
                3,
                Duration.ofMillis(150),
                null);
    }

    /** Returns these settings with other timeouts; zero means no limit, as in OkHttp. */
    public ClientSettings withTimeouts(Duration connect, Duration read, Duration call) {
        return new ClientSettings(
                baseUrl, apiKey, userAgentVersion, connect, read, call, maxAttempts, initialBackoff, log);
    }

    /** Returns these settings with another retry budget. */
    public ClientSettings withRetries(int attempts, Duration firstBackoff) {
        return new ClientSettings(
                baseUrl,
                apiKey,
                userAgentVersion,
                connectTimeout,
                readTimeout,
                callTimeout,
                attempts,
                firstBackoff,
                log);
    }

    /** Returns these settings with a log sink (or none when null). */
    public ClientSettings withLog(@Nullable Consumer<String> sink) {
        return new ClientSettings(
                baseUrl,
                apiKey,
                userAgentVersion,
                connectTimeout,
                readTimeout,
                callTimeout,
                maxAttempts,
                initialBackoff,
                sink);
    }

    @Override
    public String toString() {
        return "ClientSettings[baseUrl=" + new Redactor(apiKey).redact(baseUrl)
                + ", apiKey=" + (apiKey == null ? "none" : Redactor.MASK)
                + ", userAgentVersion=" + userAgentVersion
                + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout
                + ", callTimeout=" + callTimeout
                + ", maxAttempts=" + maxAttempts
                + ", initialBackoff=" + initialBackoff
                + ", log=" + (log == null ? "none" : "set") + "]";
    }

    private static void requireNotNegative(String name, Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " < 0: " + value);
        }
    }
}
