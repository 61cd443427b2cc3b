package dev.vastlaunch.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InstanceListTest {
    private static final int INSTANCES = 12;
    private static SimServer server;
    private static SimHttp http;

    @BeforeAll
    static void start() throws IOException {
        server = SimServer.start(SimOptions.defaults().withOfferCount(100).withTimings(Duration.ZERO, Duration.ZERO));
        http = new SimHttp(server);
        List<Map<String, Object>> offers =
                http.search(Map.of("rentable", Map.of("eq", true))).offers();
        for (int i = 0; i < INSTANCES; i++) {
            Object id = Objects.requireNonNull(offers.get(i).get("id"));
            String label = i % 3 == 0 ? "null" : "\"job-" + (i % 2) + "\"";
            SimHttp.Reply r = http.send(
                    "PUT",
                    "/api/v0/asks/" + Values.text(id) + "/",
                    "{\"image\": \"ubuntu\", \"label\": " + label + "}",
                    true);
            assertThat(r.status()).isEqualTo(200);
        }
        long stopped = InstanceStore.FIRST_ID + 1;
        http.send("PUT", "/api/v0/instances/" + stopped + "/", "{\"state\": \"stopped\"}", true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String list(String query) {
        return "/api/v1/instances/?" + query;
    }

    @Test
    void pagesFollowNextTokenUntilNullAndCoverEveryInstanceOnce() {
        List<Object> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String q = "select_filters=" + SimHttp.q(Map.of()) + "&order_by="
                    + SimHttp.q(List.of(Map.of("col", "id", "dir", "asc"))) + "&limit=5"
                    + (token == null ? "" : "&after_token=" + SimHttp.q(token));
            Map<String, Object> page = http.get(list(q)).json();
            assertThat(page).containsEntry("success", true).containsEntry("total_instances", (double) INSTANCES);
            List<?> rows = (List<?>) Objects.requireNonNull(page.get("instances"));
            assertThat(page.get("instances_found")).isEqualTo((double) rows.size());
            rows.forEach(r -> seen.add(((Map<?, ?>) r).get("id")));
            token = (String) page.get("next_token");
            pages++;
        } while (token != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(INSTANCES).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Values.order(a, b));
    }

    @Test
    void limitDefaultsTo25IsCappedAt25AndNonPositiveMeans5() {
        assertThat(http.get(list("limit=0")).list("instances")).hasSize(5);
        assertThat(http.get(list("limit=-3")).list("instances")).hasSize(5);
        assertThat(http.get(list("limit=100")).list("instances")).hasSize(INSTANCES);
        assertThat(http.get(list("")).json().get("next_token")).isNull();
    }

    @Test
    void filtersOnStoredColumnsSelectRows() {
        String q = "select_filters=" + SimHttp.q(Map.of("actual_status", Map.of("in", List.of("exited"))));

        List<Map<String, Object>> rows = http.get(list(q)).list("instances");

        assertThat(rows).hasSize(1).allSatisfy(r -> assertThat(r).containsEntry("actual_status", "exited"));
    }

    @Test
    void labelCountsCountEveryLabelWithNullAsEmpty() {
        Map<String, Object> page = http.get(list("limit=2")).json();

        assertThat(page.get("label_counts")).isEqualTo(Map.of("", 4.0, "job-0", 4.0, "job-1", 4.0));
    }

    @Test
    void orderByDescendingReversesTheIds() {
        String q = "order_by=" + SimHttp.q(List.of(Map.of("col", "id", "dir", "desc")));

        List<Map<String, Object>> rows = http.get(list(q)).list("instances");

        assertThat(rows.get(0).get("id")).isEqualTo((double) (InstanceStore.FIRST_ID + INSTANCES - 1));
    }

    @Test
    void selectColsProjectsTheRows() {
        String q = "select_cols=" + SimHttp.q(List.of("id", "actual_status", "ssh_port"));

        assertThat(http.get(list(q)).list("instances"))
                .allSatisfy(r -> assertThat(r).containsOnlyKeys("id", "actual_status", "ssh_port"));
    }

    @Test
    void aComputedColumnInFiltersIs400InvalidRequest() {
        String q = "select_filters=" + SimHttp.q(Map.of("dph_total", Map.of("lt", 1)));

        SimHttp.Reply r = http.get(list(q));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).isEqualTo("application/json");
        assertThat(r.json())
                .isEqualTo(Map.of(
                        "error", "invalid_request",
                        "msg", "Error in query parameters: dph_total is not a valid search key"));
    }

    @Test
    void aBadTokenIs400InvalidToken() {
        SimHttp.Reply r = http.get(list("after_token=garbage!"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json()).containsEntry("error", "invalid_token");
    }

    @Test
    void everyRowHasANumericStartDateAndAListExtraEnv() {
        String body = http.get(list("")).body();

        assertThat(body).doesNotContain("\"start_date\": null").doesNotContain("\"extra_env\": null");
        assertThat(http.get(list("")).list("instances"))
                .allSatisfy(r -> assertThat(r.get("extra_env")).isInstanceOf(List.class));
    }

    @Test
    void theLegacyListReturnsAllInstances() {
        assertThat(http.get("/api/v0/instances?owner=me").list("instances")).hasSize(INSTANCES);
    }
}
