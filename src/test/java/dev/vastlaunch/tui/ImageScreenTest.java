package dev.vastlaunch.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.vastlaunch.app.State;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageScreenTest {
    @Test
    void listsTemplatesRecommendedFirstWithTheHighlightedDefaultsAt80x24() {
        try (Harness h = new Harness(80, 24)) {
            h.press(KeyType.Enter);
            String text = h.text();
            assertThat(h.row(0)).contains("[2 Image]");
            assertThat(text.indexOf("PyTorch")).isLessThan(text.indexOf("Ubuntu base"));
            assertThat(text).contains(">R  PyTorch").contains("Image:  pytorch/pytorch:latest");
            assertThat(text).contains("HF_TOKEN=********").doesNotContain("hf_secret");
            assertThat(text).contains("Disk:   32 GB recommended").contains("Port:   8888:8888");
        }
    }

    @Test
    void rendersAt100x30() {
        try (Harness h = new Harness(100, 30)) {
            h.press(KeyType.F2);
            assertThat(h.text())
                    .contains("Templates (2)")
                    .contains("Ubuntu base")
                    .contains("Mode:   ssh (direct)");
        }
    }

    @Test
    void searchFiltersByNameAsYouType() {
        try (Harness h = new Harness(80, 24)) {
            h.press(KeyType.F2).press(Harness.ch('/')).type("ubu");
            assertThat(h.state().templates().search()).isEqualTo("ubu");
            assertThat(h.text()).contains("Ubuntu base").doesNotContain("  PyTorch");
        }
    }

    @Test
    void enterAppliesTheTemplateAndGoesOnToEnv() {
        try (Harness h = new Harness(80, 24)) {
            h.press(KeyType.Enter).press(KeyType.Enter);
            assertThat(h.state().editor().draft().templateHash()).hasValue("00000000000000000000000000000002");
            assertThat(h.row(0)).contains("[3 Env & Ports]");
            assertThat(h.text()).contains("From the template").contains("HF_TOKEN=********");
        }
    }

    @Test
    void freeImageFieldSetsTheImage() {
        try (Harness h = new Harness(80, 24)) {
            h.press(KeyType.F2).press(Harness.ch('i')).type("nginx:1.25").press(KeyType.Enter);
            assertThat(h.state().editor().draft().image()).isEqualTo("nginx:1.25");
            assertThat(h.text()).contains("Using: image nginx:1.25");
        }
    }

    @Test
    void xClearsTheTemplateAndSaysWhyWhenThereIsNone() {
        try (Harness h = new Harness(80, 24)) {
            h.press(KeyType.F2).press(Harness.ch('x'));
            assertThat(h.row(22)).contains("x: no template is applied");
            h.press(KeyType.Enter).press(KeyType.F2).press(Harness.ch('x'));
            assertThat(h.state().editor().draft().templateHash()).isEmpty();
            assertThat(h.row(22)).contains("Template cleared");
        }
    }

    @Test
    void recentImagesComeFirstAndEnterUsesOne() {
        State initial = State.initial(true);
        initial = initial.withTemplates(initial.templates().withRecent(List.of(), List.of("vllm/vllm-openai:v0.6.3")));
        try (Harness h = new Harness(80, 24, initial, TuiOptions.of(false))) {
            h.press(KeyType.F2);
            String text = h.text();
            assertThat(text).contains(">I  vllm/vllm-openai:v0.6.3").contains("Launched from this machine recently");
            assertThat(text.indexOf("vllm/vllm-openai")).isLessThan(text.indexOf("PyTorch"));
            h.press(KeyType.Enter);
            assertThat(h.state().editor().draft().image()).isEqualTo("vllm/vllm-openai:v0.6.3");
            assertThat(h.row(0)).contains("[3 Env & Ports]");
        }
    }

    @Test
    void aSearchFiltersTheRecentImagesTooAndTheCursorReachesTheTemplatesBelow() {
        State initial = State.initial(true);
        initial = initial.withTemplates(
                initial.templates().withRecent(List.of(), List.of("nginx:1.25", "vllm/vllm-openai:v0.6.3")));
        try (Harness h = new Harness(80, 24, initial, TuiOptions.of(false))) {
            h.press(KeyType.F2).press(KeyType.ArrowDown, KeyType.ArrowDown);
            assertThat(h.text()).contains(">R  PyTorch");
            h.press(KeyType.Enter);
            assertThat(h.state().editor().draft().templateHash()).isPresent();
            assertThat(h.state().editor().draft().image()).isNull();
            h.press(KeyType.F2).press(Harness.ch('/')).type("vllm").press(KeyType.Enter);
            assertThat(h.text()).contains("vllm/vllm-openai").doesNotContain("nginx");
        }
    }

    @Test
    void aLaunchPutsItsImageFirstInMemory() {
        State initial = State.initial(true);
        var after =
                initial.templates().withRecent(List.of(), List.of("a:1", "b:2")).launched(Optional.of("hash1"), "b:2");
        assertThat(after.recentImages()).containsExactly("b:2", "a:1");
        assertThat(after.recent()).containsExactly("hash1");
    }
}
