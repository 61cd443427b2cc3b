package dev.vastlaunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class GlobalOptionsTest {
    private static GlobalOptions parse(String... argv) {
        return Objects.requireNonNull(GlobalOptions.parse(List.of(argv)).options());
    }

    @Test
    void wordsAfterADoubleDashBelongToTheRemoteCommandNotToOurOptions() {
        GlobalOptions g = parse("ssh", "42", "--rm", "--", "apt-get", "install", "-y", "--wide", "x");
        assertThat(g.yes())
                .as("a remote -y must not answer the destroy question")
                .isFalse();
        assertThat(g.wide()).isFalse();
        assertThat(g.words()).containsExactly("ssh", "42", "--rm", "--", "apt-get", "install", "-y", "--wide", "x");
    }

    @Test
    void ourOptionsBeforeTheDoubleDashStillCount() {
        GlobalOptions g = parse("--yes", "ssh", "42", "--rm", "--", "ls");
        assertThat(g.yes()).isTrue();
        assertThat(g.words()).containsExactly("ssh", "42", "--rm", "--", "ls");
    }

    @Test
    void everyNamedOptionIsReadAsOneAndTheCompletionOffersThemAll() throws Exception {
        for (String name : GlobalOptions.NAMES) {
            boolean valued = List.of("--api-key", "--api-key-file", "--url").contains(name);
            GlobalOptions g = valued ? parse(name, "v", "search", "offers") : parse(name, "search", "offers");
            assertThat(g.words()).as(name).containsExactly("search", "offers");
        }
        String script = dev.vastlaunch.command.CompletionScript.of(
                dev.vastlaunch.command.CommandTable.standard(),
                GlobalOptions.NAMES,
                "bash",
                java.nio.file.Path.of("/nonexistent/recent-images"));
        assertThat(script).contains("--explain").contains("--api-key-file");
    }
}
