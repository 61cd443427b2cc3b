package dev.vastlaunch.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.app.Screen;
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
}
