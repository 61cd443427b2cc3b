package dev.vastlaunch.shell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.app.State;
import dev.vastlaunch.command.CommandTable;
import dev.vastlaunch.launch.LaunchRequest;
import dev.vastlaunch.testing.FakePorts;
import dev.vastlaunch.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the shell with typed lines against fake ports, on a dumb terminal. */
class ShellReplTest {
    private static final String DRAFT = String.join(
            Keys.ENTER,
            "search offers gpu_name=RTX_4090",
            "offer 1001",
            "image pytorch/pytorch:latest",
            "env HF_TOKEN=hf_abc",
            "launch",
            "confirm",
            "");

    @TempDir
    Path dir;

    private String run(FakePorts fake, String keys) throws Exception {
        try (Keys k = new Keys(keys)) {
            int code = ShellRepl.run(
                    k.terminal,
                    State.initial(true),
                    fake.ports(),
                    s -> s,
                    dir.resolve("history"),
                    CommandTable.standard(dev.vastlaunch.launch.FileSource.none()));
            assertThat(code).isZero();
            return k.screen();
        }
    }

    @Test
    void confirmingWithYesSubmitsExactlyOnce() throws Exception {
        FakePorts fake = new FakePorts();
        String screen = run(fake, DRAFT + "y" + Keys.ENTER);
        assertThat(fake.submitted).hasSize(1);
        LaunchRequest sent = fake.submitted.get(0);
        assertThat(sent.offerId()).isEqualTo(1001);
        assertThat(sent.image()).isEqualTo("pytorch/pytorch:latest");
        assertThat(sent.env().get("HF_TOKEN")).contains("hf_abc");
        assertThat(fake.searches).hasSize(1);
        assertThat(fake.searches.get(0).filters()).containsKey("gpu_name");
        assertThat(screen)
                .contains("1001  RTX 4090")
                .contains("Launch offer 1001 (1x RTX 4090) with image pytorch/pytorch:latest, 10 GB disk, at $")
                .contains("[y/N] y")
                .contains("Instance 77 created")
                .contains("env       HF_TOKEN=***")
                .doesNotContain("HF_TOKEN=hf_abc\n");
    }

    @Test
    void confirmingWithTheDefaultOrNoSendsNothing() throws Exception {
        for (String answer : new String[] {"", "n", "no", "whatever"}) {
            FakePorts fake = new FakePorts();
            String screen = run(fake, DRAFT + answer + Keys.ENTER);
            assertThat(fake.submitted).as("answer '%s'", answer).isEmpty();
            assertThat(screen).contains("Launch cancelled");
        }
    }

    @Test
    void thePromptShowsTheDraft() throws Exception {
        FakePorts fake = new FakePorts();
        String screen = run(
                fake,
                String.join(Keys.ENTER, "search offers", "offer 1001", "image pytorch/pytorch:latest", "disk 40", ""));
        assertThat(screen).contains("vast[RTX 4090x1 · pytorch · 40GB]> ");
    }

    @Test
    void aUsageProblemIsShownAndTheLineStaysInHistoryForEditing() throws Exception {
        FakePorts fake = new FakePorts();
        String screen =
                run(fake, "disk lots" + Keys.ENTER + Keys.CTRL_P + Keys.BACKSPACE.repeat(4) + "40" + Keys.ENTER);
        assertThat(JLineCommandBarTest.caretLine(screen)).isEqualTo(" ".repeat(11) + "^ disk expects GB, e.g. 40");
        assertThat(screen).contains("disk 40 GB").doesNotContain("disk 40.0");
    }

    @Test
    void confirmWithoutLaunchExplainsAndSendsNothing() throws Exception {
        FakePorts fake = new FakePorts();
        String screen = run(fake, "confirm" + Keys.ENTER);
        assertThat(screen).contains("nothing to confirm");
        assertThat(fake.submitted).isEmpty();
    }

    @Test
    void showInstancesAndSshUrlWaitForTheList() throws Exception {
        FakePorts fake = new FakePorts();
        String screen = run(fake, "show instances" + Keys.ENTER + "ssh-url 77" + Keys.ENTER + "ssh-url 5" + Keys.ENTER);
        assertThat(screen)
                .contains("77  running  1x RTX 4090")
                .contains("ssh://root@ssh4.vast.ai:10600")
                .contains("error: no instance found with id 5");
    }

    @Test
    void wizardHandsTheStateToTheScreensAndContinuesFromTheirs() throws Exception {
        FakePorts fake = new FakePorts();
        State[] seen = {State.initial(false)};
        try (Keys k = new Keys(String.join(Keys.ENTER, "image a/b:1", "wizard", "review", ""))) {
            ShellRepl.run(
                    k.terminal,
                    State.initial(false),
                    fake.ports(),
                    s -> {
                        seen[0] = s;
                        return Fixtures.apply(s, new dev.vastlaunch.app.Action.SetImage("c/d:2"));
                    },
                    null,
                    CommandTable.standard(dev.vastlaunch.launch.FileSource.none()));
            assertThat(seen[0].editor().draft().image()).isEqualTo("a/b:1");
            assertThat(k.screen())
                    .contains("Back in the shell; the draft is kept")
                    .contains("image     c/d:2");
        }
    }

    @Test
    void aTemplateByNameWaitsForTheTemplatesToLoad() throws Exception {
        String screen = run(new FakePorts(), "template PyTorch (Vast)" + Keys.ENTER + "review" + Keys.ENTER);
        assertThat(screen).contains("template  PyTorch (Vast)").contains("image     vastai/pytorch:latest (template)");
    }

    @Test
    void historyFileNeverHoldsTheSecret() throws Exception {
        run(new FakePorts(), DRAFT + "n" + Keys.ENTER);
        String saved = Files.readString(dir.resolve("history"), UTF_8);
        assertThat(saved).contains("env HF_TOKEN=***").doesNotContain("hf_abc").doesNotContain(":n\n");
    }

    @Test
    void aHistoryFileThatIsNotUtf8IsSetAsideAndTheShellStillRuns() throws Exception {
        Files.write(dir.resolve("history"), new byte[] {(byte) 0xff, '\n'});
        String screen = run(new FakePorts(), "hours 8" + Keys.ENTER);
        assertThat(screen)
                .contains("could not be read")
                .contains("history.bad-")
                .contains("vast");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("history.bad-"));
        }
        assertThat(Files.readString(dir.resolve("history"), UTF_8)).contains("hours 8");
    }
}
