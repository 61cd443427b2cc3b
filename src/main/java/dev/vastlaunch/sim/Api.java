package dev.vastlaunch.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Is the single HTTP entry point: reads the request, applies faults and auth, dispatches, and writes the answer.
 *
 * <p>Order per request: latency, then 429 burst, 5xx, reset (none of which touch state), then auth, the handler,
 * and finally the after-handling faults (reset after create, malformed JSON). Admin routes under {@code /__sim/}
 * need the same key and suffer no faults.
 */
final class Api implements HttpHandler {
    private static final byte[] RESET_FILLER =
            ("{\"success\": true, \"msg\": \"" + "x".repeat(512) + "\"}").getBytes(StandardCharsets.UTF_8);

    private final Routes routes;
    private final Admin admin;
    private final FaultPlan faults;
    private final SimStats stats;
    private final String apiKey;

    Api(Routes routes, Admin admin, FaultPlan faults, SimStats stats, String apiKey) {
        this.routes = routes;
        this.admin = admin;
        this.faults = faults;
        this.stats = stats;
        this.apiKey = apiKey;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        SimResponse response;
        try {
            SimRequest req = SimRequest.of(
                    ex.getRequestMethod(),
                    ex.getRequestURI().getRawPath(),
                    ex.getRequestURI().getRawQuery(),
                    ex.getRequestHeaders().getFirst("Authorization"),
                    ex.getRequestBody().readAllBytes());
            if (!req.segments().isEmpty() && req.segments().get(0).equals("__sim")) {
                // Admin routes change faults and wipe the account: only a holder of the key may use them.
                response =
                        authorized(req) ? admin.handle(req) : SimResponse.error(401, "auth_error", "Invalid user key");
            } else {
                response = api(ex, req);
            }
        } catch (BadRequest e) {
            response = SimResponse.error(400, e.error(), String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            response = SimResponse.error(500, "server_error", "Internal simulator error: " + e);
        }
        // A BrokenResponse (IOException) thrown above skips this: the server then drops the connection mid-body.
        send(ex, response);
        ex.close();
    }

    /** Returns the response to send; a connection fault throws {@link BrokenResponse} instead. */
    private SimResponse api(HttpExchange ex, SimRequest req) throws IOException {
        Routes.Match match = routes.match(req);
        String name = match == null ? "unknown" : match.route().name();
        stats.countRequest(name);
        sleep(faults.latencyMs());
        if (match == null) {
            return SimResponse.error(404, "not_found", "No API route " + req.method() + " " + req.path());
        }
        if (!match.route().methods().contains(req.method())) {
            ex.getResponseHeaders().set("Allow", String.join(", ", match.route().methods()));
            return SimResponse.error(
                    405, "method_not_allowed", "Method " + req.method() + " is not allowed on " + req.path());
        }
        if (faults.consumeRateLimit(name)) {
            return SimResponse.text(429, "API requests too frequent endpoint threshold=4.5");
        }
        int status5xx = faults.consume5xx(name);
        if (status5xx != 0) {
            return SimResponse.error(
                    status5xx, "server_error", status5xx == 502 ? "Bad Gateway" : "Service Temporarily Unavailable");
        }
        if (faults.consumeReset(name)) {
            throw sendBroken(ex, SimResponse.rawJson(200, RESET_FILLER));
        }
        if (match.route().auth() && !authorized(req)) {
            return SimResponse.error(401, "auth_error", "Invalid user key");
        }
        SimResponse response = match.route().handler().handle(req, match.id());
        if (response.status() == 200 && name.equals("asks") && faults.consumeResetAfterCreate()) {
            throw sendBroken(ex, response);
        }
        if (response.status() == 200 && faults.consumeMalformed(name)) {
            byte[] cut = Arrays.copyOf(response.body(), Math.max(1, response.body().length / 2));
            return SimResponse.rawJson(200, cut);
        }
        return response;
    }

    private boolean authorized(SimRequest req) {
        String header = req.authorization();
        if (header != null
                && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && header.substring(7).strip().equals(apiKey)) {
            return true;
        }
        return apiKey.equals(req.param("api_key"));
    }

    private static void send(HttpExchange ex, SimResponse r) throws IOException {
        ex.getResponseHeaders().set("Content-Type", r.contentType());
        byte[] body = r.body();
        ex.sendResponseHeaders(r.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /**
     * Promises the whole body in Content-Length, writes half, and fails the exchange: the JDK server then drops
     * the connection, so the client sees the stream end early (an IOException), as with a reset mid-response.
     */
    private static BrokenResponse sendBroken(HttpExchange ex, SimResponse r) throws IOException {
        ex.getResponseHeaders().set("Content-Type", r.contentType());
        byte[] body = r.body();
        ex.sendResponseHeaders(r.status(), body.length);
        OutputStream out = ex.getResponseBody();
        out.write(body, 0, body.length / 2);
        out.flush();
        return new BrokenResponse();
    }

    /**
     * Thrown out of {@link #handle} on purpose: the JDK server answers a handler exception by closing the
     * connection, which is the only way its API offers to cut a response short.
     */
    static final class BrokenResponse extends IOException {
        BrokenResponse() {
            super("simulated connection reset");
        }
    }

    private static void sleep(int ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
