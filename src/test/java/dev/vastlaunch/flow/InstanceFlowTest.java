package dev.vastlaunch.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.api.ClientSettings;
import dev.vastlaunch.api.VastHttpClient;
import dev.vastlaunch.api.WireJson;
import dev.vastlaunch.app.HandOff;
import dev.vastlaunch.app.Ports;
import dev.vastlaunch.cli.Cli;
import dev.vastlaunch.cli.Confirmer;
import dev.vastlaunch.cli.GlobalOptions;
import dev.vastlaunch.command.CommandTable;
import dev.vastlaunch.launch.FileSource;
import dev.vastlaunch.sim.SimOptions;
import dev.vastlaunch.sim.SimServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the instance verbs (ssh, logs, show user, reboot, bulk) through the real client against the simulator. */
class InstanceFlowTest {
    private static final String KEY = "sk-SIM-SECRET-4242";

    @SuppressWarnings("NullAway.Init")
    private SimServer sim;

    @SuppressWarnings("NullAway.Init")
    private VastHttpClient client;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<List<String>> handedOff = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private HandOff.Ended sshAnswer = new HandOff.Ended.Exited(0);
    private boolean answer = true;

    @BeforeEach
    void start() throws Exception {
        sim = SimServer.start(SimOptions.defaults()
                .withApiKey(KEY)
                .withOfferCount(2000)
                .withTimings(Duration.ofMillis(30), Duration.ofMillis(90)));
        client = VastHttpClient.create(ClientSettings.defaults(sim.baseUrl(), KEY, "test")
                .withRetries(3, Duration.ofMillis(5))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        Confirmer person = new Confirmer() {
            @Override
            public boolean confirm(String question) {
                asked.add(question);
                return answer;
            }

            @Override
            public boolean confirmDefaultYes(String question) {
                asked.add(question);
                return answer;
            }

            @Override
            public boolean canAsk() {
                return true;
            }
        };
        List<String> words = new ArrayList<>(Arrays.asList(args[0].split(" ")));
        words.addAll(Arrays.asList(args).subList(1, args.length));
        GlobalOptions g = Objects.requireNonNull(GlobalOptions.parse(words).options());
        return new Cli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        CommandTable.standard(FileSource.none()),
                        FileSource.none(),
                        person,
                        160,
                        new WireJson(),
                        argv -> {
                            handedOff.add(argv);
                            return sshAnswer;
                        })
                .run(g, () -> new Ports(client, client, client, new WireJson()));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private long create(String label) {
        assertThat(run("search offers", "num_gpus=1", "-o", "dph")).isZero();
        Matcher m = Pattern.compile("(?m)^\\s*(\\d{5,})\\s").matcher(out());
        assertThat(m.find()).as(out()).isTrue();
        assertThat(run("create instance", m.group(1), "--image", "ubuntu:22.04", "--ssh", "--label", label, "--yes"))
                .as(err())
                .isZero();
        return Long.parseLong(out().strip());
    }

    @Test
    void sshWaitsUntilRunningRunsTheSystemSshAndWithRmDestroysAfterTheQuestion() {
        long id = create("job-a");

        assertThat(run("ssh", Long.toString(id), "--rm", "-L", "8080:localhost:8080", "--", "nvidia-smi"))
                .as(err())
                .isZero();

        assertThat(handedOff).hasSize(1);
        List<String> argv = handedOff.get(0);
        assertThat(argv.get(0)).isEqualTo("ssh");
        assertThat(argv.subList(1, 3)).first().isEqualTo("-p");
        assertThat(argv).containsSequence("-L", "8080:localhost:8080");
        assertThat(argv.get(argv.size() - 2)).startsWith("root@");
        assertThat(argv.get(argv.size() - 1)).isEqualTo("nvidia-smi");
        assertThat(asked)
                .singleElement()
                .asString()
                .matches("Destroy instance " + id + " \\(\\$\\d+\\.\\d\\d so far\\)\\? \\[Y/n\\] ");
        assertThat(out()).contains("Instance " + id + " destroyed");

        assertThat(run("show instances")).isZero();
        assertThat(out()).doesNotContain(Long.toString(id));
    }

    @Test
    void sshByLabelWithoutRmKeepsTheInstanceAndPassesSshsExitCode() {
        long id = create("trainer");
        sshAnswer = new HandOff.Ended.Exited(255);

        assertThat(run("ssh", "trainer")).isEqualTo(255);

        assertThat(handedOff).hasSize(1);
        assertThat(asked).isEmpty();
        assertThat(run("show instance", Long.toString(id))).isZero();
        assertThat(out()).contains(Long.toString(id));
    }

    @Test
    void aMissingSshBinaryIsAClearErrorAndTheInstanceIsNotDestroyed() {
        long id = create("job-b");
        sshAnswer =
                new HandOff.Ended.Failed("cannot run 'ssh' (not found); install OpenSSH's client or put it on PATH");

        assertThat(run("ssh", Long.toString(id), "--rm", "--yes")).isEqualTo(1);

        assertThat(err()).contains("cannot run 'ssh' (not found)").contains("keeps running");
        assertThat(run("show instance", Long.toString(id))).isZero();
    }

    @Test
    void answeringNoKeepsTheInstanceAndSaysHowToDestroyIt() {
        long id = create("job-c");
        answer = false;

        assertThat(run("ssh", Long.toString(id), "--rm")).isZero();

        assertThat(err()).contains("keeps running at $").contains("vastlaunch destroy instance " + id);
        assertThat(run("show instance", Long.toString(id))).isZero();
    }

    @Test
    void anUnknownInstanceIsAnErrorAndNothingIsHandedOver() {
        assertThat(run("ssh", "nosuchlabel")).isEqualTo(1);

        assertThat(err()).contains("no instance has the id or label 'nosuchlabel'");
        assertThat(handedOff).isEmpty();
    }

    @Test
    void logsRebootScpUrlAndShowUserAnswerFromTheServer() {
        long id = create("job-d");
        assertThat(run("wait", Long.toString(id))).as(err()).isZero();

        assertThat(run("logs", Long.toString(id), "--tail", "5")).as(err()).isZero();
        assertThat(out().strip().split("\n")).hasSizeLessThanOrEqualTo(5).isNotEmpty();

        assertThat(run("reboot instance", Long.toString(id))).as(err()).isZero();
        assertThat(out()).contains("Instance " + id + " rebooting");

        assertThat(run("scp-url", Long.toString(id))).isZero();
        assertThat(out()).startsWith("scp://root@");

        assertThat(run("show user")).as(err()).isZero();
        assertThat(out()).containsPattern("credit +\\$\\d+\\.\\d\\d").contains("1 instance billed");
    }

    @Test
    void showUserReportsAFailingAccountAtOnceInsteadOfWaiting() {
        sim.faults().scope("user").error5xx(10);
        long start = System.nanoTime();
        assertThat(run("show user")).isEqualTo(1);
        assertThat(err()).startsWith("error: account: ");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void bulkStopAndDestroyReportEachInstance() {
        long a = create("bulk-a");
        long b = create("bulk-b");

        assertThat(run("stop instances", Long.toString(a), Long.toString(b)))
                .as(err())
                .isZero();
        assertThat(out()).contains("Instance " + a + " stopping").contains("Instance " + b + " stopping");

        answer = false;
        assertThat(run("destroy instances", Long.toString(a), Long.toString(b))).isZero();
        assertThat(asked).last().asString().startsWith("Destroy instances " + a + ", " + b + "?");
        assertThat(err()).contains("nothing was sent");

        assertThat(run("destroy instances", Long.toString(a), Long.toString(b), "-y"))
                .as(err())
                .isZero();
        assertThat(out()).contains("Instance " + a + " destroyed").contains("Instance " + b + " destroyed");
    }
}
