package dev.vastlaunch.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HardeningTest {
    private SimServer server;
    private SimHttp http;

    @BeforeEach
    void start() throws IOException {
        server = SimServer.start(SimOptions.defaults().withOfferCount(200).withApiKey("k-hard"));
        http = new SimHttp(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void adminRoutesRefuseARequestWithoutTheKeyAndChangeNothing() throws IOException {
        SimHttp.Reply r = http.sendOrThrow("POST", "/__sim/faults", "{\"rate_limit_burst\": 5}", null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json()).isEqualTo(Map.of("success", false, "error", "auth_error", "msg", "Invalid user key"));
        assertThat(http.sendOrThrow("POST", "/__sim/reset", "", "Bearer wrong").status())
                .isEqualTo(401);
        assertThat(http.sendOrThrow("GET", "/__sim/stats", null, null).status()).isEqualTo(401);
        assertThat(http.search(Map.of("limit", 1)).status()).isEqualTo(200);
    }

    @Test
    void adminRoutesAcceptTheKeyAsHeaderOrQueryParameter() throws IOException {
        assertThat(http.sendOrThrow("GET", "/__sim/stats", null, "Bearer k-hard")
                        .status())
                .isEqualTo(200);
        SimHttp.Reply set = http.sendOrThrow("POST", "/__sim/faults?api_key=k-hard", "{\"rate_limit_burst\": 1}", null);

        assertThat(set.status()).isEqualTo(200);
        assertThat(http.search(Map.of("limit", 1)).status()).isEqualTo(429);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"Infinity\"", "\"-Infinity\"", "\"NaN\"", "\"inf\"", "\"1e999\"", "1e999"})
    void aNonFiniteDiskIsRefusedWith400AndCreatesNothing(String disk) {
        SimHttp.Reply r = http.send(
                "PUT", "/api/v0/asks/" + firstOffer() + "/", "{\"image\": \"ubuntu\", \"disk\": " + disk + "}", true);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json())
                .containsEntry("success", false)
                .containsKey("error")
                .containsKey("msg");
        assertThat(server.stats().creates()).isZero();
    }

    @Test
    void aNonFinitePriceAndANonFiniteSearchValueAreRefusedWith400() {
        SimHttp.Reply create = http.send(
                "PUT", "/api/v0/asks/" + firstOffer() + "/", "{\"image\": \"ubuntu\", \"price\": \"Infinity\"}", true);
        SimHttp.Reply search = http.search(Map.of("dph_total", Map.of("lte", "NaN")));

        assertThat(create.status()).isEqualTo(400);
        assertThat(create.json()).containsEntry("success", false).containsEntry("error", "invalid_args");
        assertThat(search.status()).isEqualTo(400);
        assertThat(search.json()).containsEntry("success", false).containsEntry("error", "invalid_args");
        assertThat((String) search.json().get("msg")).contains("not a finite number");
    }

    @Test
    void fortyStalledRequestBodiesNeitherBlockOtherClientsNorHoldTheirConnectionsForever() throws IOException {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
                OutputStream out = s.getOutputStream();
                out.write(("PUT /api/v0/asks/1/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                + "Content-Length: 1000\r\n\r\n{\"image\":")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                stalled.add(s);
            }

            long t0 = System.nanoTime();
            SimHttp.Reply health = http.sendOrThrow("GET", "/api/v0/gpu_names/unique/", null, null);
            long ms = (System.nanoTime() - t0) / 1_000_000;

            assertThat(health.status()).isEqualTo(200);
            assertThat(ms).as("health check latency in ms").isLessThan(2000);

            Socket first = stalled.get(0);
            first.setSoTimeout((Integer.parseInt(SimServer.MAX_REQUEST_SECONDS) + 4) * 1000);
            assertThat(closedByServer(first.getInputStream()))
                    .as("the server drops a request whose body never arrives")
                    .isTrue();
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
    }

    private static boolean closedByServer(InputStream in) throws IOException {
        try {
            while (true) {
                if (in.read() < 0) {
                    return true;
                }
            }
        } catch (SocketException e) {
            return true;
        }
    }

    private long firstOffer() {
        Object id = http.search(Map.of("rentable", Map.of("eq", true), "limit", 1))
                .offers()
                .get(0)
                .get("id");
        return ((Number) java.util.Objects.requireNonNull(id)).longValue();
    }
}
