package dev.vastlaunch.sim;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Talks to a running simulator over real HTTP, the way a client would; for tests. */
final class SimHttp {
    private static final Moshi MOSHI = new Moshi.Builder().build();
    private static final JsonAdapter<Map<String, Object>> MAP =
            MOSHI.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
    private static final JsonAdapter<Object> ANY = MOSHI.adapter(Object.class).serializeNulls();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SimServer server;

    SimHttp(SimServer server) {
        this.server = server;
    }

    /** Is one HTTP answer. */
    record Reply(int status, String contentType, String body) {
        Map<String, Object> json() {
            try {
                Map<String, Object> m = MAP.fromJson(body);
                if (m == null) {
                    throw new AssertionError("null JSON body");
                }
                return m;
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list(String key) {
            return (List<Map<String, Object>>) Objects.requireNonNull(json().get(key), key);
        }

        List<Map<String, Object>> offers() {
            return list("offers");
        }
    }

    /** Returns the JSON text of a plain value. */
    static String toJson(@Nullable Object value) {
        return ANY.toJson(value);
    }

    /** Returns {@code value} as a query parameter value: JSON, then form-encoded like the CLI. */
    static String q(Object value) {
        String json = value instanceof String s ? s : toJson(value);
        return URLEncoder.encode(json, StandardCharsets.UTF_8);
    }

    Reply search(Object body) {
        return send("POST", "/api/v0/bundles/", toJson(body), true);
    }

    Reply create(long offerId, Object body) {
        return send("PUT", "/api/v0/asks/" + offerId + "/", toJson(body), true);
    }

    Reply get(String path) {
        return send("GET", path, null, true);
    }

    Reply send(String method, String path, @Nullable String body, boolean auth) {
        try {
            return sendOrThrow(method, path, body, auth ? "Bearer " + server.apiKey() : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends and lets transport failures through, for the connection fault tests. */
    Reply sendOrThrow(String method, String path, @Nullable String body, @Nullable String authorization)
            throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
