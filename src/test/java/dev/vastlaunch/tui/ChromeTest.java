package dev.vastlaunch.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.app.Screen;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChromeTest {
    @Test
    void theBreadcrumbFitsItsWidthOnEveryScreenAndNamesTheCurrentOneWhole() {
        for (Screen screen : Screen.values()) {
            for (int width = 14; width <= 120; width++) {
                String crumbs = Chrome.breadcrumb(screen, width);
                assertThat(crumbs.length()).as("%s at %d", screen, width).isLessThanOrEqualTo(width);
                String shown = screen == Screen.INSTANCES ? "(Instances|Inst|7)" : screen.title();
                assertThat(crumbs).as("%s at %d", screen, width).matches(".*\\[(\\d )?" + shown + "\\].*");
            }
        }
    }

    @Test
    void at80ColumnsWithTheSpinnerTheStepsStayAndInstancesIsShortened() {
        // 80 columns less the " [|] working " spinner and a gap: the width the header leaves the breadcrumb.
        String crumbs = Chrome.breadcrumb(Screen.INSTANCES, 80 - 13 - 1);
        assertThat(crumbs).contains("Offers").contains("[Inst]").hasSizeLessThanOrEqualTo(66);
    }

    @Test
    void aLongStatusKeepsItsStartAndSaysMoreWasLeft() {
        String text = "error: search failed: the server answered HTTP 500 (internal error) while searching offers;"
                + " nothing was sent; try again in a minute, or check https://status.vast.ai for an outage today";
        List<String> lines = Chrome.statusLines(text, 40, 3);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith(" error: search failed");
        assertThat(lines.get(2)).endsWith(" …").hasSizeLessThanOrEqualTo(40);
        assertThat(Chrome.statusLines("short", 40, 3)).containsExactly(" short");
    }
}
