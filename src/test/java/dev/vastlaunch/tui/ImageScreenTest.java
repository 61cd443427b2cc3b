package dev.vastlaunch.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
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
}
