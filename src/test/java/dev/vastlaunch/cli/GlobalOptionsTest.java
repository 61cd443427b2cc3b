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
}
