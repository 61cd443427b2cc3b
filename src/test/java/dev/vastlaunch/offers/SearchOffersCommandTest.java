package dev.vastlaunch.offers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.launch.WireJson;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Holds the {@code search offers} flags of reference §2.2 and the body they produce. */
class SearchOffersCommandTest {
    private static final String DEFAULTS =
            "'verified': {'eq': true}, 'external': {'eq': false}, " + "'rentable': {'eq': true}, ";

    private static SearchOffersArgs args(String... words) {
        SearchOffersCommand.Result r = SearchOffersCommand.parse(Arrays.asList(words));
        assertThat(r.problem()).as("problem for %s", Arrays.toString(words)).isNull();
        return Objects.requireNonNull(r.args(), "args");
    }

    private static Map<String, @Nullable Object> body(String... words) {
        return args(words).query().toWire();
    }

    private static UsageProblem problem(String... words) {
        SearchOffersCommand.Result r = SearchOffersCommand.parse(Arrays.asList(words));
        assertThat(r.args()).as("args for %s", Arrays.toString(words)).isNull();
        return Objects.requireNonNull(r.problem(), "problem");
    }

    private static void assertBody(Map<String, @Nullable Object> actual, String expectedJson) {
        assertThat(WireJson.render(WireJson.normalise(actual)))
                .isEqualTo(WireJson.render(WireJson.normalise(WireJson.single(expectedJson))));
    }

    @Test
    void noArgumentsSendTheCliDefaults() {
        assertBody(
                body(),
                "{" + DEFAULTS + "'order': [['score', 'desc']], 'type': 'on-demand', 'allocated_storage': 5.0}");
    }

    @Test
    void noDefaultFlagLeavesTheDefaultFiltersOut() {
        assertBody(
                body("-n", "num_gpus=1"),
                "{'num_gpus': {'eq': 1}, 'order': [['score', 'desc']], 'type': 'on-demand', 'allocated_storage': 5.0}");
        assertThat(body("--no-default")).doesNotContainKeys("verified", "external", "rentable");
    }

    @Test
    void bodyKeysAreDefaultsFieldsOrderTypeLimitStorage() {
        Map<String, @Nullable Object> b = body("num_gpus>=2", "gpu_name=RTX_4090", "--limit", "5", "-o", "dph");
        assertThat(b.keySet())
                .containsExactly(
                        "verified",
                        "external",
                        "rentable",
                        "num_gpus",
                        "gpu_name",
                        "order",
                        "type",
                        "limit",
                        "allocated_storage");
    }

    @Test
    void limitIsLeftOutWhenNotGiven() {
        assertThat(body("num_gpus=1")).doesNotContainKey("limit");
    }

