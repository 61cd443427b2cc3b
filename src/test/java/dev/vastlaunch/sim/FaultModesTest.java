package dev.vastlaunch.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultModesTest {
    private static final String SEARCH = "{\"limit\": 3}";
    private static SimServer server;
    private static SimHttp http;

    @BeforeAll
    static void start() throws IOException {
        server = SimServer.start(SimOptions.defaults().withOfferCount(200));
        http = new SimHttp(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
    }

    private static SimHttp.Reply search() {
        return http.send("POST", "/api/v0/bundles/", SEARCH, true);
    }

    private static SimHttp.Reply searchOrThrow() throws IOException {
        return http.sendOrThrow("POST", "/api/v0/bundles/", SEARCH, "Bearer " + server.apiKey());
    }

    private static long firstOffer() {
        return ((Number) Objects.requireNonNull(search().offers().get(0).get("id"))).longValue();
    }

    @Test
    void latencyDelaysEveryResponse() {
        server.faults().latencyMs(300);

        long start = System.nanoTime();
        assertThat(search().status()).isEqualTo(200);

        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    @Test
    void aRateLimitBurstAnswersThatManyRequestsWithPlainText429() {
        server.faults().rateLimitBurst(2);

        SimHttp.Reply first = search();
        SimHttp.Reply second = search();
        SimHttp.Reply third = search();

        assertThat(first.status()).isEqualTo(429);
        assertThat(first.body()).startsWith("API requests too frequent");
        assertThat(first.contentType()).isNotEqualTo("application/json");
        assertThat(second.status()).isEqualTo(429);
        assertThat(third.status()).isEqualTo(200);
    }

    @Test
    void a5xxBurstAlternatesBadGatewayAndUnavailableWithJsonBodies() {
        server.faults().error5xx(2);

        SimHttp.Reply first = search();
        SimHttp.Reply second = search();

        assertThat(List.of(first.status(), second.status())).containsExactly(502, 503);
        assertThat(first.contentType()).isEqualTo("application/json");
        assertThat(first.json()).containsEntry("success", false);
        assertThat(search().status()).isEqualTo(200);
    }

    @Test
    void aConnectionResetMidResponseSurfacesAsAnIOException() throws IOException {
        server.faults().resetConnections(1);

        assertThatThrownBy(FaultModesTest::searchOrThrow).isInstanceOf(IOException.class);
        assertThat(searchOrThrow().status()).isEqualTo(200);
    }

    @Test
    void malformedJsonComesWithStatus200AndDoesNotParse() {
        server.faults().malformedJson(1);

        SimHttp.Reply broken = search();

        assertThat(broken.status()).isEqualTo(200);
        assertThatThrownBy(broken::json).isInstanceOf(AssertionError.class);
        assertThat(search().offers()).hasSize(3);
    }

    @Test
    void anOfferTakenAfterTheSearchIsGoneOnCreate() {
        long offer = firstOffer();
        server.faults().takeOffer((int) offer);

        SimHttp.Reply r = http.create(offer, Map.of("image", "ubuntu"));

        assertThat(r.status()).isEqualTo(404);
        assertThat((String) r.json().get("msg")).contains("no_such_ask");
        assertThat(search().offers()).extracting(o -> o.get("id")).doesNotContain((double) offer);
        assertThat(server.stats().creates()).isZero();
    }

    @Test
    void takeNextCreateMakesTheNextCreateLoseItsOffer() {
        server.faults().takeNextCreate(1);
        long offer = firstOffer();

        assertThat(http.create(offer, Map.of("image", "ubuntu")).status()).isEqualTo(404);
        long next = firstOffer();
        assertThat(next).isNotEqualTo(offer);
        assertThat(http.create(next, Map.of("image", "ubuntu")).status()).isEqualTo(200);
    }

    @Test
    void resetAfterCreateCreatesOnceThoughTheClientSeesAnError() {
        server.faults().resetAfterCreate(1);
        long offer = firstOffer();

        assertThatThrownBy(() -> http.sendOrThrow(
                        "PUT", "/api/v0/asks/" + offer + "/", "{\"image\": \"ubuntu\"}", "Bearer " + server.apiKey()))
                .isInstanceOf(IOException.class);

        assertThat(server.stats().creates()).isEqualTo(1);
        assertThat(http.get("/api/v1/instances/").list("instances")).hasSize(1);
        assertThat(http.create(offer, Map.of("image", "ubuntu")).status()).isEqualTo(404);
        assertThat(server.stats().creates()).isEqualTo(1);
    }

    @Test
    void aScopedFaultHitsOnlyItsRoute() {
        server.faults().scope("asks").error5xx(1);

        assertThat(search().status()).isEqualTo(200);
        assertThat(http.create(firstOffer(), Map.of("image", "ubuntu")).status())
                .isEqualTo(502);
    }

    @Test
    void theAdminRouteSwitchesFaultsAndResetsThem() {
        SimHttp.Reply set = http.send("POST", "/__sim/faults", "{\"rate_limit_burst\": 1, \"latency_ms\": 5}", true);
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body()).contains("\"rate_limit_burst\": 1", "\"latency_ms\": 5");

        assertThat(search().status()).isEqualTo(429);

        http.send("POST", "/__sim/faults", "{\"rate_limit_burst\": 1}", true);
        SimHttp.Reply reset = http.send("POST", "/__sim/reset", "", true);
        assertThat(reset.body()).contains("\"rate_limit_burst\": 0", "\"latency_ms\": 0");
        assertThat(search().status()).isEqualTo(200);
    }

    @Test
    void aFailRateOfOneFailsEveryRequestWith503() {
        server.faults().failRate(1.0);

        assertThat(search().status()).isEqualTo(503);
        server.faults().failRate(0);
        assertThat(search().status()).isEqualTo(200);
    }
}
