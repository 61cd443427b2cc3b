package dev.vastlaunch.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthAndRoutingTest {
    private static SimServer server;
    private static SimHttp http;

    @BeforeAll
    static void start() throws IOException {
        server = SimServer.start(SimOptions.defaults().withOfferCount(200).withApiKey("k-123"));
        http = new SimHttp(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void bearerHeaderIsAccepted() throws IOException {
        SimHttp.Reply r = http.sendOrThrow("POST", "/api/v0/bundles/", "{\"limit\": 1}", "Bearer k-123");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.offers()).hasSize(1);
    }

    @Test
    void apiKeyQueryParameterIsAccepted() throws IOException {
        SimHttp.Reply r = http.sendOrThrow("POST", "/api/v0/bundles/?api_key=k-123", "{\"limit\": 1}", null);

        assertThat(r.status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer wrong", "Basic k-123", "k-123"})
    void missingOrWrongKeyGets401WithTheVastErrorBody(String authorization) throws IOException {
        SimHttp.Reply r =
                http.sendOrThrow("GET", "/api/v1/instances/", null, authorization.isEmpty() ? null : authorization);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).isEqualTo("application/json");
        assertThat(r.json()).isEqualTo(Map.of("success", false, "error", "auth_error", "msg", "Invalid user key"));
    }

    @Test
    void gpuNamesNeedNoKey() throws IOException {
        SimHttp.Reply r = http.sendOrThrow("GET", "/api/v0/gpu_names/unique/", null, null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.list("gpu_names")).isNotEmpty();
        assertThat(r.body()).contains("\"RTX 4090\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v0/template/",
                "/api/v0/template",
                "/api/v1/instances/",
                "/api/v1/instances",
                "/api/v0/instances/filters/",
                "/api/v0/instances/filters",
                "/api/v0/instances/?owner=me"
            })
    void routesAnswerWithAndWithoutTrailingSlashWithExactJsonContentType(String path) {
        SimHttp.Reply r = http.get(path);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/json");
        assertThat(r.json()).isNotEmpty();
    }

    @Test
    void searchAnswersWithoutTrailingSlashToo() {
        SimHttp.Reply r = http.send("POST", "/api/v0/bundles", "{\"limit\": 2}", true);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.offers()).hasSize(2);
    }

    @Test
    void theWrappedSearchOfTheNewCliFlagAnswersLikeBundles() {
        String q = "{\"num_gpus\": {\"eq\": 2}, \"limit\": 3}";
        SimHttp.Reply wrapped =
                http.send("PUT", "/api/v0/search/asks/", "{\"select_cols\": [\"*\"], \"q\": " + q + "}", true);

        assertThat(wrapped.status()).isEqualTo(200);
        assertThat(wrapped.offers())
                .hasSize(3)
                .allSatisfy(o -> assertThat(o.get("num_gpus")).isEqualTo(2.0));
        assertThat(wrapped.offers())
                .extracting(o -> o.get("id"))
                .isEqualTo(http.send("POST", "/api/v0/bundles/", q, true).offers().stream()
                        .map(o -> o.get("id"))
                        .toList());
    }

    @Test
    void unknownRouteIs404Json() {
        SimHttp.Reply r = http.get("/api/v0/nope/");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).isEqualTo("application/json");
        assertThat(r.json()).containsEntry("success", false).containsEntry("error", "not_found");
    }

    @Test
    void wrongMethodIs405Json() {
        SimHttp.Reply r = http.send("GET", "/api/v0/bundles/", null, true);

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.contentType()).isEqualTo("application/json");
        assertThat(r.json()).containsEntry("error", "method_not_allowed");
    }

    @Test
    void invalidJsonBodyIs400Json() {
        SimHttp.Reply r = http.send("POST", "/api/v0/bundles/", "{not json", true);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).isEqualTo("application/json");
        assertThat(r.json()).containsEntry("error", "invalid_request");
    }

    @Test
    void instanceFiltersAnswerAListOfValueObjectsNotColumnNames() {
        // The CLI's table view calls .get() on every entry; a list of strings crashed it (see CliRoutesTest).
        assertThat(http.get("/api/v0/instances/filters/").json().get("filters"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .allSatisfy(f -> assertThat(f).isInstanceOf(Map.class));
    }
}