    static Stream<Arguments> types() {
        return Stream.of(
                Arguments.of("default is on-demand", List.of(), "on-demand"),
                Arguments.of("-t bid", List.of("-t", "bid"), "bid"),
                Arguments.of("--type bid", List.of("--type", "bid"), "bid"),
                Arguments.of("--type interruptible is rewritten to bid", List.of("--type", "interruptible"), "bid"),
                Arguments.of("--type=reserved", List.of("--type=reserved"), "reserved"),
                Arguments.of("--type on-demand", List.of("--type", "on-demand"), "on-demand"),
                Arguments.of("--type ondemand is sent as on-demand", List.of("--type", "ondemand"), "on-demand"),
                Arguments.of("-i is bid", List.of("-i"), "bid"),
                Arguments.of("--interruptible is bid", List.of("--interruptible"), "bid"),
                Arguments.of("-b is bid", List.of("-b"), "bid"),
                Arguments.of("--bid is bid", List.of("--bid"), "bid"),
                Arguments.of("-r is reserved", List.of("-r"), "reserved"),
                Arguments.of("--reserved is reserved", List.of("--reserved"), "reserved"),
                Arguments.of("-d is on-demand", List.of("-d"), "on-demand"),
                Arguments.of("last wins: -i -d", List.of("-i", "-d"), "on-demand"),
                Arguments.of("last wins: -d -i", List.of("-d", "-i"), "bid"),
                Arguments.of("last wins: -r --type bid", List.of("-r", "--type", "bid"), "bid"),
                Arguments.of("last wins: --type bid -r", List.of("--type", "bid", "-r"), "reserved"),
                Arguments.of("last wins: -b num_gpus=1 -d", List.of("-b", "num_gpus=1", "-d"), "on-demand"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void pricingTypeFlagsSetTheWireType(String name, List<String> words, String wire) {
        assertThat(body(words.toArray(String[]::new))).containsEntry("type", wire);
    }

    static Stream<Arguments> orders() {
        return Stream.of(
                Arguments.of("default score-", List.of(), "[['score', 'desc']]"),
                Arguments.of(
                        "reference example with aliases and both ends",
                        List.of("-o", "dlperf_usd-,-score,+dph"),
                        "[['dlperf_per_dphtotal', 'desc'], ['score', 'desc'], ['dph_total', 'asc']]"),
                Arguments.of("plain name is ascending", List.of("-o", "dph"), "[['dph_total', 'asc']]"),
                Arguments.of("+ at the end is ascending", List.of("--order", "num_gpus+"), "[['num_gpus', 'asc']]"),
                Arguments.of("- at the start is descending", List.of("-o", "-gpu_ram"), "[['gpu_ram', 'desc']]"),
                Arguments.of("inline --order= form", List.of("--order=cuda_vers-"), "[['cuda_max_good', 'desc']]"),
                Arguments.of(
                        "spaces around names are ignored",
                        List.of("-o", "dph , score-"),
                        "[['dph_total', 'asc'], ['score', 'desc']]"),
                Arguments.of("last -o wins", List.of("-o", "dph", "-o", "score"), "[['score', 'asc']]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orders")
    void orderFlagGivesFieldDirectionPairs(String name, List<String> words, String expected) {
        Map<String, @Nullable Object> b = body(words.toArray(String[]::new));
        assertThat(WireJson.render(b.get("order"))).isEqualTo(WireJson.render(WireJson.single(expected)));
    }

    @Test
    void parseOrderAppliesAliasesAndDirections() {
        assertThat(SearchOffersCommand.parseOrder("dlperf_usd-,-score,+dph"))
                .containsExactly(
                        new SortKey("dlperf_per_dphtotal", true),
                        new SortKey("score", true),
                        new SortKey("dph_total", false));
    }

    @Test
    void limitIsAnIntegerNumber() {
        assertThat(body("--limit", "10")).containsEntry("limit", 10);
    }

    @Test
    void storageIsAFloatNumber() {
        assertThat(body("--storage", "40")).containsEntry("allocated_storage", 40.0);
        assertThat(body("--storage=12.5")).containsEntry("allocated_storage", 12.5);
    }

    @Test
    void positionalWordsAreJoinedWithSpaces() {
        SearchOffersArgs joined = args("num_gpus>=2", "gpu_name=RTX_4090", "dph<1");
        SearchOffersArgs single = args("num_gpus>=2 gpu_name=RTX_4090 dph<1");
        assertThat(joined.queryText()).isEqualTo("num_gpus>=2 gpu_name=RTX_4090 dph<1");
        assertThat(joined.query().toWire()).isEqualTo(single.query().toWire());
    }

    @Test
    void positionalWordsAroundFlagsAreJoinedInOrder() {
        assertThat(args("num_gpus>=2", "-i", "dph<1").queryText()).isEqualTo("num_gpus>=2 dph<1");
    }

    @Test
    void queryWordsSplitInsideAValueAreAnError() {
        assertThat(problem("gpu_name=RTX", "4090").describe()).contains("4090");
    }

    @Test
    void unknownFieldWarningIsPassedOn() {
        assertThat(args("foo_bar=1").warnings()).singleElement().asString().contains("foo_bar");
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("limit not a number", List.of("--limit", "ten"), "--limit"),
                Arguments.of("limit zero", List.of("--limit", "0"), "--limit"),
                Arguments.of("limit without value", List.of("--limit"), "--limit"),
                Arguments.of("storage not a number", List.of("--storage", "big"), "--storage"),
                Arguments.of("storage negative", List.of("--storage=-5"), "--storage"),
                Arguments.of("unknown option", List.of("--frobnicate"), "--frobnicate"),
                Arguments.of("unknown short option", List.of("-z"), "-z"),
                Arguments.of("bad type", List.of("--type", "spot"), "--type"),
                Arguments.of("flag with a value", List.of("--reserved=yes"), "--reserved"),
                Arguments.of("query syntax error names the column", List.of("dph<0.5", "^^"), "col 9"),
                Arguments.of("query value error", List.of("num_gpus>=two"), "num_gpus"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void badArgumentsAreProblemsNamingTheCulprit(String name, List<String> words, String mentioned) {
        assertThat(problem(words.toArray(String[]::new)).describe()).contains(mentioned);
    }

    @Test
    void problemPointsAtTheOffendingWord() {
        assertThat(problem("num_gpus=1", "--limit", "ten").word()).isEqualTo(1);
        assertThat(problem("num_gpus=1", "--frobnicate").word()).isEqualTo(1);
    }

    @Test
    void fullCommandGivesTheCliBody() {
        assertBody(
                body(
                        "gpu_name=RTX_4090",
                        "num_gpus>=2",
                        "verified=any",
                        "-i",
                        "--limit",
                        "3",
                        "--storage",
                        "20",
                        "-o",
                        "dph+"),
                "{'external': {'eq': false}, 'rentable': {'eq': true}, 'gpu_name': {'eq': 'RTX 4090'},"
                        + " 'num_gpus': {'gte': 2}, 'order': [['dph_total', 'asc']], 'type': 'bid', 'limit': 3,"
                        + " 'allocated_storage': 20.0}");
    }
}
