package dev.vastlaunch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.vastlaunch.api.ClientSettings;
import dev.vastlaunch.app.Ports;
import dev.vastlaunch.cli.GlobalOptions;
import dev.vastlaunch.config.Environment;
import dev.vastlaunch.launch.EnvSpec;
import dev.vastlaunch.launch.InstanceService;
import dev.vastlaunch.launch.LaunchRequest;
import dev.vastlaunch.launch.LaunchResult;
import dev.vastlaunch.launch.Submitter;
import dev.vastlaunch.offers.OfferSource;
import dev.vastlaunch.offers.Outcome;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The screens' start: the plan starts nothing, the ports wait for the backend, a failed start answers with why. */
class StartingBackendTest {
    @TempDir
    Path home;

    private Backend.Plan plan(String... args) throws Backend.UsageException {
        GlobalOptions g =
                Objects.requireNonNull(GlobalOptions.parse(List.of(args)).options());
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        return Backend.plan(g, new Environment(Map.of(), home), quiet);
    }

    @Test
    void aDemoPlanStartsNothingAndItsPortsAnswerOnceTheSimulatorIsUp() throws Exception {
        Backend.Plan plan = plan("--demo");
        assertThat(plan.demo()).isTrue();
        assertThat(plan.description()).startsWith("demo:");
        try (StartingBackend backend = StartingBackend.start(plan)) {
            Outcome<List<String>> names = backend.ports().offers().gpuNames();
            assertThat(names).isInstanceOf(Outcome.Ok.class);
            assertThat(((Outcome.Ok<List<String>>) names).value()).isNotEmpty();
            assertThat(backend.failedSoFar()).isNull();
        }
    }

    @Test
    void aHeldBackendStartsOnReleaseOrAfterTheHoldWithoutIt() throws Exception {
        // Released: starts at once (a broken release would wait out the 60 s hold and time the test out).
        try (StartingBackend released = StartingBackend.start(plan("--demo"), 60_000)) {
            released.release();
            assertTimeoutPreemptively(
                    Duration.ofSeconds(30),
                    () -> assertThat(released.ports().offers().gpuNames()).isInstanceOf(Outcome.Ok.class));
        }
        // Never released (the screens failed before their first frame): starts after the hold anyway.
        try (StartingBackend held = StartingBackend.start(plan("--demo"), 200)) {
            long t0 = System.nanoTime();
            assertThat(held.ports().offers().gpuNames()).isInstanceOf(Outcome.Ok.class);
            assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(200);
        }
    }

    @Test
    void aBackendThatCannotStartAnswersEveryCallWithWhyAndSendsNoCreate() {
        // A key that cannot travel in a header: the HTTP client refuses it when it is built, on the start thread.
        ClientSettings bad = ClientSettings.defaults("http://127.0.0.1:9", "key\nwith a line break", "0.1.0");
        try (StartingBackend backend = StartingBackend.start(new Backend.Plan(
                bad,
                null,
                new java.util.concurrent.ConcurrentLinkedQueue<>(),
                dev.vastlaunch.app.Library.none(),
                null,
                "test",
                false))) {
            Ports ports = backend.ports();
            Outcome<List<String>> names = ports.offers().gpuNames();
            assertThat(names).isInstanceOf(Outcome.Failed.class);
            assertThat(names.describe()).doesNotContain("line break").isNotBlank();
            assertThat(ports.instances().listInstances()).isInstanceOf(Outcome.Failed.class);
            LaunchResult sent = ports.submitter()
                    .submit(new LaunchRequest(
                            1L,
                            "vastai/pytorch",
                            null,
                            EnvSpec.EMPTY,
                            null,
                            40.0,
                            null,
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
                            null));
            assertThat(sent).isInstanceOf(LaunchResult.NotSent.class);
            assertThat(backend.failedSoFar()).isInstanceOf(Backend.UsageException.class);
        }
    }

    @Test
    void forwardsEveryMethodOfEveryPort() throws Exception {
        // A port method left to its interface default would answer "not supported" instead of waiting for the backend.
        for (Class<?> port : List.of(OfferSource.class, Submitter.class, InstanceService.class)) {
            for (Method m : port.getMethods()) {
                assertThat(StartingBackend.class.getDeclaredMethod(m.getName(), m.getParameterTypes()))
                        .isNotNull();
            }
        }
    }
}
