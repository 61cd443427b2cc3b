package dev.vastlaunch.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.api.ClientSettings;
import dev.vastlaunch.api.VastHttpClient;
import dev.vastlaunch.app.Ports;
import dev.vastlaunch.cli.Cli;
import dev.vastlaunch.cli.Confirmer;
import dev.vastlaunch.cli.GlobalOptions;
import dev.vastlaunch.command.CommandTable;
import dev.vastlaunch.sim.SimOptions;
import dev.vastlaunch.sim.SimServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the one-shot commands through the real HTTP client against the simulator, faults included. */
class SimFlowTest {
    private static final String KEY = "sk-SIM-SECRET-4242";

    @SuppressWarnings("NullAway.Init")
    private SimServer sim;

    @SuppressWarnings("NullAway.Init")
    private VastHttpClient client;

    private final List<String> httpLog = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        sim = SimServer.start(SimOptions.defaults()
                .withApiKey(KEY)
                .withOfferCount(3000)
                .withTimings(Duration.ofMillis(30), Duration.ofMillis(90)));
        client = VastHttpClient.create(ClientSettings.defaults(sim.baseUrl(), KEY, "test")
                .withRetries(3, Duration.ofMillis(5))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5))
                .withLog(line -> {
                    synchronized (httpLog) {
                        httpLog.add(line);
                    }
                }));
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        Confirmer never = new Confirmer() {
            @Override
            public boolean confirm(String question) {
                return false;
            }

            @Override
            public boolean canAsk() {
                return false;
            }
        };
        GlobalOptions g = java.util.Objects.requireNonNull(
                GlobalOptions.parse(Arrays.asList(args)).options());
        return new Cli(
                        o,
                        e,
                        CommandTable.standard(dev.vastlaunch.launch.FileSource.none()),
                        dev.vastlaunch.launch.FileSource.none(),
                        never,
                        160,
                        new dev.vastlaunch.api.WireJson(),
                        argv -> new dev.vastlaunch.app.HandOff.Ended.Failed("no terminal in this test"))
                .run(g, () -> new Ports(client, client, client, new dev.vastlaunch.api.WireJson()));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private long firstOfferId(String query) {
        assertThat(run("search", "offers", query, "-o", "dph", "--limit", "5")).isZero();
        Matcher m = Pattern.compile("(?m)^\\s*(\\d+)\\s").matcher(out());
        assertThat(m.find()).as("an offer row in:\n%s", out()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void searchCreateWaitAndSshUrlWorkEndToEnd() {
        long offer = firstOfferId("gpu_name=RTX_4090 num_gpus>=1");
        assertThat(out()).contains("RTX 4090");
        assertThat(run(
                        "create",
                        "instance",
                        String.valueOf(offer),
                        "--image",
                        "pytorch/pytorch:latest",
                        "--ssh",
                        "--direct",
                        "--env",
                        "-e HF_HOME=/w -p 8000:8000",
                        "--yes"))
                .isZero();
        long id = Long.parseLong(out().strip());
        assertThat(run("wait", String.valueOf(id), "--timeout", "10")).isZero();
        assertThat(out()).startsWith("ssh://root@");
        assertThat(run("ssh-url", String.valueOf(id))).isZero();
        assertThat(out().strip()).matches("ssh://root@[0-9.]+:\\d+");
        assertThat(run("show", "instance", String.valueOf(id), "--raw")).isZero();
        assertThat(out()).contains("\"8000/tcp\"").contains("\"running\"");
        assertThat(sim.stats().creates()).isEqualTo(1);
    }

    @Test
    void aReservedSearchListsEveryOfferAtItsReservedPriceAsTheOfficialCliDoes() {
        assertThat(run("search", "offers", "gpu_name=RTX_4090", "-r", "-o", "dph", "--limit", "1", "--raw"))
                .isZero();
        String raw = out();
        long id = Long.parseLong(firstNumber(raw, "id"));
        double listed = Double.parseDouble(firstNumber(raw, "dph_total"));
        double reserved = Double.parseDouble(firstNumber(raw, "discounted_dph_total"));
        assertThat(reserved).as("the simulator discounts this offer").isLessThan(listed - 0.0001);

        assertThat(run("search", "offers", "gpu_name=RTX_4090", "-r", "-o", "dph", "--limit", "1"))
                .isZero();
        String row = out().lines()
                .filter(l -> l.strip().startsWith(id + " "))
                .findFirst()
                .orElseThrow();
        assertThat(row)
                .contains(String.format(java.util.Locale.ROOT, "%.4f", reserved))
                .doesNotContain(String.format(java.util.Locale.ROOT, "%.4f", listed));

        assertThat(run("search", "offers", "id=" + id)).isZero();
        assertThat(out().lines().filter(l -> l.strip().startsWith(id + " ")).findFirst())
                .as("an on-demand search lists it at dph_total")
                .hasValueSatisfying(l -> assertThat(l).contains(String.format(java.util.Locale.ROOT, "%.4f", listed)));
    }

    /** Returns the first value of {@code "key": number} in {@code json} (a key, not the end of a longer one). */
    private static String firstNumber(String json, String key) {
        Matcher m = Pattern.compile("[{,]\\s*\"" + key + "\":\\s*([0-9.]+)").matcher(json);
        assertThat(m.find()).as("%s in %s", key, json).isTrue();
        return m.group(1);
    }

    @Test
    void theDemoAccountIsKeptInItsFileBetweenRuns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        var stateDir = new dev.vastlaunch.config.StateDir(dir);
        java.nio.file.Path file = stateDir.demoAccount();
        SimOptions options = SimOptions.defaults()
                .withApiKey(KEY)
                .withOfferCount(3000)
                .withTimings(Duration.ofMillis(30), Duration.ofMillis(90))
                .withAccountFile(new dev.vastlaunch.DemoAccountFile(stateDir, w -> {}));
        long offer;
        long id;
        try (SimServer first = SimServer.start(options);
                VastHttpClient c = VastHttpClient.create(ClientSettings.defaults(first.baseUrl(), KEY, "test"))) {
            offer = ((dev.vastlaunch.offers.Outcome.Ok<List<dev.vastlaunch.offers.Offer>>)
                            c.search(dev.vastlaunch.offers.OfferQuery.defaults()))
                    .value()
                    .get(0)
                    .id();
            var draft = dev.vastlaunch.launch.LaunchDraft.empty().toBuilder()
                    .offerId(offer)
                    .image("ubuntu:22.04")
                    .label("kept")
                    .build();
            id = ((dev.vastlaunch.launch.LaunchResult.Created) c.submit(draft.toRequest())).instanceId();
        }
        assertThat(file).exists();
        try (SimServer second = SimServer.start(options);
                VastHttpClient c = VastHttpClient.create(ClientSettings.defaults(second.baseUrl(), KEY, "test"))) {
            var listed = ((dev.vastlaunch.offers.Outcome.Ok<List<dev.vastlaunch.launch.Instance>>) c.listInstances())
                    .value();
            assertThat(listed).singleElement().satisfies(i -> {
                assertThat(i.id()).isEqualTo(id);
                assertThat(i.label()).isEqualTo("kept");
            });
            var draft = dev.vastlaunch.launch.LaunchDraft.empty().toBuilder()
                    .offerId(offer)
                    .image("ubuntu:22.04")
                    .build();
            assertThat(c.submit(draft.toRequest())).isInstanceOf(dev.vastlaunch.launch.LaunchResult.Rejected.class);
        }
    }

    @Test
    void aRentedOfferIsGoneAndASecondRentSaysSoWithExitOne() {
        long offer = firstOfferId("num_gpus=1");
        assertThat(run("create", "instance", String.valueOf(offer), "--image", "ubuntu:22.04", "--yes"))
                .isZero();
        assertThat(run("create", "instance", String.valueOf(offer), "--image", "ubuntu:22.04", "--yes"))
                .isEqualTo(1);
        // The offer is looked up before the confirm, so the second create is refused before anything is sent.
        assertThat(err()).contains("is not offered").contains("nothing was sent");
        assertThat(sim.stats().creates()).isEqualTo(1);
    }

    @Test
    void createNeedsConfirmationWhenNobodyCanBeAsked() {
        long offer = firstOfferId("num_gpus=1");
        assertThat(run("create", "instance", String.valueOf(offer), "--image", "ubuntu:22.04"))
                .isEqualTo(2);
        assertThat(err()).contains("--yes");
        assertThat(sim.stats().creates()).isZero();
    }

    @Test
    void rateLimitBurstsAndGatewayErrorsOnSearchAreRetried() {
        sim.faults().rateLimitBurst(2);
        firstOfferId("num_gpus=1");
        sim.faults().clear().error5xx(2);
        firstOfferId("num_gpus=2");
        sim.faults().clear().resetConnections(1);
        firstOfferId("num_gpus=4");
    }

    @Test
    void aSearchThatKeepsFailingExitsOneWithTheServersMessage() {
        sim.faults().rateLimitBurst(10);
        assertThat(run("search", "offers", "num_gpus=1")).isEqualTo(1);
        assertThat(err()).contains("429").contains("API requests too frequent");
    }

    @Test
    void malformedJsonIsAClearErrorNotACrash() {
        sim.faults().malformedJson(5);
        assertThat(run("search", "offers", "num_gpus=1")).isEqualTo(1);
        assertThat(err()).containsIgnoringCase("unexpected answer").doesNotContain("Exception");
    }

    @Test
    void aCreateWhoseAnswerIsLostIsSettledFromTheInstanceListAndNeverSentTwice() {
        long offer = firstOfferId("num_gpus=1");
        sim.faults().resetAfterCreate(1);
        int code = run(
                "create", "instance", String.valueOf(offer), "--image", "ubuntu:22.04", "--label", "probe", "--yes");
        assertThat(sim.stats().creates()).isEqualTo(1);
        assertThat(code).isZero();
        assertThat(err()).contains("new since just before the create");
    }

    @Test
    void aCreateRejectedWithServiceUnavailableIsNotResent() {
        long offer = firstOfferId("num_gpus=1");
        sim.faults().scope("asks").error5xx(1);
        int code = run("create", "instance", String.valueOf(offer), "--image", "ubuntu:22.04", "--yes");
        assertThat(sim.stats().creates()).isLessThanOrEqualTo(1);
        assertThat(sim.stats().byRoute().getOrDefault("asks", 0)).isEqualTo(1);
        assertThat(code).isEqualTo(1);
    }

    @Test
    void anOfferTakenBetweenSearchAndCreateIsReportedAsGone() {
        long offer = firstOfferId("num_gpus=1");
        sim.faults().takeOffer((int) offer);
        assertThat(run("create", "instance", String.valueOf(offer), "--image", "ubuntu:22.04", "--yes"))
                .isEqualTo(1);
        assertThat(err()).contains("is not offered").contains("nothing was sent");
        assertThat(sim.stats().byRoute().getOrDefault("asks", 0)).isZero();
    }

    @Test
    void addedLatencyStillCompletes() {
        sim.faults().latencyMs(150);
        firstOfferId("num_gpus=1");
    }

    @Test
    void theKeyNeverAppearsInOutputOrLogs() {
        sim.faults().rateLimitBurst(10);
        run("search", "offers", "num_gpus=1");
        sim.faults().clear();
        long offer = firstOfferId("num_gpus=1");
        run("create", "instance", String.valueOf(offer), "--image", "ubuntu:22.04", "--yes");
        run("show", "instances", "--raw");
        assertThat(httpLog).isNotEmpty();
        assertThat(String.join("\n", httpLog) + out() + err()).doesNotContain(KEY);
    }
}
