package dev.vastlaunch.shell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.BarResult;
import dev.vastlaunch.app.OffersState;
import dev.vastlaunch.app.Screen;
import dev.vastlaunch.app.State;
import dev.vastlaunch.app.Status;
import dev.vastlaunch.command.CommandTable;
import dev.vastlaunch.testing.Fixtures;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keystroke-level tests of the {@code :} bar on a dumb terminal: completion, problems, cancel, history. */
class JLineCommandBarTest {
    private static final State STATE = Fixtures.loaded();

    @TempDir
    Path dir;

    private static BarResult read(Keys keys, State state, @Nullable Path history) {
        return new JLineCommandBar(
                        () -> keys.terminal,
                        Supplier::get,
                        history,
                        () -> CommandTable.standard(dev.vastlaunch.launch.FileSource.none()))
                .read(state);
    }

    @Test
    void asksForItsTerminalOnTheFirstColonOnly() throws Exception {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        try (Keys k = new Keys(Keys.ENTER + Keys.ENTER)) {
            JLineCommandBar bar = new JLineCommandBar(
                    () -> {
                        asked.incrementAndGet();
                        return k.terminal;
                    },
                    Supplier::get,
                    null,
                    () -> CommandTable.standard(dev.vastlaunch.launch.FileSource.none()));
            assertThat(asked.get())
                    .as("the terminal is built after the first frame, not with the bar")
                    .isZero();
            bar.read(STATE);
            bar.read(STATE);
            assertThat(asked.get()).isEqualTo(1);
        }
    }

    @Test
    void tabCompletesMultiWordVerbs() throws Exception {
        try (Keys k = new Keys("sea" + Keys.TAB + "off" + Keys.TAB + Keys.ENTER)) {
            BarResult r = read(k, STATE, null);
            assertThat(r.actions()).hasSize(3);
            assertThat(r.actions().subList(0, 2))
                    .containsExactly(new Action.Go(Screen.OFFERS), new Action.EditQuery(OffersState.DEFAULT_QUERY));
            assertThat(r.actions().get(2)).isInstanceOf(Action.RunQuery.class);
        }
    }

    @Test
    void tabCompletesOfferIdsFromTheLastSearch() throws Exception {
        try (Keys k = new Keys("offer 20" + Keys.TAB + Keys.ENTER)) {
            assertThat(read(k, STATE, null).actions()).containsExactly(new Action.SelectOffer(2001));
        }
    }

    @Test
    void tabCompletesGpuNamesInsideAQuotedQuery() throws Exception {
        try (Keys k = new Keys("search offers 'gpu_name=H1" + Keys.TAB + "'" + Keys.ENTER)) {
            assertThat(read(k, STATE, null).actions())
                    .contains(new Action.EditQuery(OffersState.DEFAULT_QUERY + " gpu_name=H100_SXM"));
        }
    }

    @Test
    void doubleTabListsCandidatesWithDescriptions() throws Exception {
        try (Keys k = new Keys("offer " + Keys.TAB + Keys.TAB + Keys.CTRL_U + Keys.ENTER)) {
            read(k, STATE, null);
            assertThat(k.screen()).contains("1001").contains("2001").contains("1x RTX 4090 · $0.3500/h · 99.5%");
        }
    }

    @Test
    void usageProblemIsShownAboveAnEmptyPromptAndUpBringsTheLineBack() throws Exception {
        String keys = "offer abc" + Keys.ENTER + Keys.CTRL_P + Keys.BACKSPACE.repeat(3) + "1001" + Keys.ENTER;
        try (Keys k = new Keys(keys)) {
            BarResult r = read(k, STATE, null);
            assertThat(r.actions()).containsExactly(new Action.SelectOffer(1001));
            // The failed line and its caret are drawn in the rows above the bar (by cursor position, not newlines).
            assertThat(k.screen()).contains(":offer abc" + " ".repeat(7) + "^ offer ID must be a whole number");
        }
    }

    @Test
    void aColonTypedAgainAfterAFailedLineStartsANewCommand() throws Exception {
        String keys = "foo bar" + Keys.ENTER + ":disk 40" + Keys.ENTER;
        try (Keys k = new Keys(keys)) {
            BarResult r = read(k, STATE, null);
            assertThat(r.actions()).isNotEmpty();
            assertThat(k.screen()).contains("unknown command 'foo'").doesNotContain("foo bar:disk");
        }
    }

    @Test
    void emptyLineCtrlCAndEndOfInputCancel() throws Exception {
        for (String keys : List.of(Keys.ENTER, "offer 1")) {
            try (Keys k = new Keys(keys)) {
                assertThat(read(k, STATE, null)).isEqualTo(BarResult.cancelled());
            }
        }
    }

