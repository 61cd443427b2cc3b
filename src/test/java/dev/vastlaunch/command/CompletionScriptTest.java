package dev.vastlaunch.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionScriptTest {
    @TempDir
    Path dir;

    /** Sources the script in bash and completes {@code words} (the last one is the word under the cursor). */
    private String complete(String shell, String... words) throws IOException, InterruptedException {
        Path script = dir.resolve("completion.sh");
        Files.writeString(
                script,
                CompletionScript.of(
                        CommandTable.standard(),
                        dev.vastlaunch.cli.GlobalOptions.NAMES,
                        shell,
                        dir.resolve("recent-images")));
        String array = String.join(
                " ", java.util.Arrays.stream(words).map(w -> "'" + w + "'").toList());
        String body = "source " + script + "; COMP_WORDS=(vastlaunch " + array + "); COMP_CWORD=" + words.length
                + "; _vastlaunch; echo \"${COMPREPLY[*]}\"";
        Process p = new ProcessBuilder("bash", "--norc", "-c", body)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    @Test
    void bashCompletesCommandWordsFromTheCommandTable() throws Exception {
        assertThat(complete("bash", "sea")).isEqualTo("search");
        assertThat(complete("bash", "search", "")).contains("offers").contains("templates");
        assertThat(complete("bash", "show", "")).contains("instance").contains("instances");
    }

    @Test
    void bashCompletesOptionsAndQueryFieldNamesOfTheCommandBeingTyped() throws Exception {
        assertThat(complete("bash", "create", "instance", "123", "--ima")).isEqualTo("--image");
        assertThat(complete("bash", "--raw", "search", "offers", "gpu_na")).isEqualTo("gpu_name");
        assertThat(complete("bash", "search", "offers", "--wi")).isEqualTo("--wide");
    }

    @Test
    void bashCompletesTheImageFromTheRecentlyLaunchedImages() throws Exception {
        assertThat(complete("bash", "create", "instance", "123", "--image", "vast"))
                .isEmpty();
        Files.writeString(dir.resolve("recent-images"), "vastai/pytorch:2.4\nvastai/vllm:0.6\nubuntu:22.04\n");
        assertThat(complete("bash", "create", "instance", "123", "--image", "vast"))
                .isEqualTo("vastai/pytorch:2.4 vastai/vllm:0.6");
    }

    @Test
    void registersTheFunctionForVastlaunchAndZshLoadsBashcompinit() throws Exception {
        Path script = dir.resolve("c.sh");
        Files.writeString(
                script,
                CompletionScript.of(
                        CommandTable.standard(),
                        dev.vastlaunch.cli.GlobalOptions.NAMES,
                        "bash",
                        dir.resolve("recent-images")));
        Process p = new ProcessBuilder("bash", "--norc", "-c", "source " + script + "; complete -p vastlaunch")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("-F _vastlaunch vastlaunch");
        assertThat(CompletionScript.of(
                        CommandTable.standard(),
                        dev.vastlaunch.cli.GlobalOptions.NAMES,
                        "zsh",
                        dir.resolve("recent-images")))
                .contains("bashcompinit");
    }
}
