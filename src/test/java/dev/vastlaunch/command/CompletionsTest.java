package dev.vastlaunch.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.app.State;
import dev.vastlaunch.testing.Fixtures;
import java.util.List;
import java.util.stream.Stream;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Completion tables: a line with the cursor at its end, and candidates that must (or must not) be offered. */
class CompletionsTest {
    private static final State STATE = Fixtures.loaded();

    static Stream<Arguments> offered() {
        return Stream.of(
                Arguments.of("verbs", "", List.of("search", "create", "show", "offer", "image", "env", "help")),
                Arguments.of("second word of a multi-word verb", "search ", List.of("offers", "templates")),
                Arguments.of("show has instance and instances", "show ", List.of("instance", "instances")),
                Arguments.of("search offers flags", "search offers -", List.of("--type", "-t", "-n", "--storage")),
                Arguments.of("--type values", "search offers --type ", List.of("on-demand", "bid", "reserved")),
                Arguments.of(
                        "inline --type values", "search offers --type=", List.of("--type=bid", "--type=on-demand")),
                Arguments.of("--order fields", "search offers -o ", List.of("dph_total", "dph_total-", "reliability-")),
                Arguments.of(
                        "query field names",
                        "search offers gpu_",
                        List.of("gpu_name", "gpu_ram", "gpu_total_ram", "num_gpus", "dph")),
                Arguments.of("field names after a quote", "search offers 'gpu_", List.of("gpu_name", "reliability")),
                Arguments.of(
                        "later token inside a quoted query",
                        "search offers 'gpu_ram>=24 num_g",
                        List.of("gpu_ram>=24 num_gpus")),
                Arguments.of(
                        "operators after a field",
                        "search offers gpu_ram",
                        List.of("gpu_ram>=", "gpu_ram<", "gpu_ram=")),
                Arguments.of(
                        "GPU names with underscores",
                        "search offers 'gpu_name=",
                        List.of("gpu_name=RTX_4090", "gpu_name=H100_SXM", "gpu_name=A100_SXM4")),
                Arguments.of("boolean values", "search offers verified=", List.of("verified=true", "verified=false")),
                Arguments.of("wildcard", "search offers external=", List.of("external=any")),
                Arguments.of("template query fields", "search templates ", List.of("name", "image", "recommended")),
                Arguments.of("offer ids", "offer ", List.of("1001", "1002", "2001")),
                Arguments.of("offer ids for create instance", "create instance ", List.of("1001", "2001")),
                Arguments.of("create instance flags", "create instance 1001 --", List.of("--image", "--disk", "--env")),
                Arguments.of(
                        "create instance images", "create instance 1001 --image ", List.of("vastai/pytorch:latest")),
                Arguments.of(
                        "create instance template hashes",
                        "create instance 1001 --template_hash ",
                        List.of(Fixtures.PYTORCH_HASH)),
                Arguments.of("template names and hashes", "template ", List.of("PyTorch (Vast)", "vLLM", "none")),
                Arguments.of(
                        "images seen", "image ", List.of("vastai/pytorch:latest", "vllm/vllm-openai:latest", "none")),
                Arguments.of("env keys to edit", "env ", List.of("HF_TOKEN=", "HF_HOME=")),
                Arguments.of("keys to unset", "unset ", List.of("HF_TOKEN", "HF_HOME", "8888:8888")),
                Arguments.of("common ports", "port ", List.of("8888", "22", "6006")),
                Arguments.of("mode values", "mode ", List.of("ssh", "jupyter", "args", "default", "--direct")),
                Arguments.of("disk default", "disk ", List.of("default")),
                Arguments.of("bid none", "bid ", List.of("none")),
                Arguments.of("screens", "go ", List.of("offers", "image", "env", "options", "review", "launch")),
                Arguments.of("columns", "sort ", List.of("price", "reliability", "dlperf_usd", "gpu")),
                Arguments.of("sort direction", "sort price ", List.of("asc", "desc")),
                Arguments.of("instance ids", "ssh-url ", List.of("4242")),
                Arguments.of("help topics", "help ", List.of("search", "offer", "env")),
                Arguments.of("shell-only verbs in the shell", "", List.of("wizard", "tui")));
    }

    @ParameterizedTest(name = "{0}: [{1}]")
    @MethodSource("offered")
    void offersEveryCandidateForTheWord(String name, String line, List<String> expected) {
        assertThat(values(line, true)).containsAll(expected);
    }

    static Stream<Arguments> notOffered() {
        return Stream.of(
                Arguments.of("no flags unless the word starts with -", "search offers ", List.of("--type")),
                Arguments.of("no operators before a known field", "search offers gpu_", List.of("gpu_=")),
                Arguments.of("nothing after --args", "create instance 1001 --args ", List.of("--image", "1001")));
    }

    @ParameterizedTest(name = "{0}: [{1}]")
    @MethodSource("notOffered")
    void leavesOutWhatDoesNotFit(String name, String line, List<String> absent) {
        assertThat(values(line, true)).doesNotContainAnyElementsOf(absent);
    }

    @org.junit.jupiter.api.Test
    void theBarLeavesOutShellOnlyVerbs() {
        assertThat(values("", false)).doesNotContain("wizard", "tui").contains("search");
    }

    @org.junit.jupiter.api.Test
    void offerIdsAreDescribedByGpuPriceAndReliability() {
        List<Suggestion> s = suggest("offer ", true);
        assertThat(s).filteredOn(x -> x.value().equals("1001")).singleElement().satisfies(x -> {
            assertThat(x.description()).isEqualTo("1x RTX 4090 · $0.3500/h · 99.5%");
            assertThat(x.group()).isEqualTo("offers");
        });
    }

    @org.junit.jupiter.api.Test
    void secretEnvValuesAreMaskedInDescriptions() {
        assertThat(suggest("unset ", true))
                .filteredOn(x -> x.value().equals("HF_TOKEN"))
                .singleElement()
                .extracting(Suggestion::description)
                .isEqualTo("***");
    }

    @org.junit.jupiter.api.Test
    void queryCandidatesKeepTheWordOpenForMoreTyping() {
        assertThat(suggest("search offers 'gpu_", true))
                .filteredOn(x -> x.value().equals("gpu_name"))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.complete()).isFalse();
                    assertThat(x.group()).isEqualTo(QueryCompleter.FIELDS);
                });
    }

    @org.junit.jupiter.api.Test
    void theStaticEntryPointWorksWithoutJline() {
        assertThat(Completions.complete(STATE, List.of("mode", ""), 1, ""))
                .extracting(Suggestion::value)
                .contains("ssh", "jupyter");
    }

    private static List<String> values(String line, boolean inShell) {
        return suggest(line, inShell).stream().map(Suggestion::value).toList();
    }

    private static List<Suggestion> suggest(String line, boolean inShell) {
        ParsedLine parsed = new DefaultParser().parse(line, line.length(), Parser.ParseContext.COMPLETE);
        String partial = parsed.word().substring(0, parsed.wordCursor());
        return new Completions(CommandTable.standard(dev.vastlaunch.launch.FileSource.none()), inShell)
                .suggest(STATE, parsed.words(), parsed.wordIndex(), partial);
    }
}
