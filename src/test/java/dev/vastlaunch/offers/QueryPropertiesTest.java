package dev.vastlaunch.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/** Generated queries and option words: the parsers answer with a value or a positioned problem, never an exception. */
class QueryPropertiesTest {
    private static final List<String> NUMERIC = QueryFields.descriptions().keySet().stream()
            .filter(f -> QueryFields.kind(f) == FieldKind.NUMBER
                    && QueryFields.multiplier(f).isEmpty())
            .filter(f -> !f.equals("driver_version"))
            .toList();

    @Provide
    Arbitrary<String> queryish() {
        return Arbitraries.strings()
                .withChars("abcgpu_nmrsde01259.,=<>!\"[] -+eE?*")
                .withChars('١', '９', '\t', '\u0000', 'é')
                .ofMaxLength(40);
    }

    @Property(tries = 8_000)
    void anyTextParsesToFiltersOrAProblemWithAColumnInsideIt(@ForAll("queryish") String text) {
        QueryParseResult r = QueryParser.parse(text, Map.of());
        if (r instanceof QueryParseResult.Invalid invalid) {
            assertThat(invalid.problem().column()).isBetween(1, text.length() + 1);
        } else {
            ((QueryParseResult.Valid) r)
                    .filters()
                    .values()
                    .forEach(ops -> ops.values().forEach(v -> finite(v)));
        }
    }

    private static void finite(@Nullable Object value) {
        if (value instanceof Double d) {
            assertThat(d).isFinite();
        } else if (value instanceof List<?> list) {
            list.forEach(QueryPropertiesTest::finite);
        }
    }

    @Property(tries = 6_000)
    void aPrintedNumericFilterParsesBackToItsValue(
            @ForAll("numericFields") String field, @ForAll("symbols") String op, @ForAll double value) {
        String text = field + op + value;
        QueryParseResult r = QueryParser.parse(text, Map.of());
        if (!Double.isFinite(value)) {
            assertThat(r).isInstanceOf(QueryParseResult.Invalid.class);
            return;
        }
        assertThat(r).isInstanceOf(QueryParseResult.Valid.class);
        Object parsed = java.util.Objects.requireNonNull(
                        ((QueryParseResult.Valid) r).filters().get(field))
                .values()
                .iterator()
                .next();
        assertThat(((Number) parsed).doubleValue()).isEqualTo(value == 0 ? 0.0 : value);
    }

    @Provide
    Arbitrary<String> numericFields() {
        return Arbitraries.of(NUMERIC);
    }

    @Provide
    Arbitrary<String> symbols() {
        return Arbitraries.of(">=", ">", "<=", "<", "!=", "=", "==");
    }

    @Property(tries = 6_000)
    void printedNumbersReadBackExactly(@ForAll double value, @ForAll long whole) {
        if (Double.isFinite(value)) {
            assertThat(Numbers.finite(Double.toString(value))).contains(value == 0 ? 0.0 : value);
        } else {
            assertThat(Numbers.finite(Double.toString(value))).isEmpty();
        }
        assertThat(Numbers.whole(Long.toString(whole))).contains(whole);
    }

    @Provide
    Arbitrary<List<String>> searchWords() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of(
                        "-n",
                        "--no-default",
                        "--type",
                        "-t",
                        "bid",
                        "reserved",
                        "--limit",
                        "--storage",
                        "-o",
                        "--order",
                        "-i",
                        "-b",
                        "-r",
                        "-d",
                        "--bogus",
                        "--limit=3",
                        "-",
                        "--",
                        "-1",
                        "-.5"),
                queryish());
        return word.list().ofMaxSize(8);
    }

    @Property(tries = 3_000)
    void searchOffersArgumentsGiveArgsOrAProblemNeverBoth(@ForAll("searchWords") List<String> words) {
        SearchOffersCommand.Result r = SearchOffersCommand.parse(words);
        assertThat(r.args() == null).isNotEqualTo(r.problem() == null);
    }
}
