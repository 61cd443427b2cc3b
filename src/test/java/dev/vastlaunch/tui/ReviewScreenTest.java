package dev.vastlaunch.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.vastlaunch.app.LaunchPhase;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReviewScreenTest {
    private static Harness ready(int columns, int rows) {
        return ready(new Harness(columns, rows));
    }

    private static Harness ready(Harness h) {
        h.press(KeyType.Enter).press(KeyType.Enter);
        h.press(Harness.ch('a')).type("API_KEY=s3cret").press(KeyType.Enter);
        return h;
    }

    @Test
    void showsEffectiveValuesWithSourcesAndThePriceAt80x24() {
        try (Harness h = ready(80, 24)) {
            h.press(KeyType.F5);
            String text = h.text();
            assertThat(text).contains("image        pytorch/pytorch:latest  [TEMPLATE]");
            assertThat(text).contains("disk         32 GB  [TEMPLATE]");
            assertThat(text).contains("API_KEY=********  [USER]").contains("HF_TOKEN=********  [TEMPLATE]");
            assertThat(text).contains("/h (on-demand, incl. 32 GB storage) × 24 h = $");
            assertThat(text).doesNotContain("s3cret").doesNotContain("hf_secret");
        }
    }

    @Test
    void showsTheBodyTheVastaiCommandAndACurlLineWithoutAKeyAt100x30() {
        try (Harness h = ready(100, 30)) {
            String all = ReviewText.lines(h.state(), false, new dev.vastlaunch.api.WireJson(), 1000).stream()
                    .map(ReviewText.Line::text)
                    .collect(Collectors.joining("\n"));
            assertThat(all).contains("Request body: PUT /api/v0/asks/102/").contains("\"template_hash_id\"");
            assertThat(all).contains("vastai create instance 102 --template_hash 00000000000000000000000000000002");
            assertThat(all).contains("--env '-e API_KEY=********'");
            assertThat(all)
                    .contains("curl -X PUT")
                    .contains("Bearer $VAST_API_KEY")
                    .doesNotContain("s3cret");
            h.press(KeyType.F5).press(KeyType.PageDown, KeyType.PageDown);
            assertThat(h.text()).contains("vastai create instance 102");
        }
    }

    @Test
    void problemsReplaceTheBodyWhenTheDraftIsNotLaunchable() {
        try (Harness h = new Harness(80, 24)) {
            h.press(KeyType.F5);
            assertThat(h.text()).contains("Not launchable yet:").contains("! offer: select an offer first");
            h.press(KeyType.Enter);
            assertThat(h.row(22)).contains("Enter: not launchable: offer: select an offer first");
        }
    }

    @Test
    void confirmDefaultsToCancelSoEnterSendsNothing() {
        try (Harness h = ready(80, 24)) {
            h.press(Harness.ch('l'));
            assertThat(h.state().launch().phase()).isEqualTo(LaunchPhase.CONFIRMING);
            assertThat(h.text()).contains("> [ Cancel ] <").contains("[ Launch (y) ]");
            h.press(KeyType.Enter);
            assertThat(h.state().launch().phase()).isEqualTo(LaunchPhase.EDITING);
            assertThat(h.submitter.requests).isEmpty();
            assertThat(h.row(22)).contains("Launch cancelled");
            h.press(Harness.ch('l')).press(KeyType.Escape);
            assertThat(h.submitter.requests).isEmpty();
        }
    }

    @Test
    void yConfirmsAndSubmitsExactlyOnce() {
        try (Harness h = ready(80, 24)) {
            h.press(Harness.ch('l')).press(Harness.ch('y'));
            assertThat(h.submitter.requests).hasSize(1);
            assertThat(h.submitter.requests.get(0).offerId()).isEqualTo(102L);
            assertThat(h.state().launch().phase()).isEqualTo(LaunchPhase.RUNNING);
        }
    }

    @Test
    void aYTypedAheadRightAfterTheConfirmationOpensDoesNotLaunch() {
        try (Harness h = ready(Harness.guarded(80, 24, 60_000))) {
            h.press(Harness.ch('l')).press(Harness.ch('y'));
            assertThat(h.submitter.requests).isEmpty();
            assertThat(h.state().launch().phase()).isEqualTo(LaunchPhase.CONFIRMING);
            assertThat(h.text()).contains("press y again");
        }
    }

    @Test
    void tabMovesTheFocusToLaunchBeforeEnterConfirms() {
        try (Harness h = ready(80, 24)) {
            h.press(Harness.ch('l')).press(KeyType.Tab);
            assertThat(h.text()).contains("> [ Launch (y) ] <");
            h.press(KeyType.Enter);
            assertThat(h.submitter.requests).hasSize(1);
        }
    }
}
