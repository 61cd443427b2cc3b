package dev.vastlaunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.launch.Preset;
import dev.vastlaunch.launch.PresetRead;
import dev.vastlaunch.launch.PresetText;
import dev.vastlaunch.offers.OfferQuery;
import dev.vastlaunch.offers.OfferType;
import dev.vastlaunch.offers.Outcome;
import dev.vastlaunch.offers.SortKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What is written down about a draft that came from a preset: its search only while that search is in force. */
class RecipesTest {
    private static final Preset PRESET = ((PresetRead.Good) PresetText.parse(
                    "h100",
                    "search offers 'gpu_name=H100_SXM num_gpus=8' -o dph\ncreate instance --image ubuntu:22.04 --ssh\n",
                    false))
            .preset();

    @Test
    void aPresetLoadedForEditingKeepsItsSearchUntilTheUserSearchesAgain() {
        State s = Update.apply(State.initial(true), new Action.PresetLoaded("h100", false, new Outcome.Ok<>(PRESET)))
                .state();
        assertThat(Recipes.searchLine(s)).isEqualTo(PRESET.searchLine());

        s = Update.apply(s, new Action.EditQuery("gpu_name=RTX_4090")).state();
        s = Update.apply(s, new Action.Search()).state();
        assertThat(Recipes.searchLine(s)).contains("gpu_name=RTX_4090").doesNotContain("H100");
        assertThat(s.library().active())
                .as("the draft still came from the preset")
                .isEqualTo(PRESET);
    }

    @Test
    void aQuickLaunchWritesThePresetsSearch() {
        State s = Update.apply(State.initial(true), new Action.PresetLoaded("h100", true, new Outcome.Ok<>(PRESET)))
                .state();
        assertThat(s.offers().searchId()).isPositive();
        assertThat(Recipes.searchLine(s)).isEqualTo(PRESET.searchLine());
    }

    @Test
    void theSearchLineKeepsTheOrderTheLastSearchWasSentWith() {
        OfferQuery byGpus = new OfferQuery(
                OfferQuery.defaultFilters(),
                List.of(new SortKey("num_gpus", true), new SortKey("dph_total", false)),
                OfferType.ON_DEMAND,
                null,
                OfferQuery.DEFAULT_STORAGE_GB);
        State s = Update.apply(State.initial(true), new Action.RunQuery(byGpus)).state();
        assertThat(Recipes.searchLine(s)).contains("-o num_gpus-,dph_total");

        s = Update.apply(s, new Action.Search()).state();
        assertThat(Recipes.searchLine(s))
                .as("a search from the screens is sent by price")
                .contains("-o dph_total")
                .doesNotContain("num_gpus");
    }
}
