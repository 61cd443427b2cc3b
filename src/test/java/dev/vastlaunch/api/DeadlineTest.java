package dev.vastlaunch.api;

import static dev.vastlaunch.api.ApiFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferQuery;
import dev.vastlaunch.offers.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The call timeout bounds a repeatable call as a whole: retries share it instead of each getting a fresh one. */
class DeadlineTest {
    @StartStop
    public final MockWebServer server = new MockWebServer();

    private final List<String> log = ApiFixtures.newLog();

    private Outcome<List<Offer>> searchWith(Duration read, Duration call) {
        ClientSettings s = ApiFixtures.settings(server, ApiFixtures.KEY, log)
                .withTimeouts(Duration.ofSeconds(2), read, call)
                .withRetries(3, Duration.ofMillis(10));
        try (VastHttpClient client = ApiFixtures.client(s)) {
            return client.search(OfferQuery.defaults());
        }
    }

    @Test
    void retriesAfterReadTimeoutsStopAtTheCallTimeout() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder()
                    .body(fixture("offers.json"))
                    .headersDelay(3, TimeUnit.SECONDS)
                    .build());
        }
        long t0 = System.nanoTime();
        Outcome<List<Offer>> outcome = searchWith(Duration.ofMillis(600), Duration.ofMillis(1000));
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertThat(outcome).isInstanceOf(Outcome.Failed.class);
        // Three read timeouts of 600 ms each took 1.8 s before; now the second try gets only the 400 ms left.
        assertThat(retries()).isEqualTo(1);
        assertThat(ms).isLessThan(1_700);
    }

    @Test
    void aTricklingAnswerIsCutOnceNotOncePerAttempt() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder()
                    .body("{\"offers\": []}")
                    .throttleBody(1, 150, TimeUnit.MILLISECONDS)
                    .build());
        }
        long t0 = System.nanoTime();
        Outcome<List<Offer>> outcome = searchWith(Duration.ofSeconds(5), Duration.ofSeconds(1));
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertThat(outcome).isInstanceOf(Outcome.Failed.class);
        assertThat(((Outcome.Failed<List<Offer>>) outcome).message()).contains("timed out");
        // Each try ran into the 1 s call timeout (the body takes 2.1 s): three tries, 3 s before; now one.
        assertThat(retries()).isZero();
        assertThat(ms).isLessThan(2_900);
    }

    private long retries() {
        return log.stream().filter(line -> line.startsWith("retrying ")).count();
    }
}
