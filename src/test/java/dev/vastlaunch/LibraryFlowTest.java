package dev.vastlaunch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.api.ClientSettings;
import dev.vastlaunch.api.VastHttpClient;
import dev.vastlaunch.api.WireJson;
import dev.vastlaunch.app.HistoryRead;
import dev.vastlaunch.app.LaunchRecord;
import dev.vastlaunch.app.Ports;
import dev.vastlaunch.cli.Cli;
import dev.vastlaunch.cli.Confirmer;
import dev.vastlaunch.cli.GlobalOptions;
import dev.vastlaunch.command.CommandTable;
import dev.vastlaunch.config.Environment;
import dev.vastlaunch.launch.FileSource;
import dev.vastlaunch.sim.SimOptions;
import dev.vastlaunch.sim.SimServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives presets, quick launch, history and relaunch end to end: one-shot commands, the real client, the simulator. */
class LibraryFlowTest {
    private static final String KEY = "sk-SIM-LIBRARY-7";

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path home;

    @SuppressWarnings("NullAway.Init")
    private SimServer sim;

    @SuppressWarnings("NullAway.Init")
    private VastHttpClient client;

    private final Map<String, String> vars = new HashMap<>();
    private final List<List<String>> handedOff = new java.util.ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        sim = SimServer.start(SimOptions.defaults()
                .withApiKey(KEY)
                .withOfferCount(3000)
                .withTimings(Duration.ofMillis(20), Duration.ofMillis(60)));
        client = VastHttpClient.create(ClientSettings.defaults(sim.baseUrl(), KEY, "test"));
        vars.put("XDG_CONFIG_HOME", home.resolve("cfg").toString());
        vars.put("XDG_STATE_HOME", home.resolve("state").toString());
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    private FileLibrary library() {
        return FileLibrary.of(new Environment(vars, home));
    }

    private int run(String... args) {
        out.reset();
        err.reset();
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
        GlobalOptions g =
                Objects.requireNonNull(GlobalOptions.parse(Arrays.asList(args)).options());
        return new Cli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        CommandTable.standard(FileSource.none()),
                        FileSource.none(),
                        never,
                        160,
                        new WireJson(),
                        argv -> {
                            handedOff.add(argv);
                            return new dev.vastlaunch.app.HandOff.Ended.Exited(0);
                        })
                .run(g, () -> new Ports(client, client, client, new WireJson(), library()));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyShippedPresetQuickLaunchesWithYesAndPrintsTheSshLine() {
        for (String name : List.of("cheap-test", "pytorch-dev", "vllm-server")) {
            assertThat(run("quick", name, "--yes")).as(err()).isZero();
            assertThat(out()).matches("ssh -p \\d+ root@[0-9.]+\\s*");
            assertThat(err()).contains("Launch offer").contains("$").contains("(--yes: launching)");
        }
        HistoryRead h = library().history();
        assertThat(h.records())
                .extracting(LaunchRecord::recipe)
                .containsExactly("cheap-test", "pytorch-dev", "vllm-server");
        assertThat(h.records()).allSatisfy(r -> {
            assertThat(r.outcome()).isEqualTo("created");
            assertThat(r.instanceId()).isNotNull();
            assertThat(r.perHour()).isPositive();
        });
    }

    @Test
    void quickWithSshAndRmGoesStraightInAndDestroysAfterTheSession() {
        assertThat(run("quick", "cheap-test", "--yes", "--ssh", "--rm"))
                .as(err())
                .isZero();

        assertThat(handedOff).singleElement().satisfies(argv -> {
            assertThat(argv.get(0)).isEqualTo("ssh");
            assertThat(argv.get(argv.size() - 1)).startsWith("root@");
        });
        assertThat(out()).containsPattern("Instance \\d+ destroyed");
        assertThat(run("quick", "cheap-test", "--rm")).isEqualTo(2);
        assertThat(err()).contains("--rm destroys after the ssh session: add --ssh");
    }

    @Test
    void withoutYesAndNobodyToAskNothingIsSent() {
        assertThat(run("quick", "cheap-test")).isEqualTo(2);
        assertThat(err()).contains("--yes");
        assertThat(library().history().records()).isEmpty();
    }

    @Test
    void aTakenBestOfferIsReplacedByTheNextMatchAndBothAttemptsAreRecorded() {
        sim.faults().takeNextCreate(1);
        assertThat(run("quick", "cheap-test", "--yes")).as(err()).isZero();
        assertThat(err()).contains("no longer offered").contains("Next best");
        assertThat(out()).startsWith("ssh -p ");
        List<LaunchRecord> r = library().history().records();
        assertThat(r).extracting(LaunchRecord::outcome).containsExactly("taken", "created");
        assertThat(r.get(0).offerId()).isNotEqualTo(r.get(1).offerId());
    }

