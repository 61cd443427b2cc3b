package dev.vastlaunch.api;

import static dev.vastlaunch.api.ApiFixtures.fixture;
import static dev.vastlaunch.api.ApiFixtures.json;
import static dev.vastlaunch.api.ApiFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.api.dto.Dtos;
import dev.vastlaunch.api.dto.ErrorReply;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferQuery;
import dev.vastlaunch.offers.Outcome;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryTest {
    @StartStop
    public final MockWebServer server = new MockWebServer();

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {429, 502, 503, 504})
    void aRetryableStatusIsRetriedAndTheNextSuccessIsReturned(int status) {
        server.enqueue(text(status, "API requests too frequent"));
        server.enqueue(json(fixture("offers.json")));
        try (VastHttpClient client = ApiFixtures.client(server)) {
            Outcome<List<Offer>> outcome = client.search(OfferQuery.defaults());
            assertThat(outcome).isInstanceOf(Outcome.Ok.class);
            assertThat(((Outcome.Ok<List<Offer>>) outcome).value()).hasSize(2);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {502, 504})
    void aRebootThatMayHaveReachedTheServerIsNotSentAgain(int status) {
        server.enqueue(text(status, "Bad Gateway"));
        server.enqueue(json("{\"success\": true}"));
        try (VastHttpClient client = ApiFixtures.client(server)) {
            assertThat(client.reboot(42)).isInstanceOf(Outcome.Rejected.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {429, 503})
    void aRebootTheServerRefusedUnactedIsSentAgain(int status) {
        server.enqueue(text(status, "API requests too frequent"));
        server.enqueue(json("{\"success\": true}"));
        try (VastHttpClient client = ApiFixtures.client(server)) {
            assertThat(client.reboot(42)).isEqualTo(new Outcome.Ok<>(true));
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void afterMaxAttemptsTheLastAnswerIsReturnedWithTheServerMessage() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(text(429, "API requests too frequent: endpoint threshold=4.5\n"));
        }
        try (VastHttpClient client = ApiFixtures.client(server)) {
            assertThat(client.search(OfferQuery.defaults()))
                    .isEqualTo(new Outcome.Rejected<>(
                            429, "", "API requests too frequent: endpoint threshold=4.5 (gave up after 3 attempts)"));
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void maxAttemptsOfOneMeansNoRetry() {
        server.enqueue(json(503, "{\"detail\": \"Service Unavailable\"}"));
        ClientSettings once =
                ApiFixtures.settings(server, ApiFixtures.KEY, null).withRetries(1, Duration.ofMillis(1));
        try (VastHttpClient client = ApiFixtures.client(once)) {
            assertThat(client.search(OfferQuery.defaults()))
                    .isEqualTo(new Outcome.Rejected<>(503, "", "Service Unavailable"));
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {400, 401, 403, 404, 500})
    void aClientErrorIsNotRetriedAndCarriesTheServersMsg(int status) {
        server.enqueue(json(status, "{\"success\": false, \"error\": \"auth_error\", \"msg\": \"Invalid user key\"}"));
        server.enqueue(json(fixture("offers.json")));
        try (VastHttpClient client = ApiFixtures.client(server)) {
            assertThat(client.search(OfferQuery.defaults()))
                    .isEqualTo(new Outcome.Rejected<>(status, "auth_error", "Invalid user key"));
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aConnectionResetBeforeTheAnswerIsRetriedForARepeatableCall() {
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
                .build());
        server.enqueue(json("{\"offers\": []}"));
        try (VastHttpClient client = ApiFixtures.client(server)) {
            assertThat(client.search(OfferQuery.defaults())).isEqualTo(new Outcome.Ok<>(List.of()));
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aRefusedConnectionIsRetriedThenReportedInPlainWords() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> log = ApiFixtures.newLog();
        try (VastHttpClient client =
                ApiFixtures.client(ApiFixtures.settings("http://127.0.0.1:" + port, ApiFixtures.KEY, log))) {
            assertThat(client.search(OfferQuery.defaults()))
                    .isEqualTo(new Outcome.Failed<>("could not connect to 127.0.0.1:" + port + ": connection refused"));
        }
        assertThat(log)
                .filteredOn(line -> line.startsWith("retrying POST /api/v0/bundles/"))
                .hasSize(2);
        assertThat(log).filteredOn(line -> line.startsWith("--> POST")).hasSize(3);
    }

    @Test
    void aReadTimeoutIsReportedWithItsLength() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder()
                    .headersDelay(1, java.util.concurrent.TimeUnit.SECONDS)
                    .body("{\"offers\": []}")
                    .build());
        }
        ClientSettings slow = ApiFixtures.settings(server, ApiFixtures.KEY, null)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(150), Duration.ofSeconds(10));
        try (VastHttpClient client = ApiFixtures.client(slow)) {
            assertThat(client.search(OfferQuery.defaults()))
                    .isEqualTo(new Outcome.Failed<>(
                            server.getHostName() + ":" + server.getPort() + " did not answer: timed out after 150 ms"));
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void theBackoffStartsAtTheInitialWaitAndGrowsByHalf() {
        ClientSettings settings = ClientSettings.defaults("https://console.vast.ai", null, "1");
        try (VastHttpClient client = VastHttpClient.create(settings)) {
            assertThat(client).hasToString("VastHttpClient[https://console.vast.ai]");
        }
        Transport transport = new Transport(
                new okhttp3.OkHttpClient(),
                settings,
                new Failures("h", settings),
                new ErrorBodies(Dtos.moshi().adapter(ErrorReply.class)),
                new Redactor(null));
        assertThat(transport.backoff(1)).isEqualTo(Duration.ofMillis(150));
        assertThat(transport.backoff(2)).isEqualTo(Duration.ofMillis(225));
        assertThat(transport.backoff(3)).isEqualTo(Duration.ofNanos(337_500_000));
    }
}
