package dev.vastlaunch.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.BarResult;
import dev.vastlaunch.app.State;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlobalKeysTest {
    @Test
    void helpListsTheScreensKeysAndWhyDisabledOnesAreOff() {
        try (Harness h = new Harness(80, 40)) {
            h.press(Harness.ch('?'));
            String text = h.text();
            assertThat(text).contains("Keys on Offers").contains("rent the highlighted offer");
            assertThat(text).contains("compare the marked offers side by side");
            assertThat(text).contains("[off: mark at least two offers with Space]");
            h.press(KeyType.PageDown);
            assertThat(h.text()).contains("sort by $/hr");
            h.press(KeyType.End);
            assertThat(h.text()).contains("Everywhere:").contains("open the command bar");
            h.press(KeyType.Escape);
            assertThat(h.text()).doesNotContain("Everywhere:");
        }
    }

    @Test
    void aDisabledKeyTellsWhyInTheStatusLine() {
        try (Harness h = new Harness(80, 24)) {
            h.press(KeyType.Escape);
            assertThat(h.row(22)).contains("warning: Esc: this is the first screen (q quits)");
        }
    }

    @Test
    void ctrlCExitsAtOnceEvenWhileTyping() {
        try (Harness h = new Harness(80, 24)) {
            h.press(Harness.ch('e')).press(new KeyStroke('c', true, false));
            assertThat(h.tui.quitRequested()).isTrue();
        }
    }

    @Test
    void qQuitsAtOnceWithoutADraft() {
        try (Harness h = new Harness(80, 24)) {
            h.press(Harness.ch('q'));
            assertThat(h.tui.quitRequested()).isTrue();
        }
    }

    @Test
    void qFromTheShellsWizardGoesBackWithoutAskingForTheShellKeepsTheDraft() {
        try (Harness h = new Harness(
                80,
                24,
                dev.vastlaunch.app.State.initial(true),
                TuiOptions.of(false).openedFromShell())) {
            h.press(KeyType.Enter).press(Harness.ch('q'));
            assertThat(h.text()).doesNotContain("would be lost");
            assertThat(h.tui.quitRequested()).isTrue();
            assertThat(h.state().hasUnsavedDraft()).isTrue();
        }
    }

    @Test
    void qWithADraftAsksAndEnterStays() {
        try (Harness h = new Harness(80, 24)) {
            h.press(KeyType.Enter).press(Harness.ch('q'));
            assertThat(h.text()).contains("Quit? The draft").contains("> [ Stay ] <");
            h.press(KeyType.Enter);
            assertThat(h.tui.quitRequested()).isFalse();
            h.press(Harness.ch('q')).press(Harness.ch('y'));
            assertThat(h.tui.quitRequested()).isTrue();
        }
    }

    @Test
    void colonReadsTheBarDispatchesItsActionsAndCanQuit() {
        try (Harness h = new Harness(80, 24)) {
            h.barAnswer = BarResult.of(
                    List.of(new Action.SetImage("nginx:1"), new Action.Go(dev.vastlaunch.app.Screen.IMAGE)));
            h.press(Harness.ch(':'));
            assertThat(h.barCalls).hasSize(1);
            assertThat(h.state().editor().draft().image()).isEqualTo("nginx:1");
            assertThat(h.row(0)).contains("[2 Image]");
            h.barAnswer = new BarResult(List.of(), true, null);
            h.press(Harness.ch(':'));
            assertThat(h.tui.quitRequested()).isTrue();
        }
    }

    @Test
    void functionKeysAndDigitsGoToScreensAndEscGoesBack() {
        try (Harness h = new Harness(80, 24)) {
            h.press(KeyType.F4);
            assertThat(h.row(0)).contains("[4 Options]");
            h.press(Harness.ch('5'));
            assertThat(h.row(0)).contains("[5 Review]");
            h.press(KeyType.Escape);
            assertThat(h.row(0)).contains("[4 Options]");
        }
    }

    @Test
    void noColorDrawsEveryCellInTheDefaultColours() {
        try (Harness h = new Harness(80, 24, State.initial(true), TuiOptions.of(true))) {
            h.press(KeyType.Escape);
            assertThat(colouredCells(h)).isZero();
            assertThat(h.text()).contains("DEMO").contains("warning: Esc");
        }
        try (Harness h = new Harness(80, 24, State.initial(true), TuiOptions.of(false))) {
            assertThat(colouredCells(h)).isPositive();
        }
    }

    @Test
    void noColorEnvironmentVariableTurnsColourOff() {
        assertThat(TuiOptions.from(false, java.util.Map.of("NO_COLOR", "1")).noColor())
                .isTrue();
        assertThat(TuiOptions.from(false, java.util.Map.of("NO_COLOR", "")).noColor())
                .isFalse();
        assertThat(TuiOptions.from(true, java.util.Map.of()).noColor()).isTrue();
    }

    @Test
    void aBareCarriageReturnFromARawTtyActsAsEnter() {
        try (Harness h = new Harness(80, 24)) {
            h.press(new KeyStroke('m', true, false));
            assertThat(h.row(0)).contains("[2 Image]");
        }
    }

    @Test
    void anUnknownKeySaysSo() {
        try (Harness h = new Harness(80, 24)) {
            h.press(Harness.ch('z'));
            assertThat(h.row(22)).contains("z does nothing here; press ? for the keys");
        }
    }

    private static int colouredCells(Harness h) {
        TerminalSize size = h.vt.getTerminalSize();
        int n = 0;
        for (int r = 0; r < size.getRows(); r++) {
            for (int c = 0; c < size.getColumns(); c++) {
                TextCharacter ch = h.vt.getBufferCharacter(c, r);
                if (!ch.getForegroundColor().equals(TextColor.ANSI.DEFAULT)
                        || !ch.getBackgroundColor().equals(TextColor.ANSI.DEFAULT)) {
                    n++;
                }
            }
        }
        return n;
    }
}
