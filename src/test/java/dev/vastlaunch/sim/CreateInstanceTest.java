package dev.vastlaunch.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CreateInstanceTest {
    private static SimServer server;
    private static SimHttp http;

    @BeforeAll
    static void start() throws IOException {
        server = SimServer.start(SimOptions.defaults().withOfferCount(300));
        http = new SimHttp(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
    }

    /** Returns ids of rentable offers, cheapest first. */
    private static List<Long> offerIds() {
        return http
                .search(Map.of(
                        "rentable", Map.of("eq", true), "order", List.of(List.of("dph_total", "asc")), "limit", 50))
                .offers()
                .stream()
                .map(o -> ((Number) Objects.requireNonNull(o.get("id"))).longValue())
                .toList();
    }

    /** Returns a body like the CLI sends for {@code create instance ID --image IMG --env ... --ssh --direct}. */
    private static Map<String, Object> cliBody() {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("client_id", "me");
        b.put("image", "pytorch/pytorch:latest");
        b.put("env", Map.of("TZ", "UTC", "-p 8000:8000", "1"));
        b.put("price", null);
        b.put("disk", 10);
        b.put("label", null);
        b.put("extra", null);
        b.put("onstart", null);
        b.put("image_login", null);
        b.put("python_utf8", false);
        b.put("lang_utf8", false);
        b.put("use_jupyter_lab", false);
        b.put("jupyter_dir", null);
        b.put("force", false);
        b.put("cancel_unavail", false);
        b.put("template_hash_id", null);
        b.put("user", null);
        b.put("runtype", "ssh_direc ssh_proxy");
        return b;
    }

    private static Map<String, Object> with(String key, @Nullable Object value) {
        Map<String, Object> b = cliBody();
        b.put(key, value);
        return b;
    }

    private static Map<String, Object> instance(Object id) {
        Object row = http.get("/api/v0/instances/" + Values.text(id) + "/?owner=me")
                .json()
                .get("instances");
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) Objects.requireNonNull(row, "instance " + id);
        return map;
    }

    @Test
    void createReturnsTheNewContractAndAnInstanceKey() {
        long offer = offerIds().get(0);

        SimHttp.Reply r = http.create(offer, cliBody());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/json");
        assertThat(r.body())
                .matches("\\{\"success\": true, \"new_contract\": \\d+, \"instance_api_key\": \"[0-9a-f]{64}\"}");
        assertThat(server.stats().creates()).isEqualTo(1);
    }

    @Test
    void aRentedOfferCannotBeRentedAgainAndLeavesSearches() {
        long offer = offerIds().get(0);
        assertThat(http.create(offer, cliBody()).status()).isEqualTo(200);

        SimHttp.Reply again = http.create(offer, cliBody());

        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json())
                .containsEntry("success", false)
                .containsEntry("error", "invalid_args")
                .containsEntry(
                        "msg", "error 404/3603: no_such_ask Instance type by id " + offer + " is not available.");
        assertThat(again.body()).contains("\"ask_id\": " + offer);
        assertThat(offerIds()).doesNotContain(offer);
        assertThat(server.stats().creates()).isEqualTo(1);
    }

    @Test
    void concurrentCreatesOfOneOfferSucceedExactlyOnce() throws Exception {
        long offer = offerIds().get(0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                statuses.add(pool.submit(() -> http.create(offer, cliBody()).status()));
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : statuses) {
                codes.add(f.get(10, TimeUnit.SECONDS));
            }

            assertThat(codes).containsOnlyOnce(200).filteredOn(c -> c != 200).containsOnly(404);
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.stats().creates()).isEqualTo(1);
    }

    @Test
    void anOfferThatNeverExistedIs404NoSuchAsk() {
        SimHttp.Reply r = http.create(1, cliBody());

        assertThat(r.status()).isEqualTo(404);
        assertThat((String) r.json().get("msg")).contains("no_such_ask Instance type by id 1 is not available");
    }

    @Test
    void cancelUnavailTurnsAGoneOfferInto410() {
        long offer = offerIds().get(0);
        http.create(offer, cliBody());

        SimHttp.Reply r = http.create(offer, with("cancel_unavail", true));

        assertThat(r.status()).isEqualTo(410);
        assertThat(r.json()).containsEntry("error", "no_such_ask");
    }

    @Test
    void pricesOutsideTheAllowedRangeAreInvalidPrice() {
        long offer = offerIds().get(0);
        for (Object price : List.of(0.0005, 128.5, "abc")) {
            SimHttp.Reply r = http.create(offer, with("price", price));
            assertThat(r.status()).as("price %s", price).isEqualTo(400);
            assertThat(r.json()).containsEntry("error", "invalid_price");
        }
        assertThat(http.create(offer, with("price", 0.5)).status()).isEqualTo(200);
    }

    @Test
    void eachInvalidArgumentIs400InvalidArgs() {
        long offer = offerIds().get(0);
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put("disk below 8", with("disk", 7.5));
        cases.put("image too long", with("image", "x".repeat(1025)));
        cases.put("label too long", with("label", "x".repeat(257)));
        cases.put("onstart too long", with("onstart", "x".repeat(4097)));
        Map<String, Object> argsTooLong = with("onstart", "x".repeat(3000));
        argsTooLong.put("args_str", "y".repeat(1500));
        cases.put("onstart + args_str too long", argsTooLong);
        cases.put("env too large", with("env", Map.of("BIG", "x".repeat(32_800))));
        cases.put("unknown template", with("template_hash_id", "0123456789abcdef0123456789abcdef"));
        cases.put("no image nor template", with("image", null));
        cases.put("unknown runtype", with("runtype", "telnet"));

        cases.forEach((name, body) -> {
            SimHttp.Reply r = http.create(offer, body);
            assertThat(r.status()).as(name).isEqualTo(400);
            assertThat(r.json()).as(name).containsEntry("success", false).containsEntry("error", "invalid_args");
            assertThat((String) r.json().get("msg")).as(name).startsWith("error 400/3467: Invalid args: ");
        });
        assertThat(server.stats().creates()).isZero();
        assertThat(offerIds()).contains(offer);
    }

    @Test
    void compositeAndEnumRuntypesAreAccepted() {
        List<Long> offers = offerIds();
        List<String> runtypes = List.of(
                "ssh",
                "jupyter",
                "args",
                "ssh_proxy",
                "ssh_direct",
                "jupyter_direct",
                "ssh_direc ssh_proxy",
                "jupyter_direc ssh_direc ssh_proxy",
                "jupyter_proxy ssh_proxy");
        for (int i = 0; i < runtypes.size(); i++) {
            SimHttp.Reply r = http.create(offers.get(i), with("runtype", runtypes.get(i)));
            assertThat(r.status()).as(runtypes.get(i)).isEqualTo(200);
        }
    }

    @Test
    void runtypeIsStoredInTheServerTokenForm() {
        List<Long> offers = offerIds();
        Object direct = http.create(offers.get(0), with("runtype", "ssh_direc ssh_proxy"))
                .json()
                .get("new_contract");
        Object jupyter = http.create(offers.get(1), with("runtype", "jupyter_proxy ssh_proxy"))
                .json()
                .get("new_contract");

        assertThat(instance(Objects.requireNonNull(direct)).get("image_runtype"))
                .isEqualTo("ssh ssh_direc ssh_proxy");
        assertThat(instance(Objects.requireNonNull(jupyter)).get("image_runtype"))
                .isEqualTo("jupyter jupyter_proxy ssh_proxy");
    }

    @Test
    void templateMergeTakesTheImageAndMergesEnvByKeyWithTheRequestWinning() {
        Template vllm = Templates.ALL.stream()
                .filter(t -> t.name().equals("vLLM"))
                .findFirst()
                .orElseThrow();
        Map<String, Object> body = cliBody();
        body.remove("runtype");
        body.put("image", null);
        body.put("template_hash_id", vllm.hashId());
        body.put("env", Map.of("HF_HOME", "/data", "-p 9000:9000", "1"));

        SimHttp.Reply r = http.create(offerIds().get(0), body);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Map<String, Object> row = instance(Objects.requireNonNull(r.json().get("new_contract")));
        assertThat(row.get("image_uuid")).isEqualTo("vllm/vllm-openai:v0.6.3");
        assertThat(row.get("template_hash_id")).isEqualTo(vllm.hashId());
        assertThat(row.get("image_runtype")).isEqualTo("args");
        assertThat(row.get("extra_env"))
                .isEqualTo(List.of(
                        List.of("-p 8000:8000", "1"), List.of("HF_HOME", "/data"), List.of("-p 9000:9000", "1")));
        assertThat(row.get("disk_space")).isEqualTo(10.0);
    }

    @Test
    void envInDockerFlagStringFormIsAccepted() {
        SimHttp.Reply r = http.create(offerIds().get(0), with("env", "-e A=1 -e B='x y' -p 8081:8081/udp -h box"));

        Map<String, Object> row = instance(Objects.requireNonNull(r.json().get("new_contract")));
        assertThat(row.get("extra_env"))
                .isEqualTo(List.of(
                        List.of("A", "1"),
                        List.of("B", "x y"),
                        List.of("-p 8081:8081/udp", "1"),
                        List.of("-h", "box")));
    }

    @Test
    void aBidCreatesAnInterruptibleInstanceAtTheBidPrice() {
        long offer = offerIds().get(0);

        Object id = http.create(offer, with("price", 9.5)).json().get("new_contract");

        Map<String, Object> row = instance(Objects.requireNonNull(id));
        assertThat(row.get("is_bid")).isEqualTo(true);
        assertThat(row.get("dph_base")).isEqualTo(9.5);
    }
}
