package dev.vastlaunch.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.jspecify.annotations.Nullable;

/** Builds clients, canned answers and fixture text for the api tests. */
final class ApiFixtures {
    static final String KEY = "test-key-4711";
    static final String VERSION = "1.2.3";
    /** The tests' "now": 2026-07-25T16:40:00Z, a little after the fixtures' newest start_date. */
    static final Instant NOW = Instant.ofEpochSecond(1_785_000_000L);

    private ApiFixtures() {}

    /** Returns the text of {@code src/test/resources/fixtures/<name>}. */
    static String fixture(String name) {
        try (InputStream in = ApiFixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a JSON answer with {@code Content-Type: application/json}, as the real server sends it. */
    static MockResponse json(int status, String body) {
        return new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    static MockResponse json(String body) {
        return json(200, body);
    }

    /** Returns a plain-text answer. */
    static MockResponse text(int status, String body) {
        return new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "text/plain")
                .body(body)
                .build();
    }

    /** Returns settings for {@code server}: 3 attempts, 1 ms first backoff, short timeouts, a recording log. */
    static ClientSettings settings(MockWebServer server, @Nullable String key, @Nullable List<String> log) {
        return settings(server.url("/").toString(), key, log);
    }

    static ClientSettings settings(String baseUrl, @Nullable String key, @Nullable List<String> log) {
        return ClientSettings.defaults(baseUrl, key, VERSION)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5))
                .withRetries(3, Duration.ofMillis(1))
                .withLog(log == null ? null : log::add);
    }

    /** Returns a client whose clock stands at {@link #NOW}. */
    static VastHttpClient client(ClientSettings settings) {
        return VastHttpClient.create(settings, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static VastHttpClient client(MockWebServer server) {
        return client(settings(server, KEY, null));
    }

    static List<String> newLog() {
        return new CopyOnWriteArrayList<>();
    }
}
