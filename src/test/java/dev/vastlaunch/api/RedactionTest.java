package dev.vastlaunch.api;

import static dev.vastlaunch.api.ApiFixtures.json;
import static dev.vastlaunch.api.ApiFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vastlaunch.launch.EnvSpec;
import dev.vastlaunch.offers.OfferQuery;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** Proves the API key never shows up in a log line, a result message, an exception or a toString. */
class RedactionTest {
    private static final String SECRET = "sk-SECRET-123";
    private static final String ECHO = "{\"success\": false, \"error\": \"auth_error\", \"msg\": \"Invalid user key "
            + SECRET + " (sent as Authorization: Bearer " + SECRET + ")\"}";

    @StartStop
    public final MockWebServer server = new MockWebServer();

    private final List<String> log = ApiFixtures.newLog();
    private final List<String> produced = new ArrayList<>();

    @Test
    void theKeyAppearsInNoLogLineMessageOrToStringEvenWhenTheServerEchoesIt() throws Exception {
        RoutingDispatcher routes = new RoutingDispatcher()
                .on(
                        "POST",
                        "/api/v0/bundles/",
                        json("{\"offers\": []}"),
                        json(401, ECHO),
                        text(400, "bad request for /api/v0/bundles/?api_key=" + SECRET),
                        json("{\"offers\": [{\"id\": 1, \"dph_total\": \"" + SECRET + "\"}]}"))
                .on("GET", "/api/v0/template/", json(200, ECHO))
                .on(
                        "PUT",
                        "/api/v0/asks/24116832/",
                        json(429, ECHO),
                        new MockResponse.Builder()
                                .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
                                .build())
                .on("GET", "/api/v1/instances/", json(403, ECHO));
        server.setDispatcher(routes);
        ClientSettings settings = ApiFixtures.settings(server, SECRET, log);
        try (VastHttpClient client = ApiFixtures.client(settings)) {
            for (int i = 0; i < 4; i++) {
                produced.add(client.search(OfferQuery.defaults()).toString());
            }
            produced.add(client.searchTemplates(Map.of()).toString());
            produced.add(client.submit(CreateCallTest.launch("img", null, SECRET, EnvSpec.EMPTY))
                    .toString());
            produced.add(client.submit(CreateCallTest.launch("img", null, null, EnvSpec.EMPTY))
                    .toString());
            produced.add(client.listInstances().toString());
            produced.add(client.toString());
        }
        produced.add(settings.toString());
        produced.add(new AuthInterceptor(SECRET).toString());

        assertThat(server.takeRequest().getHeaders().get("Authorization"))
                .as("the key was really sent, so it could have leaked")
                .isEqualTo("Bearer " + SECRET);
        assertThat(log).anyMatch(line -> line.contains("auth: Bearer ***"));
        assertThat(produced).anyMatch(message -> message.contains("Invalid user key ***"));
        assertNoSecret();
    }

    @Test
    void transportFailuresAndRefusedUrlsDoNotRevealTheKey() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (VastHttpClient client =
                ApiFixtures.client(ApiFixtures.settings("http://127.0.0.1:" + port, SECRET, log))) {
            produced.add(client.search(OfferQuery.defaults()).toString());
            produced.add(client.submit(CreateCallTest.request()).toString());
        }
        assertThatThrownBy(() -> VastHttpClient.create(
                        ClientSettings.defaults("http://example.com/?api_key=" + SECRET, SECRET, "1")))
                .satisfies(e -> produced.add(e.getMessage()));
        assertThatThrownBy(() -> VastHttpClient.create(
                        ClientSettings.defaults("https://console.vast.ai/?api_key=" + SECRET, SECRET, "1")))
                .satisfies(e -> produced.add(e.getMessage()));
        assertThatThrownBy(() -> new AuthInterceptor(SECRET + "\u00e9x")).satisfies(e -> produced.add(e.getMessage()));
        assertThat(produced).hasSize(5);
        assertNoSecret();
    }

    @Test
    void theLoggingInterceptorMasksAnApiKeyQueryParameterAndTheBearerValue() throws Exception {
        server.enqueue(json("{}"));
        OkHttpClient http = new OkHttpClient.Builder()
                .addInterceptor(new AuthInterceptor(SECRET))
                .addInterceptor(new LoggingInterceptor(log::add, SECRET))
                .build();
        Request request = new Request.Builder()
                .url(server.url("/api/v0/instances/?owner=me&api_key=" + SECRET))
                .build();
        try (Response response = http.newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(200);
        }
        assertThat(server.takeRequest().getTarget()).contains(SECRET);
        assertThat(log).hasSize(2);
        assertThat(log.get(0)).contains("owner=me&api_key=***").contains("auth: Bearer ***");
        assertThat(log.get(1)).startsWith("<-- 200 GET ");
        assertNoSecret();
    }

    private void assertNoSecret() {
        List<String> everything = new ArrayList<>(log);
        everything.addAll(produced);
        assertThat(everything).isNotEmpty().noneMatch(text -> text.contains("SECRET"));
    }
}
