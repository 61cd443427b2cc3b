package dev.vastlaunch.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.vastlaunch.app.Screen;
import dev.vastlaunch.launch.Instance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstancesScreenTest {
    private static Instance box(long id, String status, String label) {
        return new Instance(
                id,
                status,
                status.equals("stopped") ? "stopped" : "running",
                status.equals("loading") ? "pulling image" : null,
                label,
                "vllm/vllm-openai:latest",
                "ssh_direc ssh_proxy",
                "ssh5.vast.ai",
                12345,
                "203.0.113.9",
                status.equals("running")
                        ? Map.of("22/tcp", List.of("41022"), "8000/tcp", List.of("41085"), "8080/tcp", List.of("41090"))
                        : Map.of(),
                "RTX 4090",
                2,
                0.8,
                40,
                System.currentTimeMillis() / 1000.0 - 2 * 3600,
                "Texas, US",
                "vLLM",
                "tok123",
                0.01);
    }

    private static Harness onInstances(Instance... boxes) {
        Harness h = new Harness(100, 30);
        h.instances.list = List.of(boxes);
        h.press(Harness.ch('7'));
        return h;
    }

    @Test
    void sevenOpensTheListWithCreditRunningCostAgeSpendAndSsh() {
        try (Harness h = onInstances(box(501, "running", "trainer"), box(502, "stopped", "old"))) {
            assertThat(h.state().screen()).isEqualTo(Screen.INSTANCES);
            String text = h.text();
            assertThat(text).contains("credit $24.50").contains("now $0.8100/h for 2 instances");
            assertThat(text)
                    .contains("501")
                    .contains("running")
                    .contains("2x RTX 4090")
                    .contains("trainer");
            assertThat(text).contains("502").contains("stopped");
            assertThat(text).contains("2h0m").containsPattern("1\\.[56]\\d");
            assertThat(text).contains("ssh -p 41022 root@203.0.113.9");
        }
    }

    @Test
    void enterShowsEveryPortTheJupyterUrlAndTheTemplate() {
        try (Harness h = onInstances(box(501, "running", "trainer"))) {
            h.press(KeyType.Enter);
            String text = h.text();
            assertThat(text).contains("203.0.113.9:41022 → 22/tcp").contains("203.0.113.9:41085 → 8000/tcp");
            assertThat(text).contains("jupyter:  https://203.0.113.9:41090/?token=tok123");
            assertThat(text).contains("template: vLLM").contains("image:    vllm/vllm-openai:latest");
            h.press(KeyType.Escape);
            assertThat(h.state().screen()).isEqualTo(Screen.INSTANCES);
            assertThat(h.text()).doesNotContain("jupyter:");
        }
    }

    @Test
    void sHandsTheTerminalToSshAndYCopiesTheLine() {
        try (Harness h = onInstances(box(501, "running", "trainer"))) {
            h.press(Harness.ch('s'));
            assertThat(h.handedOff).containsExactly(List.of("ssh", "-p", "41022", "root@203.0.113.9"));
            assertThat(h.text()).contains("back from ssh into instance 501");
            h.press(Harness.ch('y'));
            assertThat(h.copied).containsExactly("ssh -p 41022 root@203.0.113.9");
        }
    }

    @Test
    void sshIntoALoadingInstanceWaitsInsteadOfFailing() {
        try (Harness h = onInstances(box(503, "loading", "x"))) {
            h.press(Harness.ch('s'));
            assertThat(h.handedOff).isEmpty();
            assertThat(h.text()).contains("ssh: waiting for instance 503 to run (loading)");
            h.press(Harness.ch('y'));
            assertThat(h.copied).isEmpty();
            assertThat(h.text()).contains("y: instance 503 is loading; its ssh line is not final yet");
        }
    }

    @Test
    void aWaitingSshDoesNotStartOverAnOpenQuestion() throws Exception {
        try (Harness h = onInstances(box(503, "loading", "x"))) {
            h.press(Harness.ch('s'));
            h.press(Harness.ch('d'));
            assertThat(h.text()).contains("Destroy");
            h.instances.list = List.of(box(503, "running", "x"));
            long end = System.nanoTime() + 12_000_000_000L;
            while (h.state().instances().find(503).map(i -> !i.isRunning()).orElse(true) && System.nanoTime() < end) {
                Thread.sleep(50);
                h.settle();
            }
            assertThat(h.state().instances().find(503))
                    .hasValueSatisfying(i -> assertThat(i.isRunning()).isTrue());
            assertThat(h.handedOff)
                    .as("held while the destroy question is open")
                    .isEmpty();
            h.press(KeyType.Escape);
            assertThat(h.handedOff).containsExactly(List.of("ssh", "-p", "41022", "root@203.0.113.9"));
        }
    }

    @Test
    void destroyAsksWithCancelFirstAndOnlyYDestroys() throws Exception {
        try (Harness h = Harness.guarded(100, 30, 0)) {
            h.instances.list = List.of(box(501, "running", "trainer"));
            h.press(Harness.ch('7'));
            h.press(Harness.ch('d'));
            assertThat(h.text())
                    .contains("Destroy instance 501?")
                    .contains("> [ Keep ] <")
                    .contains("cannot be undone");
            h.press(KeyType.Enter);
            assertThat(h.instances.destroyed).isEmpty();
            h.press(Harness.ch('d')).press(Harness.ch('y'));
            assertThat(h.instances.destroyed).containsExactly(501L);
            assertThat(h.text()).contains("Instance 501 destroyed").contains("No instances.");
        }
    }

    @Test
    void anEnterTypedAheadOnAFocusedDestroyDoesNotDestroy() throws Exception {
        try (Harness h = Harness.guarded(100, 30, 60_000)) {
            h.instances.list = List.of(box(501, "running", "trainer"));
            h.press(Harness.ch('7')).press(Harness.ch('d')).press(KeyType.Tab);
            assertThat(h.text()).contains("> [ Destroy (y) ] <");
            h.press(KeyType.Enter);
            assertThat(h.instances.destroyed).isEmpty();
            assertThat(h.text()).contains("Enter: the question just opened");
        }
    }

    @Test
    void spaceMarksSeveralForOneDestroyQuestion() {
        try (Harness h = Harness.guarded(100, 30, 0)) {
            h.instances.list = List.of(box(501, "running", "a"), box(502, "running", "b"), box(503, "running", "c"));
            h.press(Harness.ch('7'));
            h.press(Harness.ch(' ')).press(Harness.ch(' '));
            h.press(Harness.ch('d'));
            assertThat(h.text()).contains("Destroy 2 instances?");
            h.press(Harness.ch('y'));
            assertThat(h.instances.destroyed).containsExactlyInAnyOrder(501L, 502L);
        }
    }

    @Test
    void logsArriveInAPanelWithoutTheirEscapeSequences() {
        try (Harness h = onInstances(box(501, "running", "trainer"))) {
            h.press(Harness.ch('L'));
            String text = h.text();
            assertThat(text).contains("logs 501").contains("line one of 501").contains("line two");
            assertThat(text).doesNotContain("\u001b");
        }
    }

    @Test
    void rebootAndLabelGoToTheServer() {
        try (Harness h = onInstances(box(501, "running", "trainer"))) {
            h.press(Harness.ch('R'));
            assertThat(h.instances.rebooted).containsExactly(501L);
            h.press(Harness.ch('n'));
            assertThat(h.text()).contains("Label for instance 501").contains("trainer");
            for (int i = 0; i < "trainer".length(); i++) {
                h.press(KeyType.Backspace);
            }
            h.type("renamed").press(KeyType.Enter);
            assertThat(h.text()).contains("Instance 501 labelled renamed");
        }
    }

    @Test
    void fitsAt80x24() {
        try (Harness h = new Harness(80, 24)) {
            h.instances.list = List.of(box(501, "running", "trainer"));
            h.press(Harness.ch('7'));
            for (int r = 0; r < 24; r++) {
                assertThat(h.row(r).stripTrailing().length()).isLessThanOrEqualTo(80);
            }
            assertThat(h.text()).contains("501").contains("credit $24.50");
        }
    }
}
