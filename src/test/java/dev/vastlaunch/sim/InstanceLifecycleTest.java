package dev.vastlaunch.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InstanceLifecycleTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-26T12:00:00Z"));
    private SimServer server;
    private SimHttp http;

    @BeforeEach
    void start() throws IOException {
        server = SimServer.start(SimOptions.defaults()
                .withOfferCount(100)
                .withClock(clock)
                .withTimings(Duration.ofMillis(1500), Duration.ofSeconds(4)));
        http = new SimHttp(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private long create(String runtype, Map<String, Object> env) {
        Object offer = http.search(Map.of("rentable", Map.of("eq", true), "limit", 1))
                .offers()
                .get(0)
                .get("id");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("client_id", "me");
        body.put("image", "ubuntu:22.04");
        body.put("env", env);
        body.put("disk", 16);
        body.put("runtype", runtype);
        SimHttp.Reply r = http.create(((Number) Objects.requireNonNull(offer)).longValue(), body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return ((Number) Objects.requireNonNull(r.json().get("new_contract"))).longValue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> row(long id) {
        return (Map<String, Object>) Objects.requireNonNull(
                http.get("/api/v0/instances/" + id + "/?owner=me").json().get("instances"));
    }

    @Test
    void aDirectInstanceWalksFromProvisioningThroughLoadingToRunningWithPorts() {
        long id = create("ssh_direc ssh_proxy", Map.of("-p 8000:8000", "1", "-p 8081:8081/udp", "1", "A", "1"));

        Map<String, Object> provisioning = row(id);
        assertThat(provisioning).containsEntry("actual_status", null).containsEntry("intended_status", "running");
        assertThat(provisioning.get("ports")).isEqualTo(Map.of());

        clock.advance(Duration.ofMillis(1600));
        assertThat(row(id)).containsEntry("actual_status", "loading");

        clock.advance(Duration.ofMillis(2500));
        Map<String, Object> running = row(id);
        assertThat(running).containsEntry("actual_status", "running");
        @SuppressWarnings("unchecked")
        Map<String, List<Map<String, Object>>> ports =
                (Map<String, List<Map<String, Object>>>) Objects.requireNonNull(running.get("ports"));
        assertThat(ports).containsOnlyKeys("22/tcp", "8000/tcp", "8081/udp");
        Map<String, Object> ssh = Objects.requireNonNull(ports.get("22/tcp")).get(0);
        assertThat(ssh).containsEntry("HostIp", "0.0.0.0");
        assertThat(ssh.get("HostPort")).isInstanceOf(String.class);
        String body = http.get("/api/v0/instances/" + id + "/").body();
        assertThat(body).containsPattern("\"ssh_port\": \\d+,").containsPattern("\"id\": " + id + ",");
        assertThat(body).containsPattern("\"start_date\": \\d+\\.\\d+");
        assertThat(running.get("ssh_host")).asString().matches("ssh\\d\\.vast\\.ai");
        assertThat(running.get("public_ipaddr")).asString().matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
        assertThat(running.get("extra_env"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .contains(List.of("A", "1"));
    }

    @Test
    void aProxyOnlyInstanceRunsWithAnEmptyPortMap() {
        long id = create("ssh_proxy", Map.of());

        clock.advance(Duration.ofSeconds(5));

        assertThat(row(id)).containsEntry("actual_status", "running").containsEntry("ports", Map.of());
        assertThat(row(id).get("extra_env")).isEqualTo(List.of());
    }

    @Test
    void stopAndStartMoveTheInstanceBetweenExitedAndRunning() {
        long id = create("ssh_direc ssh_proxy", Map.of());
        clock.advance(Duration.ofSeconds(5));

        SimHttp.Reply stop = http.send("PUT", "/api/v0/instances/" + id + "/", "{\"state\": \"stopped\"}", true);
        assertThat(stop.json()).isEqualTo(Map.of("success", true));
        assertThat(row(id))
                .containsEntry("actual_status", "exited")
                .containsEntry("intended_status", "stopped")
                .containsEntry("ports", Map.of());

        http.send("PUT", "/api/v0/instances/" + id + "/", "{\"state\": \"running\"}", true);
        assertThat(row(id)).containsEntry("actual_status", "loading").containsEntry("intended_status", "running");
        clock.advance(Duration.ofSeconds(3));
        assertThat(row(id)).containsEntry("actual_status", "running");
    }

    @Test
    void aBidBelowTheMinimumBidStaysExitedAndSaysOutbid() {
        Map<String, Object> offer = http.search(Map.of("rentable", Map.of("eq", true), "limit", 1))
                .offers()
                .get(0);
        double minBid = ((Number) Objects.requireNonNull(offer.get("min_bid"))).doubleValue();
        long offerId = ((Number) Objects.requireNonNull(offer.get("id"))).longValue();

        SimHttp.Reply r = http.create(offerId, Map.of("image", "ubuntu", "price", minBid / 2));
        clock.advance(Duration.ofSeconds(10));

        Map<String, Object> row = row(((Number) Objects.requireNonNull(r.json().get("new_contract"))).longValue());
        assertThat(row).containsEntry("is_bid", true).containsEntry("intended_status", "running");
        assertThat(row).containsEntry("actual_status", "exited");
        assertThat((String) row.get("status_msg")).startsWith("Outbid");
    }

    @Test
    void targetStateStoppedCreatesAStoppedInstance() {
        Object offer = http.search(Map.of("rentable", Map.of("eq", true), "limit", 1))
                .offers()
                .get(0)
                .get("id");

        SimHttp.Reply r = http.create(
                ((Number) Objects.requireNonNull(offer)).longValue(),
                Map.of("image", "ubuntu", "target_state", "stopped"));

        Map<String, Object> row = row(((Number) Objects.requireNonNull(r.json().get("new_contract"))).longValue());
        assertThat(row).containsEntry("actual_status", "exited").containsEntry("intended_status", "stopped");
    }

    @Test
    void labelIsSetAndShown() {
        long id = create("ssh_proxy", Map.of());

        SimHttp.Reply r = http.send("PUT", "/api/v0/instances/" + id + "/", "{\"label\": \"trainer\"}", true);

        assertThat(r.json()).isEqualTo(Map.of("success", true));
        assertThat(row(id)).containsEntry("label", "trainer");
    }

    @Test
    void destroyRemovesTheInstanceAndLaterLookupsFindNothing() {
        long id = create("ssh_proxy", Map.of());

        SimHttp.Reply r = http.send("DELETE", "/api/v0/instances/" + id + "/", "{}", true);

        assertThat(r.json()).isEqualTo(Map.of("success", true));
        assertThat(http.get("/api/v0/instances/" + id + "/?owner=me").body()).isEqualTo("{\"instances\": null}");
        SimHttp.Reply again = http.send("DELETE", "/api/v0/instances/" + id + "/", "{}", true);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json()).isEqualTo(Map.of("success", false, "error", "not_found", "msg", "Instance not found"));
    }

    @Test
    void managingAnUnknownInstanceIs404NotFound() {
        SimHttp.Reply r = http.send("PUT", "/api/v0/instances/12345/", "{\"state\": \"stopped\"}", true);

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json()).containsEntry("error", "not_found").containsEntry("msg", "Instance not found");
    }

    @Test
    void instanceIdsCountUpFromThirtyMillion() {
        long first = create("ssh_proxy", Map.of());
        long second = create("ssh_proxy", Map.of());

        assertThat(first).isEqualTo(InstanceStore.FIRST_ID);
        assertThat(second).isEqualTo(first + 1);
    }
}
