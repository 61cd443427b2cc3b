package dev.vastlaunch.api;

import static dev.vastlaunch.api.ApiFixtures.KEY;
import static dev.vastlaunch.api.ApiFixtures.fixture;
import static dev.vastlaunch.api.ApiFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferQuery;
import dev.vastlaunch.offers.OfferType;
import dev.vastlaunch.offers.Outcome;
import dev.vastlaunch.offers.SortKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class OfferCallsTest {
    @StartStop
    public final MockWebServer server = new MockWebServer();

    private static OfferQuery queryWithNullAndList() {
        Map<String, Map<String, @Nullable Object>> filters = new LinkedHashMap<>(OfferQuery.defaultFilters());
        Map<String, @Nullable Object> gpu = new LinkedHashMap<>();
        gpu.put("in", List.of("RTX 4090", "H100 SXM"));
        filters.put("gpu_name", gpu);
        Map<String, @Nullable Object> vers = new LinkedHashMap<>();
        vers.put("gte", "12.0");
        vers.put("lt", 14.5);
        filters.put("cuda_max_good", vers);
        Map<String, @Nullable Object> cluster = new LinkedHashMap<>();
        cluster.put("eq", null);
        filters.put("cluster_id", cluster);
        Map<String, @Nullable Object> gpus = new LinkedHashMap<>();
        gpus.put("gte", 2L);
        filters.put("num_gpus", gpus);
        return new OfferQuery(
                filters,
                List.of(new SortKey("dph_total", false), new SortKey("score", true)),
                OfferType.INTERRUPTIBLE,
                50,
                40.0);
    }

    @Test
    void searchPostsTheWireBodyInOrderWithNullsAndParsesEveryOffer() throws Exception {
        server.enqueue(json(fixture("offers.json")));
        try (VastHttpClient client = ApiFixtures.client(server)) {
            Outcome<List<Offer>> outcome = client.search(queryWithNullAndList());

            RecordedRequest request = server.takeRequest();
            assertThat(request.getMethod()).isEqualTo("POST");
            assertThat(request.getTarget()).isEqualTo("/api/v0/bundles/");
            assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
            assertThat(request.getHeaders().get("User-Agent")).isEqualTo("vastlaunch/1.2.3");
            assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
            assertThat(request.getBody().utf8())
                    .isEqualTo("{\"verified\":{\"eq\":true},\"external\":{\"eq\":false},\"rentable\":{\"eq\":true},"
                            + "\"gpu_name\":{\"in\":[\"RTX 4090\",\"H100 SXM\"]},"
                            + "\"cuda_max_good\":{\"gte\":\"12.0\",\"lt\":14.5},\"cluster_id\":{\"eq\":null},"
                            + "\"num_gpus\":{\"gte\":2},"
                            + "\"order\":[[\"dph_total\",\"asc\"],[\"score\",\"desc\"]],\"type\":\"bid\",\"limit\":50,"
                            + "\"allocated_storage\":40.0}");

            assertThat(outcome).isInstanceOf(Outcome.Ok.class);
            List<Offer> offers = ((Outcome.Ok<List<Offer>>) outcome).value();
            assertThat(offers).hasSize(2);
            assertThat(offers.get(0))
                    .isEqualTo(new Offer(
                            24116832L,
                            "RTX 4090",
                            1,
                            24564L,
                            0.35194444444444445,
                            0.345,
                            0.2208,
                            82.95,
                            235.69,
                            0.9969,
                            12.4,
                            "550.107.02",
                            938.1,
                            912.4,
                            499,
                            "Texas, US",
                            6399731.5,
                            812.3,
                            128497L,
                            16.0,
                            "verified",
                            31944L,
                            187409L,
                            0.2,
                            208.4,
                            0.35194444444444445,
                            82.58,
                            3517.2,
                            OfferType.INTERRUPTIBLE));
            Offer h100 = offers.get(1);
            assertThat(h100.gpuName()).isEqualTo("H100 SXM");
            assertThat(h100.numGpus()).isEqualTo(8);
            assertThat(h100.minBid()).isNull();
            assertThat(h100.discountedDphTotal()).isNull();
            assertThat(h100.geolocation()).isEqualTo("Frankfurt, DE");
        }
    }

    @Test
    void theDefaultQueryIsSentAsTheOfficialCliSendsIt() throws Exception {
        server.enqueue(json("{\"offers\": []}"));
        try (VastHttpClient client = ApiFixtures.client(server)) {
            assertThat(client.search(OfferQuery.defaults())).isEqualTo(new Outcome.Ok<>(List.of()));
        }
        assertThat(server.takeRequest().getBody().utf8())
                .isEqualTo("{\"verified\":{\"eq\":true},\"external\":{\"eq\":false},\"rentable\":{\"eq\":true},"
                        + "\"order\":[[\"score\",\"desc\"]],\"type\":\"on-demand\",\"allocated_storage\":5.0}");
    }

    @Test
    void anOfferWithAWronglyTypedFieldFailsNamingTheEndpointAndTheJsonPath() {
        server.enqueue(json("{\"offers\": [{\"id\": 1, \"dph_total\": 0.5}, {\"id\": 2, \"dph_total\": {\"x\": 1}}]}"));
        try (VastHttpClient client = ApiFixtures.client(server)) {
            assertThat(client.search(OfferQuery.defaults()))
                    .isEqualTo(new Outcome.Failed<>("unexpected answer from POST /api/v0/bundles/: "
                            + "Expected a number but was BEGIN_OBJECT at path $.offers[1].dph_total"));
        }
    }

    @Test
    void rawSearchGivesTheOffersAsWrittenWithoutTypingThem() {
        // --raw prints what the server wrote: an offer our reading would refuse is still shown, byte for byte.
        String offers = "[{\"id\": 1, \"dph_total\": {\"x\": 1}},  {\"id\": 2e0}]";
        server.enqueue(json("{\"success\": true, \"offers\": " + offers + "}"));
        try (VastHttpClient client = ApiFixtures.client(server)) {
            assertThat(client.searchRaw(OfferQuery.defaults())).isEqualTo(new Outcome.Ok<>(offers));
        }
    }

    @Test
    void rawSearchStillRefusesAnAnswerThatSaysItFailed() {
        server.enqueue(
                json("{\"success\": false, \"error\": \"invalid_args\", \"msg\": \"bad query\", \"offers\": []}"));
        server.enqueue(json("{\"offers\": [1,,]}"));
        try (VastHttpClient client = ApiFixtures.client(server)) {
            Outcome<String> refused = client.searchRaw(OfferQuery.defaults());
            assertThat(refused).isNotInstanceOf(Outcome.Ok.class);
            assertThat(refused.describe()).contains("bad query");
            Outcome<String> broken = client.searchRaw(OfferQuery.defaults());
            assertThat(broken).isInstanceOf(Outcome.Failed.class);
            assertThat(broken.describe()).startsWith("unexpected answer from POST /api/v0/bundles/: ");
        }
    }

    @Test
    void bodyThatIsNotJsonFailsWithMoshisMessageAndPath() {
        server.enqueue(json("{\"offers\": [{\"id\": 1,,}]}"));
        try (VastHttpClient client = ApiFixtures.client(server)) {
            Outcome<List<Offer>> outcome = client.search(OfferQuery.defaults());
            assertThat(outcome).isInstanceOf(Outcome.Failed.class);
            assertThat(outcome.describe())
                    .startsWith("unexpected answer from POST /api/v0/bundles/: ")
                    .contains("at path $.offers[0]");
        }
    }

    @Test
    void aNullOfferIsAnUnexpectedAnswerNotACrash() {
        server.enqueue(json("{\"offers\": [{\"id\": 1}, null]}"));
        try (VastHttpClient client = ApiFixtures.client(server)) {
            assertThat(client.search(OfferQuery.defaults()))
                    .isEqualTo(new Outcome.Failed<>("unexpected answer from POST /api/v0/bundles/: an offer is null"));
        }
    }

    @Test
    void anAnswerWithoutAnOffersListIsAnUnexpectedAnswer() {
        server.enqueue(json("{\"success\": true}"));
        try (VastHttpClient client = ApiFixtures.client(server)) {
            assertThat(client.search(OfferQuery.defaults()))
                    .isEqualTo(
                            new Outcome.Failed<>("unexpected answer from POST /api/v0/bundles/: no \"offers\" list"));
        }
    }

    @Test
    void numbersSentAsStringsAndMissingFieldsAreAccepted() {
        server.enqueue(json("{\"offers\": [{\"id\": \"77\", \"num_gpus\": \"2\", \"dph_total\": \"1.25\","
                + " \"min_bid\": \"\", \"gpu_ram\": 24576.0}]}"));
        try (VastHttpClient client = ApiFixtures.client(server)) {
            Offer offer = ((Outcome.Ok<List<Offer>>) client.search(OfferQuery.defaults()))
                    .value()
                    .get(0);
            assertThat(offer.id()).isEqualTo(77L);
            assertThat(offer.numGpus()).isEqualTo(2);
            assertThat(offer.dphTotal()).isEqualTo(1.25);
            assertThat(offer.minBid()).isNull();
            assertThat(offer.gpuRamMb()).isEqualTo(24576L);
            assertThat(offer.gpuName()).isEmpty();
        }
    }

    @Test
    void gpuNamesAreFetchedWithoutTheAuthorizationHeader() throws Exception {
        server.enqueue(json(fixture("gpu-names.json")));
        try (VastHttpClient client = ApiFixtures.client(server)) {
            assertThat(client.gpuNames())
                    .isEqualTo(new Outcome.Ok<>(
                            List.of("A100 PCIE", "A100 SXM4", "H100 SXM", "RTX 3090", "RTX 4090", "RTX A6000")));
        }
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/api/v0/gpu_names/unique/");
        assertThat(request.getHeaders().names()).doesNotContain("Authorization");
        assertThat(request.getHeaders().get("User-Agent")).isEqualTo("vastlaunch/1.2.3");
    }

    @Test
    void withoutAKeyNoAuthorizationHeaderIsSent() throws Exception {
        server.enqueue(json("{\"offers\": []}"));
        try (VastHttpClient client = ApiFixtures.client(ApiFixtures.settings(server, null, null))) {
            client.search(OfferQuery.defaults());
        }
        assertThat(server.takeRequest().getHeaders().names()).doesNotContain("Authorization");
    }

    @Test
    void theKeyNeverTravelsInTheUrl() throws Exception {
        server.enqueue(json("{\"offers\": []}"));
        server.enqueue(json(fixture("gpu-names.json")));
        List<String> targets = new ArrayList<>();
        try (VastHttpClient client = ApiFixtures.client(server)) {
            client.search(OfferQuery.defaults());
            client.gpuNames();
        }
        targets.add(server.takeRequest().getTarget());
        targets.add(server.takeRequest().getTarget());
        assertThat(targets).noneMatch(t -> t.contains("api_key") || t.contains(KEY));
    }

    @Test
    void closeDropsThePooledConnectionsAtOnce() {
        server.enqueue(json(fixture("gpu-names.json")));
        VastHttpClient client = ApiFixtures.client(server);
        client.gpuNames();
        assertThat(client.openConnections()).isEqualTo(1);
        client.close();
        assertThat(client.openConnections()).isZero();
        client.close();
    }
}
