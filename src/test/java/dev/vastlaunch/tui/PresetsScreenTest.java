package dev.vastlaunch.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.app.HistoryRead;
import dev.vastlaunch.app.LaunchRecord;
import dev.vastlaunch.app.Library;
import dev.vastlaunch.app.State;
import dev.vastlaunch.launch.PresetRead;
import dev.vastlaunch.launch.PresetText;
import dev.vastlaunch.offers.Outcome;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Presets screen masks the values a preset saved with {@code --secrets} holds, by the one rule, until m. */
class PresetsScreenTest {
    private static final String TOKEN = "hf_abcdefghijklmnopqrstuvwx";

    @Test
    void aPresetsSecretValueIsMaskedUntilRevealed() {
        PresetRead saved = PresetText.parse(
                "gated",
                "search offers 'num_gpus=1'\ncreate instance --image ubuntu:22.04 --env '-e HF_TOKEN=" + TOKEN
                        + " -e MODEL=org/m'\n",
                false);
        assertThat(saved).isInstanceOf(PresetRead.Good.class);
        try (Harness h =
                new Harness(100, 30, State.initial(true), TuiOptions.of(false), x -> x.library = with(saved))) {
            h.press(Harness.ch('p'));
            assertThat(h.text()).contains("gated").contains("HF_TOKEN=***").contains("MODEL=org/m");
            assertThat(h.text()).doesNotContain(TOKEN);
            h.press(Harness.ch('m'));
            assertThat(h.text()).contains(TOKEN);
        }
    }

    private static Library with(PresetRead preset) {
        Library none = Library.none();
        return new Library() {
            @Override
            public List<PresetRead> presets() {
                return List.of(preset);
            }

            @Override
            public Outcome<String> savePreset(String name, String text, boolean secret) {
                return none.savePreset(name, text, secret);
            }

            @Override
            public Outcome<String> deletePreset(String name) {
                return none.deletePreset(name);
            }

            @Override
            public HistoryRead history() {
                return none.history();
            }

            @Override
            public Optional<String> record(LaunchRecord record) {
                return none.record(record);
            }

            @Override
            public Optional<String> variable(String name) {
                return Optional.empty();
            }
        };
    }
}
