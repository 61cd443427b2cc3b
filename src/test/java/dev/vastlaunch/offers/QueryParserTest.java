package dev.vastlaunch.offers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.launch.WireJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Holds the query language of reference §2.3–2.4: one case per grammar rule and one per error. */
class QueryParserTest {

    private static QueryParseResult.Valid valid(String text, Map<String, Map<String, @Nullable Object>> initial) {
        QueryParseResult result = QueryParser.parse(text, initial);
        assertThat(result).as("parse of <%s>", text).isInstanceOf(QueryParseResult.Valid.class);
        return (QueryParseResult.Valid) result;
    }

    private static Map<String, Map<String, @Nullable Object>> filters(String text) {
        return valid(text, new LinkedHashMap<>()).filters();
    }

    private static SyntaxProblem invalid(String text) {
        QueryParseResult result = QueryParser.parse(text, OfferQuery.defaultFilters());
        assertThat(result).as("parse of <%s>", text).isInstanceOf(QueryParseResult.Invalid.class);
        return ((QueryParseResult.Invalid) result).problem();
    }

    /** Asserts the filters equal the JSON (single quotes allowed), with numbers compared by value and type kind. */
    private static void assertFilters(String text, String expectedJson) {
        assertThat(WireJson.render(WireJson.normalise(filters(text))))
                .as("filters of <%s>", text)
                .isEqualTo(WireJson.render(WireJson.normalise(WireJson.single(expectedJson))));
    }

