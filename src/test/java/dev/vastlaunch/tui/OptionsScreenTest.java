package dev.vastlaunch.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

class OptionsScreenTest {
    @Test
    void showsEveryFieldAt80x24And100x30() {
        for (int[] size : new int[][] {{80, 24}, {100, 30}}) {
            try (Harness h = new Harness(size[0], size[1])) {
                h.press(KeyType.F4);
                String text = h.text();
                assertThat(text).contains("Disk GB").contains("10 GB (default)").contains("Label");
                assertThat(text)
                        .contains("Launch mode")
                        .contains("< template/default >")
                        .contains("Direct ports");
                assertThat(text).contains("Onstart script").contains("Args").contains("Image login");
                assertThat(text)
                        .contains("Jupyter dir")
                        .contains("Python UTF-8")
                        .contains("Cancel if unavailable");
                assertThat(text).contains("Target state");
            }
        }
    }

    @Test
    void aProblemIsShownUnderItsField() {
        try (Harness h = new Harness(80, 24)) {
            h.press(KeyType.F4).press(KeyType.Enter).type("4").press(KeyType.Enter);
            assertThat(h.state().editor().draft().diskGb()).isEqualTo(4.0);
            String text = h.text();
            int disk = text.indexOf("Disk GB");
            int problem = text.indexOf("! must be at least 8 GB");
            int label = text.indexOf("Label");
            assertThat(problem).isBetween(disk, label);
        }
    }

    @Test
    void notANumberIsReportedAndNothingChanges() {
        try (Harness h = new Harness(80, 24)) {
            h.press(KeyType.F4).press(KeyType.Enter).type("lots").press(KeyType.Enter);
            assertThat(h.state().editor().draft().diskGb()).isNull();
            assertThat(h.row(22)).contains("error: disk: 'lots' is not a number");
        }
    }

    @Test
    void flagsToggleAndChoicesCycle() {
        try (Harness h = new Harness(80, 24)) {
            h.press(KeyType.F4).press(KeyType.ArrowDown, KeyType.ArrowDown).press(KeyType.ArrowRight);
            assertThat(h.state().editor().draft().mode()).isEqualTo(dev.vastlaunch.launch.LaunchMode.SSH);
            h.press(KeyType.Tab).press(Harness.ch(' '));
            assertThat(h.state().editor().draft().direct()).isTrue();
            assertThat(h.text()).contains("[x] on");
        }
    }

    @Test
    void interruptibleOfferShowsTheBidWithItsMinimumGuard() {
        try (Harness h = new Harness(80, 30)) {
            h.press(Harness.ch('t')).press(KeyType.Enter).press(KeyType.F4);
            assertThat(h.text()).contains("Bid $/h (interruptible)").contains("offer's minimum $0.1000");
            h.press(KeyType.End)
                    .press(KeyType.Enter)
                    .press(new com.googlecode.lanterna.input.KeyStroke('u', true, false))
                    .type("0.05")
                    .press(KeyType.Enter);
            assertThat(h.state().editor().draft().price()).isEqualTo(0.05);
            assertThat(h.text()).contains("below the offer's minimum bid");
        }
    }
}
