package dev.vastlaunch.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Covers the routes the official CLI sends beyond search/create/show: reboot, logs, bulk forms, user, ... */
class CliRoutesTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-26T12:00:00Z"));
    private SimServer server;
    private SimHttp http;

    @BeforeEach
    void start() throws IOException {
        server = SimServer.start(SimOptions.defaults()
                .withOfferCount(300)
                .withClock(clock)
                .withTimings(Duration.ofMillis(1500), Duration.ofSeconds(4)));
        http = new SimHttp(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Map<String, Object> offer(int index) {
        return http.search(Map.of("rentable", Map.of("eq", true), "limit", 10))
                .offers()
                .get(index);
    }

    private long create(int index, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("client_id", "me", "image", "ubuntu:22.04", "disk", 20));
        body.putAll(extra);
        SimHttp.Reply r = http.create(id(offer(index).get("id")), body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return id(r.json().get("new_contract"));
    }

    private static long id(@Nullable Object o) {
        return ((Number) Objects.requireNonNull(o)).longValue();
    }

    private double user(String key) {
        return ((Number) Objects.requireNonNull(
                        http.get("/api/v0/users/current").json().get(key)))
                .doubleValue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> row(long id) {
        Object row = http.get("/api/v0/instances/" + id + "/?owner=me").json().get("instances");
        return row == null ? Map.of() : (Map<String, Object>) row;
    }

    private SimHttp.Reply put(String path, String body) {
        return http.send("PUT", path, body, true);
    }

    @Test
    void theFilterBreakdownIsAListOfObjectsTheCliCanRead() {
        create(0, Map.of());
        create(1, Map.of());
        clock.advance(Duration.ofSeconds(5));

        List<Map<String, Object>> filters =
                http.get("/api/v0/instances/filters/").list("filters");

        assertThat(filters)
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f)
                        .containsEntry("actual_status", "running")
                        .containsKeys("verification", "gpu_name", "count"));
        assertThat(filters.stream()
                        .mapToInt(f -> ((Number) Objects.requireNonNull(f.get("count"))).intValue())
                        .sum())
                .isEqualTo(2);
    }

    @Test
    void rebootGoesBackThroughLoadingAndRecycleThroughProvisioning() {
        long id = create(0, Map.of());
        clock.advance(Duration.ofSeconds(5));

        assertThat(put("/api/v0/instances/reboot/" + id + "/", "{}").json()).isEqualTo(Map.of("success", true));
        assertThat(row(id)).containsEntry("actual_status", "loading");
        clock.advance(Duration.ofSeconds(3));
        assertThat(row(id)).containsEntry("actual_status", "running");

        assertThat(put("/api/v0/instances/recycle/" + id + "/", "{}").status()).isEqualTo(200);
        assertThat(row(id)).containsEntry("actual_status", null);
        assertThat(put("/api/v0/instances/reboot/999/", "{}").status()).isEqualTo(404);
    }

    @Test
    void changeBidSetsTheBidOrTheMinimumAndRefusesOnDemandAndBadPrices() {
        double minBid = ((Number) Objects.requireNonNull(offer(0).get("min_bid"))).doubleValue();
        long bid = create(0, Map.of("price", minBid / 2));
        long onDemand = create(1, Map.of());
        clock.advance(Duration.ofSeconds(5));
        assertThat(row(bid)).containsEntry("actual_status", "exited");

        SimHttp.Reply winning =
                put("/api/v0/instances/bid_price/" + bid + "/", "{\"client_id\": \"me\", \"price\": null}");

        assertThat(winning.status()).isEqualTo(200);
        assertThat(row(bid)).containsEntry("dph_base", minBid).containsEntry("intended_status", "running");
        assertThat(row(bid).get("actual_status")).isNotEqualTo("exited");
        assertThat(put("/api/v0/instances/bid_price/" + bid + "/", "{\"price\": 0.5}")
                        .status())
                .isEqualTo(200);
        assertThat(row(bid)).containsEntry("dph_base", 0.5);
        assertThat(put("/api/v0/instances/bid_price/" + bid + "/", "{\"price\": \"Infinity\"}")
                        .status())
                .isEqualTo(400);
        assertThat(put("/api/v0/instances/bid_price/" + bid + "/", "{\"price\": 500}")
                        .status())
                .isEqualTo(400);
        assertThat(put("/api/v0/instances/bid_price/" + onDemand + "/", "{\"price\": 0.5}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void logsAnswerAResultUrlThatServesTheTextWithoutAKey() throws IOException {
        long id = create(0, Map.of("onstart", "echo hello-onstart"));
        clock.advance(Duration.ofSeconds(5));

        SimHttp.Reply r = put("/api/v0/instances/request_logs/" + id + "/", "{\"tail\": \"1000\"}");
        String url = (String) Objects.requireNonNull(r.json().get("result_url"));
        String path = url.substring(server.baseUrl().length());
        SimHttp.Reply text = http.sendOrThrow("GET", path, null, null);

        assertThat(url).startsWith(server.baseUrl() + "/");
        assertThat(text.status()).isEqualTo(200);
        assertThat(text.body()).contains("ubuntu:22.04", "hello-onstart");

        SimHttp.Reply tail =
                put("/api/v0/instances/request_logs/" + id + "/", "{\"tail\": \"1\", \"filter\": \"Pull\"}");
        String tailPath = ((String) Objects.requireNonNull(tail.json().get("result_url")))
                .substring(server.baseUrl().length());
        assertThat(http.sendOrThrow("GET", tailPath, null, null).body().strip())
                .isEqualTo("ubuntu:22.04: Pull complete");
        assertThat(http.sendOrThrow("GET", "/sim-logs/0123", null, null).status())
                .isEqualTo(404);
        assertThat(put("/api/v0/instances/request_logs/999/", "{}").status()).isEqualTo(404);
    }

    @Test
    void bulkStopStartAndDestroyActOnEveryIdOrOnNoneWhenOneIsUnknown() {
        long a = create(0, Map.of());
        long b = create(1, Map.of());
        clock.advance(Duration.ofSeconds(5));

        SimHttp.Reply unknown = put("/api/v0/instances/", "{\"state\": \"stopped\", \"ids\": [" + a + ", 999]}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(row(a)).containsEntry("actual_status", "running");

        assertThat(put("/api/v0/instances/", "{\"state\": \"stopped\", \"ids\": [" + a + ", " + b + "]}")
                        .status())
                .isEqualTo(200);
        assertThat(row(a)).containsEntry("actual_status", "exited");
        assertThat(row(b)).containsEntry("actual_status", "exited");
        put("/api/v0/instances/", "{\"state\": \"running\", \"ids\": [" + a + "]}");
        assertThat(row(a)).containsEntry("intended_status", "running");

        SimHttp.Reply gone =
                http.send("DELETE", "/api/v0/instances/", "{\"instance_ids\": [" + a + ", " + b + "]}", true);
        assertThat(gone.status()).isEqualTo(200);
        assertThat(row(a)).isEmpty();
        assertThat(row(b)).isEmpty();
        // The official CLI repeats a successful bulk destroy up to five times: the repeats succeed too.
        assertThat(http.send("DELETE", "/api/v0/instances/", "{\"instance_ids\": [" + a + "]}", true)
                        .status())
                .isEqualTo(200);
        assertThat(http.send("DELETE", "/api/v0/instances/", "{\"instance_ids\": [999]}", true)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void bulkCreateAndLaunchInstanceRentOffers() {
        long first = id(offer(0).get("id"));
        long second = id(offer(1).get("id"));

        SimHttp.Reply bulk = http.send(
                "POST",
                "/api/v0/asks/bulk/",
                "{\"client_id\": \"me\", \"image\": \"ubuntu\", \"disk\": 10, \"ids\": [" + first + ", " + second
                        + "]}",
                true);
        assertThat(bulk.status()).isEqualTo(200);
        assertThat((List<?>) bulk.json().get("new_contracts")).hasSize(2);
        assertThat(bulk.body()).containsPattern("\"new_contract\": \\d+,");

        String gpu = (String) Objects.requireNonNull(offer(0).get("gpu_name"));
        SimHttp.Reply launch = http.send(
                "PUT",
                "/api/v0/launch_instance/",
                "{\"image\": \"ubuntu\", \"disk\": 16, \"q\": {\"gpu_name\": {\"eq\": \"" + gpu
                        + "\"}, \"rentable\": {\"eq\": true}, \"order\": [[\"dph_total\", \"asc\"]], \"limit\": 3}}",
                true);
        assertThat(launch.status()).as(launch.body()).isEqualTo(200);
        assertThat(row(id(launch.json().get("new_contract")))).containsEntry("gpu_name", gpu);
        assertThat(server.stats().creates()).isEqualTo(3);
    }

    @Test
    void theAccountCreditFallsWhileAnInstanceRunsAndOnlyByStorageWhileItIsStopped() {
        Map<String, Object> before = http.get("/api/v0/users/current/").json();
        assertThat(before).containsEntry("credit", Account.STARTING_CREDIT).containsEntry("billed_expected", 0.0);

        long id = create(0, Map.of());
        clock.advance(Duration.ofSeconds(4));
        clock.advance(Duration.ofHours(2));
        Map<String, Object> row = row(id);
        double dph = ((Number) Objects.requireNonNull(row.get("dph_total"))).doubleValue();
        double storage = ((Number) Objects.requireNonNull(row.get("storage_total_cost"))).doubleValue();
        double spent = user("billed_expected");

        assertThat(spent).isCloseTo(2 * dph + storage * 4 / 3600.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(user("credit"))
                .isCloseTo(Account.STARTING_CREDIT - spent, org.assertj.core.data.Offset.offset(1e-4));

        put("/api/v0/instances/" + id + "/", "{\"state\": \"stopped\"}");
        clock.advance(Duration.ofHours(1));
        double stopped = user("billed_expected");
        assertThat(stopped - spent).isCloseTo(storage, org.assertj.core.data.Offset.offset(1e-4));

        http.send("DELETE", "/api/v0/instances/" + id + "/", "{}", true);
        clock.advance(Duration.ofHours(1));
        assertThat(user("billed_expected")).isCloseTo(stopped, org.assertj.core.data.Offset.offset(1e-4));
    }
}
