package dev.vastlaunch.api;

import static dev.vastlaunch.api.ApiFixtures.KEY;
import static dev.vastlaunch.api.ApiFixtures.json;
import static dev.vastlaunch.api.ApiFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.launch.EnvEntry;
import dev.vastlaunch.launch.EnvSpec;
import dev.vastlaunch.launch.LaunchRequest;
import dev.vastlaunch.launch.LaunchResult;
import dev.vastlaunch.launch.Protocol;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CreateCallTest {
    private static final String ASK = "/api/v0/asks/24116832/";
    private static final String LIST = "/api/v1/instances/";
    /** A new instance that matches {@link #request()}: same image and label, started after the send. */
    private static final String FRESH_MATCH = "{\"id\": 7836001, \"actual_status\": null, \"intended_status\": "
            + "\"running\", \"label\": \"trainer\", \"image_uuid\": \"pytorch/pytorch:2.4.0\", \"template_hash_id\": "
            + "null, \"start_date\": 1785000001.5, \"extra_env\": [], \"ports\": null}";
    /** An older instance with the same image and label. */
    private static final String OLD_TWIN = "{\"id\": 7000001, \"label\": \"trainer\", \"image_uuid\": "
            + "\"pytorch/pytorch:2.4.0\", \"start_date\": 1784000000.0, \"extra_env\": [], \"ports\": null}";

    @StartStop
    public final MockWebServer server = new MockWebServer();

    private final RoutingDispatcher routes = new RoutingDispatcher();

    static LaunchRequest request() {
        EnvSpec env =
                EnvSpec.EMPTY.put(new EnvEntry.Variable("HF_HOME", "/w")).put(EnvEntry.Port.same(8888, Protocol.TCP));
        return launch("pytorch/pytorch:2.4.0", null, "trainer", env);
    }

    static LaunchRequest launch(
            @Nullable String image, @Nullable String templateHash, @Nullable String label, EnvSpec env) {
        return new LaunchRequest(
                24116832L,
                image,
                templateHash,
                env,
                null,
                40.0,
                label,
                null,
                "ssh_direc ssh_proxy",
                List.of(),
                null,
                null,
                false,
                false,
                false,
                null,
                false,
                true,
                null,
                false,
                null,
                null,
                null);
    }

    private static String page(String... instances) {
        return "{\"success\": true, \"next_token\": null, \"instances\": [" + String.join(", ", instances) + "]}";
    }

    private VastHttpClient client() {
        routes.onIfAbsent("GET", LIST, json(page()));
        server.setDispatcher(routes);
        return ApiFixtures.client(server);
    }

    /** Returns "METHOD /path" of every request the server saw, in order. */
    private List<String> recorded() throws InterruptedException {
        List<String> out = new ArrayList<>();
        int count = server.getRequestCount();
        for (int i = 0; i < count; i++) {
            RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);
            if (r != null) {
                out.add(r.getMethod() + " " + r.getUrl().encodedPath());
            }
        }
        return out;
    }

    @Test
    void aCreateSendsTheWireBodyOnceAndReturnsTheNewContract() throws Exception {
        routes.on("PUT", ASK, json("{\"success\": true, \"new_contract\": 7835610, \"instance_api_key\": \"ik-1\"}"));
        try (VastHttpClient client = client()) {
            assertThat(client.submit(request())).isEqualTo(new LaunchResult.Created(7835610L, false));
        }
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo(LIST);
        RecordedRequest put = server.takeRequest();
        assertThat(put.getMethod()).isEqualTo("PUT");
        assertThat(put.getTarget()).isEqualTo(ASK);
        assertThat(put.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(put.getHeaders().get("User-Agent")).isEqualTo("vastlaunch/1.2.3");
        assertThat(put.getHeaders().get("Content-Type")).isEqualTo("application/json");
        assertThat(put.getBody().utf8())
                .isEqualTo("{\"client_id\":\"me\",\"image\":\"pytorch/pytorch:2.4.0\","
                        + "\"env\":{\"HF_HOME\":\"/w\",\"-p 8888:8888\":\"1\"},\"disk\":40.0,\"label\":\"trainer\","
                        + "\"python_utf8\":false,\"lang_utf8\":false,\"use_jupyter_lab\":false,\"force\":false,"
                        + "\"cancel_unavail\":true,\"runtype\":\"ssh_direc ssh_proxy\"}");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void successFalseInsideA200IsARejection() throws Exception {
        routes.on(
                "PUT",
                ASK,
                json("{\"success\": false, \"error\": \"invalid_args\", \"msg\": "
                        + "\"error 400/3467: Invalid args: disk must be >= 8\", \"ask_id\": 24116832}"));
        try (VastHttpClient client = client()) {
            assertThat(client.submit(request()))
                    .isEqualTo(new LaunchResult.Rejected(
                            200, "invalid_args", "error 400/3467: Invalid args: disk must be >= 8"));
        }
        assertThat(recorded()).containsExactly("GET " + LIST, "PUT " + ASK);
    }

    @Test
    void anOfferTakenMeanwhileIsARejectionThatSaysTheOfferIsGone() throws Exception {
        routes.on(
                "PUT",
                ASK,
                json(
                        404,
                        "{\"success\": false, \"error\": \"invalid_args\", \"msg\": \"error 404/3603: "
                                + "no_such_ask Instance type by id 24116832 is not available.\", \"ask_id\": 24116832}"));
        try (VastHttpClient client = client()) {
            LaunchResult result = client.submit(request());
            assertThat(result).isInstanceOf(LaunchResult.Rejected.class);
            assertThat(((LaunchResult.Rejected) result).offerGone()).isTrue();
        }
        assertThat(recorded()).containsExactly("GET " + LIST, "PUT " + ASK);
    }

    @Test
    void aRateLimitedCreateIsNotRetriedAndSaysToTryAgainShortly() throws Exception {
        routes.on("PUT", ASK, json(429, "{\"detail\": \"API requests too frequent endpoint threshold=4.5\"}"));
        try (VastHttpClient client = client()) {
            assertThat(client.submit(request()))
                    .isEqualTo(new LaunchResult.Rejected(
                            429,
                            "",
                            "rate limited: the server did not act and nothing was created; try again in a few seconds"
                                    + " (API requests too frequent endpoint threshold=4.5)"));
        }
        assertThat(recorded()).containsExactly("GET " + LIST, "PUT " + ASK);
    }

    @Test
    void a503OnCreateIsARejectionThatIsNotResent() throws Exception {
        routes.on("PUT", ASK, text(503, "Service Temporarily Unavailable"));
        try (VastHttpClient client = client()) {
            assertThat(client.submit(request()))
                    .isEqualTo(new LaunchResult.Rejected(
                            503,
                            "",
                            "Service Temporarily Unavailable (server error: the server answered HTTP 503 and should not"
                                    + " have created anything; the request was not resent)"));
        }
        assertThat(recorded()).containsExactly("GET " + LIST, "PUT " + ASK);
    }

    @Test
    void a503WithRetryAfterZeroIsNotResentByOkHttpItself() throws Exception {
        routes.on(
                "PUT",
                ASK,
                new MockResponse.Builder()
                        .code(503)
                        .addHeader("Content-Type", "text/plain")
                        .addHeader("Retry-After", "0")
                        .body("busy")
                        .build());
        try (VastHttpClient client = client()) {
            assertThat(client.submit(request())).isInstanceOf(LaunchResult.Rejected.class);
        }
        assertThat(recorded()).containsExactly("GET " + LIST, "PUT " + ASK);
    }

    @Test
    void aResetAfterSendingIsNotResentAndTheNewInstanceIsFoundInTheList() throws Exception {
        routes.on(
                        "PUT",
                        ASK,
                        new MockResponse.Builder()
                                .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
                                .build())
                .on("GET", LIST, json(page(OLD_TWIN)), json(page(OLD_TWIN, FRESH_MATCH)));
        try (VastHttpClient client = client()) {
            assertThat(client.submit(request())).isEqualTo(new LaunchResult.Created(7836001L, true));
        }
        assertThat(recorded()).containsExactly("GET " + LIST, "PUT " + ASK, "GET " + LIST);
    }

    @Test
    void aResetOnAPooledConnectionIsNotSilentlyResentByOkHttp() throws Exception {
        routes.on("GET", "/api/v0/gpu_names/unique/", json("{\"gpu_names\": [\"RTX 4090\"]}"))
                .on(
                        "PUT",
                        ASK,
                        new MockResponse.Builder()
                                .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
                                .build())
                .on("GET", LIST, json(page()), json(page(FRESH_MATCH)));
        try (VastHttpClient client = client()) {
            client.gpuNames();
            assertThat(client.submit(request())).isEqualTo(new LaunchResult.Created(7836001L, true));
        }
        assertThat(recorded())
                .containsExactly("GET /api/v0/gpu_names/unique/", "GET " + LIST, "PUT " + ASK, "GET " + LIST);
    }

    @Test
    void a2xxWhoseBodyIsCutOffIsNotResentAndIsSettledByTheList() throws Exception {
        routes.on(
                        "PUT",
                        ASK,
                        new MockResponse.Builder()
                                .body("{\"success\": true, \"new_contract\": 7836001, \"instance_api_key\": \"x\"}")
                                .onResponseBody(new SocketEffect.CloseSocket(true, false, false))
                                .build())
                .on("GET", LIST, json(page()), json(page(FRESH_MATCH)));
        try (VastHttpClient client = client()) {
            assertThat(client.submit(request())).isEqualTo(new LaunchResult.Created(7836001L, true));
        }
        assertThat(recorded()).containsExactly("GET " + LIST, "PUT " + ASK, "GET " + LIST);
    }

    @Test
    void aReadTimeoutWithNoNewInstanceListedIsUnknownAndNotResent() throws Exception {
        routes.on(
                        "PUT",
                        ASK,
                        new MockResponse.Builder()
                                .headersDelay(2, TimeUnit.SECONDS)
                                .body("{\"success\": true, \"new_contract\": 1}")
                                .build())
                .on("GET", LIST, json(page(OLD_TWIN)), json(page(OLD_TWIN)));
        ClientSettings slow = ApiFixtures.settings(server, KEY, null)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(200), Duration.ofSeconds(10));
        server.setDispatcher(routes);
        try (VastHttpClient client = ApiFixtures.client(slow)) {
            LaunchResult result = client.submit(request());
            assertThat(result)
                    .isEqualTo(new LaunchResult.Unknown("create for offer 24116832: the request may have reached the "
                            + "server (" + server.getHostName() + ":" + server.getPort() + " did not answer: timed out "
                            + "after 200 ms); no matching new instance is listed. It may have been created anyway; "
                            + "check `vastlaunch show instances` before launching again"));
        }
        assertThat(recorded()).containsExactly("GET " + LIST, "PUT " + ASK, "GET " + LIST, "GET " + LIST);
    }

    @Test
    void a2xxThatIsNotJsonIsSettledByTheTemplateHashInTheList() throws Exception {
        String fresh = "{\"id\": 7836002, \"label\": null, \"image_uuid\": \"vastai/pytorch:2.4.1\", "
                + "\"template_hash_id\": \"c12d1f6e\", \"start_date\": 1784999990.0}";
        routes.on("PUT", ASK, json("<html>502 Bad Gateway</html>"))
                .on("GET", LIST, json(page(OLD_TWIN)), json(page(OLD_TWIN, fresh)));
        try (VastHttpClient client = client()) {
            assertThat(client.submit(launch(null, "c12d1f6e", null, EnvSpec.EMPTY)))
                    .isEqualTo(new LaunchResult.Created(7836002L, true));
        }
        assertThat(recorded()).containsExactly("GET " + LIST, "PUT " + ASK, "GET " + LIST);
    }

    @Test
    void a2xxWithoutTheNewContractIsSettledByTheList() throws Exception {
        routes.on("PUT", ASK, json("{\"success\": true}")).on("GET", LIST, json(page()), json(page(FRESH_MATCH)));
        try (VastHttpClient client = client()) {
            assertThat(client.submit(request())).isEqualTo(new LaunchResult.Created(7836001L, true));
        }
        assertThat(recorded()).containsExactly("GET " + LIST, "PUT " + ASK, "GET " + LIST);
    }

    @Test
    void aGatewayTimeoutIsAmbiguousAndEndsUnknownWhenNothingMatches() throws Exception {
        routes.on("PUT", ASK, text(504, "Gateway Time-out")).on("GET", LIST, json(page()), json(page()));
        try (VastHttpClient client = client()) {
            LaunchResult result = client.submit(request());
            assertThat(result).isInstanceOf(LaunchResult.Unknown.class);
            assertThat(((LaunchResult.Unknown) result).message())
                    .contains("a gateway answered HTTP 504 (Gateway Time-out)")
                    .contains("may have been created")
                    .endsWith("check `vastlaunch show instances` before launching again");
        }
        assertThat(recorded()).containsExactly("GET " + LIST, "PUT " + ASK, "GET " + LIST, "GET " + LIST);
    }

    @Test
    void whenTheListCannotBeReadEitherTheResultIsUnknown() throws Exception {
        routes.on(
                        "PUT",
                        ASK,
                        new MockResponse.Builder()
                                .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
                                .build())
                .on(
                        "GET",
                        LIST,
                        json(page()),
                        json(401, "{\"success\": false, \"error\": \"auth_error\", \"msg\": \"Invalid user key\"}"));
        try (VastHttpClient client = client()) {
            LaunchResult result = client.submit(request());
            assertThat(result).isInstanceOf(LaunchResult.Unknown.class);
            assertThat(((LaunchResult.Unknown) result).message())
                    .contains("the instance list could not be read either (HTTP 401 auth_error: Invalid user key)")
                    .contains("may have been created");
        }
        assertThat(recorded()).containsExactly("GET " + LIST, "PUT " + ASK, "GET " + LIST);
    }

    @Test
    void twoMatchingNewInstancesAreNotGuessedBetween() throws Exception {
        String other = FRESH_MATCH.replace("7836001", "7836003");
        routes.on(
                        "PUT",
                        ASK,
                        new MockResponse.Builder()
                                .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
                                .build())
                .on("GET", LIST, json(page()), json(page(FRESH_MATCH, other)));
        try (VastHttpClient client = client()) {
            LaunchResult result = client.submit(request());
            assertThat(result).isInstanceOf(LaunchResult.Unknown.class);
            assertThat(((LaunchResult.Unknown) result).message()).contains("instances 7836001, 7836003");
        }
        assertThat(recorded()).containsExactly("GET " + LIST, "PUT " + ASK, "GET " + LIST);
    }

    @Test
    void aRefusedConnectionIsNotSentAfterTryingAgain() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> log = ApiFixtures.newLog();
        try (VastHttpClient client = ApiFixtures.client(ApiFixtures.settings("http://127.0.0.1:" + port, KEY, log))) {
            assertThat(client.submit(request()))
                    .isEqualTo(new LaunchResult.NotSent("could not connect to 127.0.0.1:" + port
                            + ": connection refused (tried 3 times); nothing was sent, no instance was created"));
        }
        assertThat(log).filteredOn(line -> line.startsWith("--> PUT")).hasSize(3);
    }

    @Test
    void aLostAnswerNeverClaimsAnInstanceThatExistedBeforeTheCreate() throws Exception {
        routes.on("PUT", ASK, text(502, "Bad Gateway")).on("GET", LIST, json(page(FRESH_MATCH)));
        try (VastHttpClient client = client()) {
            LaunchResult result = client.submit(request());
            assertThat(result).isInstanceOf(LaunchResult.Unknown.class);
            assertThat(((LaunchResult.Unknown) result).message()).doesNotContain("7836001");
        }
    }

    @Test
    void withoutAListBeforeTheCreateALostAnswerIsUnknown() throws Exception {
        routes.on("PUT", ASK, text(502, "Bad Gateway")).on("GET", LIST, text(500, "down"));
        try (VastHttpClient client = client()) {
            LaunchResult result = client.submit(request());
            assertThat(result).isInstanceOf(LaunchResult.Unknown.class);
            assertThat(((LaunchResult.Unknown) result).message()).contains("could not be read before the create");
        }
    }
}
