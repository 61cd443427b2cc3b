package dev.vastlaunch.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SimMainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    @Test
    void badArgumentsExitWithTwoAndSayWhy() {
        int code = SimMain.run(new String[] {"--port", "notaport"}, print(out), print(err));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--port needs an integer")
                .contains("usage:");
        assertThat(out.size()).isZero();
    }

    @Test
    void unknownFlagsAndMissingValuesAreUsageErrors() {
        assertThat(SimMain.run(new String[] {"--bogus", "1"}, print(out), print(err)))
                .isEqualTo(2);
        assertThat(SimMain.run(new String[] {"--seed"}, print(out), print(err))).isEqualTo(2);
        assertThat(SimMain.run(new String[] {"--fail-rate", "2"}, print(out), print(err)))
                .isEqualTo(2);
    }

    @Test
    void flagsSetTheOptions() {
        SimOptions o = SimMain.parse(new String[] {
            "--port",
            "0",
            "--seed=7",
            "--key",
            "abc",
            "--offers",
            "500",
            "--latency-ms",
            "20",
            "--fail-rate",
            "0.25",
            "--loading-ms",
            "10",
            "--running-ms",
            "20"
        });

        assertThat(o.port()).isZero();
        assertThat(o.seed()).isEqualTo(7);
        assertThat(o.apiKey()).isEqualTo("abc");
        assertThat(o.offerCount()).isEqualTo(500);
        assertThat(o.latencyMs()).isEqualTo(20);
        assertThat(o.failRate()).isEqualTo(0.25);
        assertThat(o.runningAfter()).isEqualTo(Duration.ofMillis(20));
    }

    @Test
    void runningPrintsTheUrlTheKeyAndAnExampleThenStopsWhenAsked() throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        var pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> code = pool.submit(() ->
                    SimMain.run(new String[] {"--port", "0", "--offers", "50"}, print(out), print(err), stop, false));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!out.toString(StandardCharsets.UTF_8).contains("try:") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            stop.countDown();

            assertThat(code.get(10, TimeUnit.SECONDS)).isZero();
        } finally {
            pool.shutdownNow();
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text)
                .containsPattern("vastlaunch simulator listening on http://127\\.0\\.0\\.1:\\d+")
                .contains("api key: " + SimOptions.DEMO_KEY)
                .containsPattern(
                        "VAST_URL=http://127\\.0\\.0\\.1:\\d+ VAST_API_KEY=demo-key-0000 vastlaunch search offers");
    }
}
