package dev.vastlaunch.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.vastlaunch.launch.EnvEntry;
import org.junit.jupiter.api.Test;

class EnvScreenTest {
    @Test
    void addedVariablesShowInTheTableAndTheOptionsTextWithSecretsMasked() {
        try (Harness h = new Harness(80, 24)) {
            h.press(KeyType.F3).press(Harness.ch('a')).type("HF_TOKEN=abc123").press(KeyType.Enter);
            h.press(Harness.ch('a')).type("MODE=fast").press(KeyType.Enter);
            assertThat(h.state().editor().draft().env().get("HF_TOKEN")).hasValue("abc123");
            String text = h.text();
            assertThat(text).contains("env   HF_TOKEN").contains("********").doesNotContain("abc123");
            assertThat(text).contains("-e HF_TOKEN=******** -e MODE=fast");
            h.press(Harness.ch('m'));
            assertThat(h.text()).contains("abc123");
        }
    }

    @Test
    void portsAreAddedEditedAndDeleted() {
        try (Harness h = new Harness(100, 30)) {
            h.press(KeyType.F3).press(Harness.ch('p')).type("8000/udp").press(KeyType.Enter);
            assertThat(h.text()).contains("port  8000:8000/udp").contains("-p 8000:8000/udp");
            h.press(KeyType.Enter)
                    .press(new com.googlecode.lanterna.input.KeyStroke('u', true, false))
                    .type("9000")
                    .press(KeyType.Enter);
            assertThat(h.state().editor().draft().env().ports())
                    .extracting(EnvEntry.Port::spec)
                    .containsExactly("9000:9000");
            h.press(Harness.ch('d'));
            assertThat(h.state().editor().draft().env().entries()).isEmpty();
            h.press(Harness.ch('d'));
            assertThat(h.row(28)).contains("d: no entry yet");
        }
    }

    @Test
    void aRefusedAnswerKeepsThePromptAndItsTextAndEscClosesOnlyThePrompt() {
        try (Harness h = new Harness(80, 24)) {
            h.press(KeyType.F3).press(Harness.ch('a')).type("NOEQUALS").press(KeyType.Enter);
            assertThat(h.text()).contains("NOEQUALS").contains("error");
            h.type("=1").press(KeyType.Enter);
            assertThat(h.state().editor().draft().env().get("NOEQUALS")).hasValue("1");
            h.press(Harness.ch('a')).type("BAD").press(KeyType.Enter);
            assertThat(h.text()).contains("Variable KEY=VALUE: BAD").contains("'BAD' is not KEY=VALUE");
            h.press(KeyType.Escape);
            assertThat(h.state().screen()).isEqualTo(dev.vastlaunch.app.Screen.ENV);
            assertThat(h.text()).doesNotContain("Variable KEY=VALUE");
        }
    }

    @Test
    void aTypoWhileEditingKeepsTheOldEntry() {
        try (Harness h = new Harness(100, 30)) {
            h.press(KeyType.F3).press(Harness.ch('p')).type("8000").press(KeyType.Enter);
            h.press(KeyType.Enter)
                    .press(new com.googlecode.lanterna.input.KeyStroke('u', true, false))
                    .type("80000")
                    .press(KeyType.Enter);
            assertThat(h.state().editor().draft().env().ports())
                    .extracting(EnvEntry.Port::spec)
                    .containsExactly("8000:8000");
            assertThat(h.text()).contains("is not a port");
            h.press(KeyType.Escape);
            h.press(Harness.ch('a')).type("A=1").press(KeyType.Enter);
            h.press(KeyType.Enter)
                    .press(new com.googlecode.lanterna.input.KeyStroke('u', true, false))
                    .type("1X=2")
                    .press(KeyType.Enter);
            assertThat(h.state().editor().draft().env().get("A")).hasValue("1");
        }
    }

    @Test
    void badTokensAreFlaggedAtTheirColumnAsTyped() {
        try (Harness h = new Harness(80, 24)) {
            h.press(KeyType.F3).press(Harness.ch('o')).type("-e FOO -p 80");
            assertThat(h.state().editor().envProblems()).isNotEmpty();
            int column = h.state().editor().envProblems().get(0).column();
            assertThat(h.row(4).charAt(" Options o ".length() + column - 1)).isEqualTo('^');
            assertThat(h.text()).contains("! col " + column + " 'FOO'");
            assertThat(h.row(22)).contains("error:");
            h.press(KeyType.Escape).press(Harness.ch('a'));
            assertThat(h.row(22)).contains("fix the flagged tokens");
        }
    }

    @Test
    void rendersAt100x30() {
        try (Harness h = new Harness(100, 30)) {
            h.press(KeyType.F3);
            assertThat(h.text()).contains("Docker options").contains("No variables or ports yet");
        }
    }
}