    @Test
    void aOneShotCreateIsRecordedWithItsImageBeforeTheProcessEnds() {
        assertThat(run("search", "offers", "num_gpus=1", "-o", "dph", "--limit", "3"))
                .isZero();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(?m)^\\s*(\\d+)\\s").matcher(out());
        assertThat(m.find()).as(out()).isTrue();
        // The one-shot command returns the moment the create answers; closing must not cut the history write short.
        assertThat(run("create", "instance", m.group(1), "--image", "vllm/vllm-openai:v0.6.3", "--ssh", "--yes"))
                .as(err())
                .isZero();
        assertThat(library().history().records())
                .extracting(LaunchRecord::outcome)
                .containsExactly("created");
        assertThat(dev.vastlaunch.config.StateDir.of(new Environment(vars, home))
                        .recentImages())
                .containsExactly("vllm/vllm-openai:v0.6.3");
    }

    @Test
    void relaunchRunsThePastRecipeOnAFreshSearchNotTheOldOffer() {
        assertThat(run("quick", "cheap-test", "--yes")).isZero();
        long first = library().history().records().get(0).offerId();
        assertThat(run("history")).isZero();
        assertThat(out()).contains("cheap-test").contains("created");
        assertThat(run("relaunch", "1", "--yes")).as(err()).isZero();
        List<LaunchRecord> r = library().history().records();
        assertThat(r).hasSize(2);
        assertThat(r.get(1).recipe()).isEqualTo("history-1");
        // The first offer was rented, so the fresh search cannot return it.
        assertThat(r.get(1).offerId()).isNotEqualTo(first);
    }

    @Test
    void aBadPresetFileIsListedWithItsReasonAndNeverStopsTheApp() throws Exception {
        Path dir = home.resolve("cfg/vastlaunch/presets");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("broken.preset"), "search offers 'num_gpus=='\ncreate instance --image a/b:1\n");
        Files.write(dir.resolve("binary.preset"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        Files.writeString(dir.resolve("mine.preset"), "create instance --image ubuntu:22.04 --ssh\n");

        assertThat(run("presets")).isZero();
        assertThat(out())
                .contains("mine")
                .contains("yours")
                .contains("cheap-test")
                .contains("shipped");
        assertThat(out()).contains("skipped broken: line 1: query").contains("skipped binary: not UTF-8 text");
        assertThat(run("quick", "broken", "--yes")).isEqualTo(1);
        assertThat(err()).contains("preset broken cannot be used");
        assertThat(run("quick", "nosuch", "--yes")).isEqualTo(1);
        assertThat(err()).contains("no preset named 'nosuch'");
    }

    /** Writes a user preset that searches one GPU by price and launches ubuntu with ssh and {@code env}. */
    private void writePreset(String name, String env) throws java.io.IOException {
        Path dir = home.resolve("cfg/vastlaunch/presets");
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve(name + ".preset"),
                "search offers 'num_gpus=1' -o dph_total\ncreate instance --image ubuntu:22.04 --ssh " + env + "\n");
    }

    @Test
    void aPresetTakesItsSecretFromTheEnvironmentOrRefusesClearly() throws Exception {
        writePreset("gated", "--env '-e HF_TOKEN=$HF_TOKEN'");
        assertThat(run("quick", "gated", "--yes")).isEqualTo(1);
        assertThat(err()).contains("HF_TOKEN").contains("not set");
        assertThat(library().history().records()).isEmpty();

        vars.put("HF_TOKEN", "hf_from_the_environment_123");
        assertThat(run("quick", "gated", "--yes")).as(err()).isZero();
        String file = Files.readString(home.resolve("state/vastlaunch/launches"));
        assertThat(file).contains("HF_TOKEN%3D%24HF_TOKEN").doesNotContain("hf_from_the_environment");
    }

    @Test
    void theHistoryKeepsAVariableNotTheValueItGaveEvenForANameThatDoesNotLookSecret() throws Exception {
        writePreset("served", "--env '-e MODEL=${MODEL_NAME} -e PORT=8000'");
        vars.put("MODEL_NAME", "private-org/unreleased-model");
        assertThat(run("quick", "served", "--yes")).as(err()).isZero();
        String file = Files.readString(home.resolve("state/vastlaunch/launches"));
        assertThat(file).contains("MODEL%3D%24%7BMODEL_NAME%7D").doesNotContain("unreleased");
        // Relaunched from that record, the value is taken from the environment again.
        vars.put("MODEL_NAME", "private-org/other-model");
        assertThat(library().history().records())
                .singleElement()
                .satisfies(r -> assertThat(r.createLine()).contains("MODEL=${MODEL_NAME}"));
    }

    @Test
    void aHistoryRecordCutOffByACrashIsSkippedWithANote() throws Exception {
        assertThat(run("quick", "cheap-test", "--yes")).isZero();
        Path file = home.resolve("state/vastlaunch/launches");
        String line = Files.readString(file).strip();
        Files.writeString(file, line.substring(0, line.length() / 2), java.nio.file.StandardOpenOption.APPEND);
        assertThat(run("quick", "cheap-test", "--yes")).isZero();
        HistoryRead h = library().history();
        assertThat(h.records()).hasSize(2);
        assertThat(h.notes()).singleElement().asString().contains("1 line").contains("skipped");
        assertThat(run("history")).isZero();
        assertThat(err()).contains("warning: 1 line");
    }
}
