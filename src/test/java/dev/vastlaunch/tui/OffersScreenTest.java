package dev.vastlaunch.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.BarResult;
import dev.vastlaunch.app.OffersState;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferType;
import dev.vastlaunch.offers.Outcome;
import dev.vastlaunch.offers.SyntaxProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class OffersScreenTest {
    @Test
    void startsOnOffersSearchedWithTheDefaultQuerySortedByPriceAt80x24() {
        try (Harness h = new Harness(80, 24)) {
            String text = h.text();
            assertThat(h.row(0)).contains("[1 Offers]").contains("Image").contains("Launch");
            assertThat(h.row(1)).contains("DEMO — built-in simulator, no real money");
            assertThat(text).contains("Query verified=true external=false rentable=true");
            assertThat(text).contains("$/hr▲").contains("GPU").contains("Location");
            assertThat(h.row(6)).startsWith(">").contains("102").contains("RTX 3090");
            assertThat(text).contains("$0.2000/h (on-demand, incl. 10 GB storage) × 24 h = $4.80");
            assertThat(h.row(23)).contains("Enter select").contains("? help");
            assertThat(h.offers.queries).hasSize(1);
            assertThat(h.offers.queries.get(0).filters()).containsKeys("verified", "external", "rentable");
        }
    }

    @Test
    void widerTerminalShowsMoreColumnsAt100x30() {
        try (Harness h = new Harness(100, 30)) {
            assertThat(h.text())
                    .contains("CUDA")
                    .contains("Down")
                    .contains("Ports")
                    .contains("Location")
                    .contains("Days");
        }
    }

    @Test
    void wTogglesTheWideColumnsWithUnitsInTheirHeaders() {
        try (Harness h = new Harness(120, 30)) {
            assertThat(h.row(5)).doesNotContain("TFLOPS");
            h.press(Harness.ch('w'));
            assertThat(h.row(5))
                    .contains("TFLOPS")
                    .contains("CPU")
                    .contains("RAM")
                    .contains("Disk MB/s");
            h.press(Harness.ch('w'));
            assertThat(h.row(5)).doesNotContain("TFLOPS");
        }
    }

    @Test
    void wideInTheBarShowsTheWideColumnsOnTheScreen() {
        try (Harness h = new Harness(120, 30)) {
            h.barAnswer = BarResult.of(List.of(new Action.Search())).wide(true);
            h.press(Harness.ch(':'));
            assertThat(h.row(5)).contains("TFLOPS");
            h.barAnswer = BarResult.of(List.of(new Action.Search()));
            h.press(Harness.ch(':'));
            assertThat(h.row(5))
                    .as("a line without --wide leaves the mode as it is")
                    .contains("TFLOPS");
        }
    }

    @Test
    void sortingByAColumnHiddenAtThisWidthSaysSo() {
        try (Harness h = new Harness(60, 20)) {
            h.press(Harness.ch('X'));
            assertThat(h.row(5)).doesNotContain("Days");
            assertThat(h.text()).contains("sorted by Days▼ (hidden here)");
        }
    }

    @Test
    void narrowTerminalHidesLowPriorityColumnsAfterResize() {
        try (Harness h = new Harness(100, 30)) {
            h.resize(60, 20);
            String header = h.row(5);
            assertThat(header).contains("ID").contains("GPU").contains("$/hr");
            assertThat(header).doesNotContain("Days").doesNotContain("Ports").doesNotContain("Down");
            assertThat(h.row(19)).contains("? help");
        }
    }

    @Test
    void belowTheMinimumSizeShowsANoticeInsteadOfTheUi() {
        try (Harness h = new Harness(80, 24)) {
            h.resize(50, 12);
            assertThat(h.text())
                    .contains("terminal too small (50x12, need 60x16)")
                    .doesNotContain("Offers");
            h.resize(80, 24);
            assertThat(h.text()).contains("[1 Offers]");
        }
    }

    @Test
    void shiftLetterSortsAndTheSameLetterFlips() {
        try (Harness h = new Harness(80, 24)) {
            h.press(Harness.ch('P'));
            assertThat(h.text()).contains("$/hr▼");
            assertThat(h.row(6)).contains("103");
            h.press(Harness.ch('P'));
            assertThat(h.text()).contains("$/hr▲");
            h.press(Harness.ch('U'));
            assertThat(h.state().offers().view().get(0).gpuName()).isEqualTo("A100 SXM4");
        }
    }

    @Test
    void slashFiltersTheLoadedRowsAsYouTypeAndEscClears() {
        try (Harness h = new Harness(80, 24)) {
            h.press(Harness.ch('/')).type("4090");
            assertThat(h.state().offers().view()).extracting(Offer::id).containsExactly(101L, 104L);
            assertThat(h.text()).doesNotContain("RTX 3090");
            h.press(KeyType.Enter);
            assertThat(h.state().offers().filter()).isEqualTo("4090");
            h.press(KeyType.Escape);
            assertThat(h.state().offers().filter()).isEmpty();
            assertThat(h.state().offers().view()).hasSize(5);
        }
    }

    @Test
    void searchFailureShowsInTheStatusLine() {
        try (Harness h = new Harness(
                80,
                24,
                dev.vastlaunch.app.State.initial(false),
                TuiOptions.of(false),
                x -> x.offers.answer = q -> new Outcome.Failed<>("connection refused"))) {
            assertThat(h.row(22)).contains("error: search failed: connection refused");
        }
    }

    @Test
    void queryProblemIsShownAtItsColumnWhileTyping() {
        try (Harness h = new Harness(80, 24)) {
            h.press(Harness.ch('e')).press(KeyType.End).type(" num_gpus>=");
            SyntaxProblem problem =
                    java.util.Objects.requireNonNull(h.state().offers().queryProblem());
            int caret = " Query ".length() + problem.column() - 1;
            String line = h.row(3);
            assertThat(line.charAt(caret)).isEqualTo('^');
            assertThat(line).contains("needs a value");
            h.press(KeyType.Enter);
            assertThat(h.row(22)).contains("error: query col " + problem.column());
        }
    }

    @Test
    void emptyResultExplainsWhichFilterRemovedHowMany() {
        try (Harness h = new Harness(
                80,
                24,
                dev.vastlaunch.app.State.initial(true),
                TuiOptions.of(false),
                x -> x.offers.answer =
                        q -> new Outcome.Ok<>(q.filters().containsKey("verified") ? List.of() : Fakes.offers()))) {
            String text = h.text();
            assertThat(text).contains("No offers match the query.");
            assertThat(text).contains("without verified").contains("5 offers");
        }
    }

    @Test
    void spaceMarksAndCompareShowsTheMarkedOffersSideBySide() {
        try (Harness h = new Harness(80, 24)) {
            h.press(Harness.ch('c'));
            assertThat(h.row(22)).contains("mark at least two offers with Space");
            h.press(Harness.ch(' ')).press(KeyType.ArrowDown).press(Harness.ch(' '));
            assertThat(h.state().offers().marked()).containsExactlyInAnyOrder(101L, 102L);
            assertThat(h.row(7)).startsWith(">*");
            h.press(Harness.ch('c'));
            assertThat(h.text())
                    .contains("Compare 2 marked offers")
                    .contains("RTX 3090")
                    .contains("RTX 4090");
            h.press(KeyType.Escape);
            assertThat(h.text()).doesNotContain("Compare 2");
        }
    }

    @Test
    void plusAndMinusChangeTheHoursOfTheCostEstimate() {
        try (Harness h = new Harness(80, 24)) {
            h.press(Harness.ch('+'));
            assertThat(h.state().hours()).isEqualTo(48);
            assertThat(h.text()).contains("× 48 h = $9.60");
            h.press(Harness.ch('-')).press(Harness.ch('-'));
            assertThat(h.state().hours()).isEqualTo(12);
        }
    }

    @Test
    void tCyclesThePricingTypeAndSearchesAgain() {
        try (Harness h = new Harness(80, 24)) {
            h.press(Harness.ch('t'));
            OffersState o = h.state().offers();
            assertThat(o.type()).isEqualTo(OfferType.INTERRUPTIBLE);
            assertThat(h.offers.queries.get(h.offers.queries.size() - 1).type()).isEqualTo(OfferType.INTERRUPTIBLE);
            assertThat(h.text()).contains("Type interruptible");
        }
    }

    @Test
    void serverTextWithControlCharactersIsDrawnSafely() {
        try (Harness h = new Harness(
                80,
                24,
                dev.vastlaunch.app.State.initial(true),
                TuiOptions.of(false),
                x -> x.offers.answer =
                        q -> new Outcome.Ok<>(List.of(Fakes.offer(7, "RTX\u001b[31m\u0007", 1, 0.1, "Mars\n"))))) {
            assertThat(h.text()).contains("RTX?[31m?").contains("Mars?");
        }
    }

    @Test
    void enterSelectsTheHighlightedOfferAndGoesToImage() {
        try (Harness h = new Harness(80, 24)) {
            h.press(KeyType.ArrowDown).press(KeyType.Enter);
            assertThat(h.state().editor().draft().offerId()).isEqualTo(101L);
            assertThat(h.row(0)).contains("[2 Image]");
        }
    }
}