    @Test
    void escapeCancels() throws Exception {
        assertCancelledWhileTyping("offer 1001" + Keys.ESC);
    }

    @Test
    void ctrlCCancels() throws Exception {
        assertCancelledWhileTyping("offer 1001\u0003");
    }

    /** Types {@code keys} on an input that stays open, so only the key itself can end the prompt. */
    private static void assertCancelledWhileTyping(String keys) throws Exception {
        PipedOutputStream typing = new PipedOutputStream();
        try (PipedInputStream in = new PipedInputStream(typing);
                Keys k = new Keys(in)) {
            typing.write(keys.getBytes(UTF_8));
            typing.flush();
            BarResult r =
                    CompletableFuture.supplyAsync(() -> read(k, STATE, null)).get(5, TimeUnit.SECONDS);
            assertThat(r).isEqualTo(BarResult.cancelled());
        } finally {
            typing.close();
        }
    }

    @Test
    void quitAsksTheScreensToQuit() throws Exception {
        try (Keys k = new Keys("quit" + Keys.ENTER)) {
            assertThat(read(k, STATE, null).quit()).isTrue();
        }
    }

    @Test
    void notesTheAppCannotHonourBecomeAWarning() throws Exception {
        try (Keys k = new Keys("search offers -o score- --limit 3" + Keys.ENTER)) {
            assertThat(read(k, STATE, null).actions())
                    .last()
                    .isInstanceOfSatisfying(
                            Action.ShowStatus.class,
                            s -> assertThat(s.status().level()).isEqualTo(Status.Level.WARNING));
        }
    }

    @Test
    void confirmAsksWithNoAsTheDefault() throws Exception {
        State confirming = confirming();
        try (Keys k = new Keys("confirm" + Keys.ENTER + Keys.ENTER)) {
            assertThat(read(k, confirming, null).actions()).containsExactly(new Action.CancelLaunch());
            assertThat(k.screen()).contains("Launch offer 1001 (1x RTX 4090)").contains("[y/N]");
        }
        try (Keys k = new Keys("yes" + Keys.ENTER + "y" + Keys.ENTER)) {
            assertThat(read(k, confirming, null).actions()).containsExactly(new Action.ConfirmLaunch());
        }
    }

    @Test
    void confirmWithoutAReviewedLaunchIsAProblem() throws Exception {
        try (Keys k = new Keys("confirm" + Keys.ENTER)) {
            assertThat(read(k, STATE, null)).isEqualTo(BarResult.cancelled());
            assertThat(k.screen()).contains("^ nothing to confirm");
        }
    }

    @Test
    void historyIsKeptWithSecretsMaskedAndRecalled() throws Exception {
        Path history = dir.resolve("state/history");
        try (Keys k = new Keys("env HF_TOKEN=hf_abc" + Keys.ENTER)) {
            assertThat(read(k, STATE, history).actions()).containsExactly(new Action.PutEnv("HF_TOKEN", "hf_abc"));
        }
        try (Keys k = new Keys("search offers --api-key sekrit gpu_ram>=24" + Keys.ENTER)) {
            read(k, STATE, history);
        }
        String saved = Files.readString(history, UTF_8);
        assertThat(saved).contains("env HF_TOKEN=***").contains("search offers gpu_ram>=24");
        assertThat(saved).doesNotContain("hf_abc").doesNotContain("sekrit").doesNotContain("api-key");
        try (Keys k = new Keys(Keys.CTRL_P + Keys.CTRL_P + Keys.ENTER)) {
            assertThat(read(k, STATE, history).actions()).containsExactly(new Action.PutEnv("HF_TOKEN", "***"));
        }
    }

    @Test
    void theConfirmAnswerIsNotKeptInHistory() throws Exception {
        Path history = dir.resolve("history");
        try (Keys k = new Keys("confirm" + Keys.ENTER + "y" + Keys.ENTER)) {
            read(k, confirming(), history);
        }
        assertThat(Files.readAllLines(history, UTF_8)).noneMatch(l -> l.endsWith(":y"));
    }

    /** Returns the screen line with the caret, as last drawn after a carriage return. */
    static String caretLine(String screen) {
        String line = screen.lines().filter(l -> l.contains("^ ")).findFirst().orElse("");
        return line.substring(line.lastIndexOf('\r') + 1);
    }

    static State confirming() {
        State s = Fixtures.apply(STATE, new Action.SelectOffer(1001));
        s = Fixtures.apply(s, new Action.SetImage("pytorch/pytorch:latest"));
        return Fixtures.apply(s, new Action.RequestLaunch());
    }
}
