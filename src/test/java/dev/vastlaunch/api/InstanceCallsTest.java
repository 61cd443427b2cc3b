package dev.vastlaunch.api;

import static dev.vastlaunch.api.ApiFixtures.KEY;
import static dev.vastlaunch.api.ApiFixtures.fixture;
import static dev.vastlaunch.api.ApiFixtures.json;
import static dev.vastlaunch.api.ApiFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.SshTarget;
import dev.vastlaunch.offers.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class InstanceCallsTest {
    /** The first page's target, byte for byte what the official CLI sends (reference §1.1). */
    static final String FIRST_PAGE = "/api/v1/instances/?select_filters=%7B%7D"
            + "&order_by=%5B%7B%22col%22%3A+%22id%22%2C+%22dir%22%3A+%22asc%22%7D%5D&limit=25";

    @StartStop
    public final MockWebServer server = new MockWebServer();

    @Test
    void theListFollowsNextTokenAcrossPagesAndMapsEveryInstance() throws Exception {
        server.enqueue(json(fixture("instances-page1.json")));
        server.enqueue(json(fixture("instances-page2.json")));
        Outcome<List<Instance>> outcome;
        try (VastHttpClient client = ApiFixtures.client(server)) {
            outcome = client.listInstances();
        }
        RecordedRequest first = server.takeRequest();
        assertThat(first.getMethod()).isEqualTo("GET");
        assertThat(first.getTarget()).isEqualTo(FIRST_PAGE);
        assertThat(first.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(server.takeRequest().getTarget())
                .isEqualTo(FIRST_PAGE + "&after_token=eyJpZCI6IDc4MzU2MTB9%2B%2F%3D");
        assertThat(server.getRequestCount()).isEqualTo(2);

        List<Instance> instances = ((Outcome.Ok<List<Instance>>) outcome).value();
        assertThat(instances).extracting(Instance::id).containsExactly(7835610L, 7835711L, 7835802L);
        Instance running = instances.get(0);
        assertThat(running)
                .isEqualTo(new Instance(
                        7835610L,
                        "running",
                        "running",
                        "success, running pytorch/pytorch_2.4.0-cuda12.4/jupyter",
                        "trainer",
                        "pytorch/pytorch:2.4.0-cuda12.4-cudnn9-devel",
                        "ssh ssh_direc ssh_proxy",
                        "ssh4.vast.ai",
                        15610,
                        "203.0.113.7",
                        Map.of("22/tcp", List.of("41022", "41022"), "8000/tcp", List.of("41085")),
                        "RTX 4090",
                        1,
                        0.35194444444444445,
                        40.0,
                        1784990000.5,
                        "Texas, US",
                        null,
                        "3f1c0d0e9b8a",
                        0.0111));
        assertThat(running.sshTarget()).contains(new SshTarget("203.0.113.7", 41022, true));
        Instance loading = instances.get(1);
        assertThat(loading.ports()).isEmpty();
        assertThat(loading.sshTarget()).contains(new SshTarget("ssh6.vast.ai", 10601, false));
        assertThat(instances.get(2).label()).isEmpty();
    }

    @Test
    void aListThatRepeatsItsTokenStopsInsteadOfLoopingForever() {
        String page = "{\"success\": true, \"next_token\": \"same\", \"instances\": [{\"id\": 1}]}";
        server.enqueue(json(page));
        server.enqueue(json(page));
        try (VastHttpClient client = ApiFixtures.client(server)) {
            assertThat(client.listInstances())
                    .isEqualTo(new Outcome.Failed<>(
                            "the instance list sent the same page token twice; stopped after 2 pages (2 instances)"));
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aFailedPageFailsTheWholeList() {
        server.enqueue(json(fixture("instances-page1.json")));
        server.enqueue(json(400, "{\"error\": \"invalid_token\", \"msg\": \"Error in query parameters: bad token\"}"));
        try (VastHttpClient client = ApiFixtures.client(server)) {
            assertThat(client.listInstances())
                    .isEqualTo(new Outcome.Rejected<>(400, "invalid_token", "Error in query parameters: bad token"));
        }
    }

    @Test
    void showAsksForOneInstanceOfTheOwner() throws Exception {
        String one = fixture("instances-page2.json");
        String instance = one.substring(one.indexOf("{\"id\": 7835802"), one.lastIndexOf(']'));
        server.enqueue(json("{\"instances\": " + instance + "}"));
        try (VastHttpClient client = ApiFixtures.client(server)) {
            Outcome<Optional<Instance>> outcome = client.showInstance(7835802L);
            Instance shown = ((Outcome.Ok<Optional<Instance>>) outcome).value().orElseThrow();
            assertThat(shown.actualStatus()).isEqualTo("exited");
            assertThat(shown.sshTarget()).contains(new SshTarget("ssh2.vast.ai", 22802, false));
        }
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/api/v0/instances/7835802/?owner=me");
    }

    @Test
    void showOfAGoneInstanceIsEmpty() {
        server.enqueue(json("{\"instances\": null}"));
        server.enqueue(json(404, "{\"success\": false, \"error\": \"not_found\", \"msg\": \"Instance not found\"}"));
        try (VastHttpClient client = ApiFixtures.client(server)) {
            assertThat(client.showInstance(1L)).isEqualTo(new Outcome.Ok<>(Optional.empty()));
            assertThat(client.showInstance(2L)).isEqualTo(new Outcome.Ok<>(Optional.empty()));
        }
    }

    @Test
    void startAndStopPutTheState() throws Exception {
        server.enqueue(json("{\"success\": true}"));
        server.enqueue(json("{\"success\": true}"));
        try (VastHttpClient client = ApiFixtures.client(server)) {
            assertThat(client.setRunning(42L, true)).isEqualTo(new Outcome.Ok<>(true));
            assertThat(client.setRunning(42L, false)).isEqualTo(new Outcome.Ok<>(true));
        }
        RecordedRequest start = server.takeRequest();
        assertThat(start.getMethod()).isEqualTo("PUT");
        assertThat(start.getTarget()).isEqualTo("/api/v0/instances/42/");
        assertThat(start.getBody().utf8()).isEqualTo("{\"state\":\"running\"}");
        assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"state\":\"stopped\"}");
    }

    @Test
    void labelPutsTheLabelAndASuccessFalseIsARejection() throws Exception {
        server.enqueue(json("{\"success\": false, \"error\": \"invalid_args\", \"msg\": \"label too long\"}"));
        try (VastHttpClient client = ApiFixtures.client(server)) {
            assertThat(client.setLabel(42L, "my \"box\""))
                    .isEqualTo(new Outcome.Rejected<>(200, "invalid_args", "label too long"));
        }
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getTarget()).isEqualTo("/api/v0/instances/42/");
        assertThat(request.getBody().utf8()).isEqualTo("{\"label\":\"my \\\"box\\\"\"}");
    }

    @Test
    void destroySendsDeleteWithAnEmptyJsonObject() throws Exception {
        server.enqueue(json("{\"success\": true}"));
        try (VastHttpClient client = ApiFixtures.client(server)) {
            assertThat(client.destroy(42L)).isEqualTo(new Outcome.Ok<>(true));
        }
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getTarget()).isEqualTo("/api/v0/instances/42/");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
        assertThat(request.getBody().utf8()).isEqualTo("{}");
    }

    @Test
    void aRetriedDestroyThatThenHearsNotFoundCountsAsDone() {
        server.enqueue(text(502, "Bad Gateway"));
        server.enqueue(json(404, "{\"success\": false, \"error\": \"not_found\", \"msg\": \"Instance not found\"}"));
        try (VastHttpClient client = ApiFixtures.client(server)) {
            assertThat(client.destroy(42L)).isEqualTo(new Outcome.Ok<>(true));
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aFirstDestroyThatHearsNotFoundIsARejection() {
        server.enqueue(json(404, "{\"success\": false, \"error\": \"not_found\", \"msg\": \"Instance not found\"}"));
        try (VastHttpClient client = ApiFixtures.client(server)) {
            assertThat(client.destroy(42L)).isEqualTo(new Outcome.Rejected<>(404, "not_found", "Instance not found"));
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
