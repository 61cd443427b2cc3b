package dev.vastlaunch.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.vastlaunch.app.LaunchPhase;
import dev.vastlaunch.launch.LaunchResult;
import org.junit.jupiter.api.Test;

class LaunchScreenTest {
    /** Enter on the first offer, Enter on the first template, l, y: the shortest path to a launch. */
    private static Harness launched(int columns, int rows, LaunchResult... results) {
        Harness h = new Harness(columns, rows);
        for (LaunchResult r : results) {
            h.submitter.results.add(r);
        }
        h.press(KeyType.Enter).press(KeyType.Enter).press(Harness.ch('l')).press(Harness.ch('y'));
        return h;
    }

    @Test
    void runningShowsTheSshCommandInLargeClearTextAt80x24() {
        try (Harness h = launched(80, 24)) {
            String text = h.text();
            assertThat(h.row(0)).contains("[6 Launch]");
            assertThat(text).contains("Phase: RUNNING   instance 4242");
            assertThat(text).contains("Instance 4242 is RUNNING").contains("|  ssh -p 12345 root@ssh5.vast.ai");
            assertThat(h.submitter.requests).hasSize(1);
        }
    }

    @Test
    void rendersAt100x30() {
        try (Harness h = launched(100, 30)) {
            assertThat(h.text()).contains("ssh -p 12345 root@ssh5.vast.ai").contains("through Vast's ssh proxy");
        }
    }

    @Test
    void offerTakenOffersTheNextBestWhichMustBeConfirmedAgain() {
        try (Harness h = launched(80, 24, new LaunchResult.Rejected(404, "no_such_ask", "offer 102 is gone"))) {
            assertThat(h.state().launch().phase()).isEqualTo(LaunchPhase.REJECTED);
            assertThat(h.text()).contains("is no longer offered").contains("Press n to launch the next best");
            h.press(Harness.ch('n'));
            assertThat(h.state().launch().phase()).isEqualTo(LaunchPhase.CONFIRMING);
            assertThat(h.state().editor().draft().offerId()).isNotEqualTo(102L);
            assertThat(h.text()).contains("> [ Cancel ] <");
            h.press(KeyType.Enter);
            assertThat(h.submitter.requests).hasSize(1);
            h.press(Harness.ch('l')).press(Harness.ch('y'));
            assertThat(h.submitter.requests).hasSize(2);
            assertThat(h.submitter.requests.get(1).offerId()).isNotEqualTo(102L);
        }
    }

    @Test
    void refusalThatIsNotATakenOfferShowsTheServerMessage() {
        try (Harness h = launched(80, 24, new LaunchResult.Rejected(400, "invalid_args", "disk too small"))) {
            assertThat(h.text()).contains("The server refused: disk too small (HTTP 400)");
            h.press(Harness.ch('n'));
            assertThat(h.row(22)).contains("n: only after the server said the offer was taken");
        }
    }

    @Test
    void unknownOutcomeExplainsAndDoesNotOfferToResend() {
        try (Harness h = launched(100, 30, new LaunchResult.Unknown("connection reset after sending"))) {
            assertThat(h.state().launch().phase()).isEqualTo(LaunchPhase.UNKNOWN);
            assertThat(h.text()).contains("connection reset after sending").contains("will not send it again");
            assertThat(h.row(29)).doesNotContain("next offer");
            assertThat(h.submitter.requests).hasSize(1);
        }
    }

    @Test
    void nothingLaunchedYetSaysHowToStart() {
        try (Harness h = new Harness(80, 24)) {
            h.press(KeyType.F6);
            assertThat(h.text()).contains("Nothing launched yet. Press l");
        }
    }
}