    static Stream<Arguments> operators() {
        return Stream.of(
                Arguments.of(">= is gte", "num_gpus>=2", "gte"),
                Arguments.of("gte word is gte", "num_gpus gte 2", "gte"),
                Arguments.of("> is gt", "num_gpus>2", "gt"),
                Arguments.of("gt word is gt", "num_gpus gt 2", "gt"),
                Arguments.of("<= is lte", "num_gpus<=2", "lte"),
                Arguments.of("lte word is lte", "num_gpus lte 2", "lte"),
                Arguments.of("< is lt", "num_gpus<2", "lt"),
                Arguments.of("lt word is lt", "num_gpus lt 2", "lt"),
                Arguments.of("!= is neq", "num_gpus!=2", "neq"),
                Arguments.of("neq word is neq", "num_gpus neq 2", "neq"),
                Arguments.of("noteq word is neq", "num_gpus noteq 2", "neq"),
                Arguments.of("'not eq' words are neq", "num_gpus not eq 2", "neq"),
                Arguments.of("== is eq", "num_gpus==2", "eq"),
                Arguments.of("= is eq", "num_gpus=2", "eq"),
                Arguments.of("eq word is eq", "num_gpus eq 2", "eq"),
                Arguments.of("space before a symbol operator is allowed", "num_gpus >=2", "gte"),
                Arguments.of("spaces around a symbol operator are allowed", "num_gpus  >=  2", "gte"),
                Arguments.of("several spaces around a word operator are allowed", "num_gpus   lt   2", "lt"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("operators")
    void scalarOperatorSpellingsMapToTheWireOperator(String name, String text, String op) {
        assertThat(filters(text)).containsExactly(Map.entry("num_gpus", Map.of(op, 2L)));
    }

    static Stream<Arguments> listOperators() {
        return Stream.of(
                Arguments.of("in word is in", "num_gpus in [1,2]", "in"),
                Arguments.of("notin word is notin", "num_gpus notin [1,2]", "notin"),
                Arguments.of("'not in' words are notin", "num_gpus not in [1,2]", "notin"),
                Arguments.of("nin word is notin", "num_gpus nin [1,2]", "notin"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("listOperators")
    void listOperatorSpellingsMapToTheWireOperatorWithAList(String name, String text, String op) {
        assertThat(filters(text)).containsExactly(Map.entry("num_gpus", Map.of(op, List.of(1L, 2L))));
    }

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of("alias cuda_vers -> cuda_max_good", "cuda_vers>=12.1", "{'cuda_max_good': {'gte': 12.1}}"),
                Arguments.of("alias dph -> dph_total", "dph<0.5", "{'dph_total': {'lt': 0.5}}"),
                Arguments.of(
                        "alias dlperf_usd -> dlperf_per_dphtotal",
                        "dlperf_usd>100",
                        "{'dlperf_per_dphtotal': {'gt': 100}}"),
                Arguments.of(
                        "alias flops_usd -> flops_per_dphtotal",
                        "flops_usd>=20",
                        "{'flops_per_dphtotal': {'gte': 20}}"),
                Arguments.of(
                        "alias display_active -> gpu_display_active",
                        "display_active=false",
                        "{'gpu_display_active': {'eq': false}}"),
                Arguments.of("gpu_ram GB x1000", "gpu_ram>=23.5", "{'gpu_ram': {'gte': 23500.0}}"),
                Arguments.of("cpu_ram GB x1000", "cpu_ram>=64", "{'cpu_ram': {'gte': 64000.0}}"),
                Arguments.of("gpu_total_ram GB x1000", "gpu_total_ram<48", "{'gpu_total_ram': {'lt': 48000.0}}"),
                Arguments.of("duration days to seconds", "duration>=7", "{'duration': {'gte': 604800.0}}"),
                Arguments.of("duration fraction of a day", "duration>=0.5", "{'duration': {'gte': 43200.0}}"),
                Arguments.of("disk_space is not converted", "disk_space>=100", "{'disk_space': {'gte': 100}}"),
                Arguments.of(
                        "reliability is not aliased to reliability2",
                        "reliability>0.99",
                        "{'reliability': {'gt': 0.99}}"),
                Arguments.of(
                        "driver_version packs to MMMmmmppp",
                        "driver_version>=535.86.05",
                        "{'driver_version': {'gte': 535086005}}"),
                Arguments.of(
                        "driver_version without dots is a plain number",
                        "driver_version>=535086005",
                        "{'driver_version': {'gte': 535086005}}"),
                Arguments.of(
                        "underscore in text becomes space", "gpu_name=RTX_4090", "{'gpu_name': {'eq': 'RTX 4090'}}"),
                Arguments.of("underscore side effect on cpu_arch", "cpu_arch=x86_64", "{'cpu_arch': {'eq': 'x86 64'}}"),
                Arguments.of(
                        "double-quoted value keeps its space",
                        "gpu_name=\"RTX 4090\"",
                        "{'gpu_name': {'eq': 'RTX 4090'}}"),
                Arguments.of(
                        "quoted value with underscore",
                        "gpu_name=\"RTX_A6000\" num_gpus=1",
                        "{'gpu_name': {'eq': 'RTX A6000'}, 'num_gpus': {'eq': 1}}"),
                Arguments.of(
                        "in list with spaces inside brackets",
                        "geolocation in [US, CA , DE]",
                        "{'geolocation': {'in': ['US', 'CA', 'DE']}}"),
                Arguments.of(
                        "in list drops empty items",
                        "geolocation in [US,,CA,]",
                        "{'geolocation': {'in': ['US', 'CA']}}"),
                Arguments.of(
                        "in list items get underscore as space",
                        "gpu_name in [RTX_4090,RTX_3090]",
                        "{'gpu_name': {'in': ['RTX 4090', 'RTX 3090']}}"),
                Arguments.of(
                        "multiplier applies to each list item",
                        "cpu_ram in [16,32]",
                        "{'cpu_ram': {'in': [16000.0, 32000.0]}}"),
                Arguments.of("trailing comma on a value is stripped", "num_gpus>=2,", "{'num_gpus': {'gte': 2}}"),
                Arguments.of("True is a boolean", "rentable=True", "{'rentable': {'eq': true}}"),
                Arguments.of("None is null", "num_gpus=None", "{'num_gpus': {'eq': null}}"),
                Arguments.of(
                        "several operators on one field merge",
                        "cuda_vers>=12.0 cuda_vers<14.0",
                        "{'cuda_max_good': {'gte': 12.0, 'lt': 14.0}}"),
                Arguments.of(
                        "alias and canonical name merge into one field",
                        "dph<1 dph_total>=0.1",
                        "{'dph_total': {'lt': 1, 'gte': 0.1}}"),
                Arguments.of(
                        "repeated operator overwrites, last wins",
                        "num_gpus>=2 num_gpus>=4",
                        "{'num_gpus': {'gte': 4}}"),
                Arguments.of(
                        "unknown field is sent as typed, numbers as text like the CLI",
                        "foo_bar=5",
                        "{'foo_bar': {'eq': '5'}}"),
                Arguments.of("unknown field keeps CLI booleans", "foo_bar=true", "{'foo_bar': {'eq': true}}"),
                Arguments.of("leading and trailing spaces are ignored", "   num_gpus=1   ", "{'num_gpus': {'eq': 1}}"),
                Arguments.of("empty query gives no filters", "", "{}"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("values")
    void valuesAreTypedAliasedAndConvertedAsTheCliDoes(String name, String text, String expectedJson) {
        assertFilters(text, expectedJson);
    }

    @Test
    void singleQuotesAreKeptInListItemsAsTheCliDoes() {
        assertThat(filters("geolocation notin ['XV','XZ']"))
                .containsExactly(Map.entry("geolocation", Map.of("notin", List.of("'XV'", "'XZ'"))));
    }

    @Test
    void numbersAreJsonNumbersNotNumericStrings() {
        Map<String, Map<String, @Nullable Object>> f = filters("num_gpus>=4 reliability>0.99 gpu_ram>=24");
        assertThat(f.get("num_gpus")).containsEntry("gte", 4L);
        assertThat(f.get("reliability")).containsEntry("gt", 0.99);
        assertThat(f.get("gpu_ram")).containsEntry("gte", 24000.0);
    }

    @Test
    void driverVersionIsPackedToAnIntegerNumber() {
        assertThat(filters("driver_version>=535.86.05").get("driver_version")).containsEntry("gte", 535086005L);
    }

    static Stream<Arguments> wildcards() {
        return Stream.of(
                Arguments.of("any", "verified=any"), Arguments.of("*", "verified=*"), Arguments.of("?", "verified=?"));
    }

    @ParameterizedTest(name = "wildcard {0} with = removes the field and its default")
    @MethodSource("wildcards")
    void wildcardWithEqualsRemovesTheFieldAndItsDefault(String name, String text) {
        assertThat(valid(text, OfferQuery.defaultFilters()).filters()).containsOnlyKeys("external", "rentable");
    }

    @Test
    void wildcardRemovesAConstraintGivenEarlierInTheQuery() {
        assertThat(filters("gpu_name=RTX_4090 num_gpus=2 gpu_name=any")).containsOnlyKeys("num_gpus");
    }

    @Test
    void keysKeepDefaultsFirstThenFirstAppearance() {
        Map<String, Map<String, @Nullable Object>> f = valid(
                        "num_gpus>=2 gpu_name=RTX_4090 num_gpus<8 verified=false rentable=any rentable=true",
                        OfferQuery.defaultFilters())
                .filters();
        assertThat(f.keySet()).containsExactly("verified", "external", "num_gpus", "gpu_name", "rentable");
        assertThat(f.get("verified")).containsExactly(Map.entry("eq", false));
        assertThat(f.get("num_gpus")).containsExactly(Map.entry("gte", 2L), Map.entry("lt", 8L));
    }

    @Test
    void unknownFieldGivesAWarningAndIsStillSent() {
        QueryParseResult.Valid v = valid("num_gpus=1 foo_bar=baz", new LinkedHashMap<>());
        assertThat(v.filters()).containsKeys("num_gpus", "foo_bar");
        assertThat(v.warnings()).singleElement().asString().contains("foo_bar");
    }

    @Test
    void knownFieldsAndAliasesGiveNoWarning() {
        assertThat(valid("dph<1 cuda_vers>=12 gpu_name=A100 has_avx=1", new LinkedHashMap<>())
                        .warnings())
                .isEmpty();
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("unknown operator =>", "num_gpus=>2", 9, "=>"),
                Arguments.of("unknown operator !", "num_gpus!2", 9, "!"),
                Arguments.of("unknown operator after leading spaces", "  num_gpus<>2", 11, "<>"),
                Arguments.of("unconsumed text at the end", "dph<0.5 ^^", 9, "^^"),
                Arguments.of("unconsumed text after leading spaces", "  dph<0.5 ^^", 11, "^^"),
                Arguments.of("unconsumed text at the start", "^^ dph<1", 1, "^^"),
                Arguments.of("unconsumed text in the middle", "dph<0.5 %% num_gpus=1", 9, "%%"),
                Arguments.of("field without operator", "num_gpus", 9, "num_gpus"),
                Arguments.of("word operator needs a space after it", "geolocation in[US]", 12, "geolocation"));
    }

    @ParameterizedTest(name = "{0}: <{1}> at col {2}")
    @MethodSource("errors")
    void syntaxErrorsGiveTheColumnAndNameTheText(String name, String text, int column, String mentioned) {
        SyntaxProblem p = invalid(text);
        assertThat(p.column()).isEqualTo(column);
        assertThat(p.message()).contains(mentioned);
    }

    @Test
    void unquotedSpaceInValueIsAnErrorThatMentionsTheStrayWord() {
        SyntaxProblem p = invalid("gpu_name=RTX 4090");
        assertThat(p.message()).contains("4090");
    }

    @Test
    void unquotedSpaceInValuePointsAtTheStrayWord() {
        assertThat(invalid("gpu_name=RTX 4090").column()).isEqualTo(14);
    }

    static Stream<Arguments> valueErrors() {
        return Stream.of(
                Arguments.of("empty value", "num_gpus>=", "num_gpus"),
                Arguments.of("empty brackets", "geolocation in [,]", "geolocation"),
                Arguments.of("wildcard with >=", "num_gpus>=any", "any"),
                Arguments.of("wildcard with !=", "verified!=*", "*"),
                Arguments.of("numeric field with a word", "num_gpus>=two", "num_gpus"),
                Arguments.of("numeric field with a word in a list", "num_gpus in [1,two]", "num_gpus"),
                Arguments.of("multiplied field with a word", "gpu_ram>=lots", "gpu_ram"),
                Arguments.of("aliased numeric field names the canonical field", "dph<cheap", "dph"),
                Arguments.of("boolean field with a non-boolean", "verified=yes", "verified"),
                Arguments.of("boolean field with a number", "rentable=1", "rentable"),
                Arguments.of("driver_version with two parts", "driver_version>=535.86", "driver_version"),
                Arguments.of("driver_version with letters", "driver_version>=535.x.05", "driver_version"));
    }

    @ParameterizedTest(name = "{0}: <{1}>")
    @MethodSource("valueErrors")
    void badValuesAreErrorsNamingTheFieldOrValue(String name, String text, String mentioned) {
        assertThat(invalid(text).message()).contains(mentioned);
    }

    @Test
    void valueErrorPointsAtTheValue() {
        assertThat(invalid("gpu_name=A100 num_gpus>=two").column()).isEqualTo(25);
    }

    @Test
    void initialFiltersAreNotChangedByParsing() {
        Map<String, Map<String, @Nullable Object>> initial = OfferQuery.defaultFilters();
        valid("verified=any rentable=false", initial);
        assertThat(initial).isEqualTo(OfferQuery.defaultFilters());
    }
}
