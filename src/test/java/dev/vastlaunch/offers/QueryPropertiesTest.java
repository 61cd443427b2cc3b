package dev.vastlaunch.offers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.testing.Gen;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Generated queries and option words: the parsers answer with a value or a positioned problem, never an exception.
 * Each input comes from its own seed, named in a failure's message ({@link Gen#forAll}).
 */
class QueryPropertiesTest {
    private static final List<String> NUMERIC = QueryFields.descriptions().keySet().stream()
            .filter(f -> QueryFields.kind(f) == FieldKind.NUMBER
                    && QueryFields.multiplier(f).isEmpty())
            .filter(f -> !f.equals("driver_version"))
            .sorted()
            .toList();
    private static final List<String> SYMBOLS = List.of(">=", ">", "<=", "<", "!=", "=", "==");
    private static final List<String> SEARCH_WORDS = List.of(
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
            "-.5");

    /** Query-like text: field letters, digits, operators, quotes, brackets and a few non-ASCII digits and controls. */
    static String queryish(Gen g) {
        return g.string("abcgpu_nmrsde01259.,=<>!\"[] -+eE?*١９\t\u0000é", 0, 40);
    }

    @Test
    void anyTextParsesToFiltersOrAProblemWithAColumnInsideIt() {
        Gen.forAll(0x5EED_0101L, 8_000, QueryPropertiesTest::queryish, text -> {
            QueryParseResult r = QueryParser.parse(text, Map.of());
            if (r instanceof QueryParseResult.Invalid invalid) {
                assertThat(invalid.problem().column()).isBetween(1, text.length() + 1);
            } else {
                ((QueryParseResult.Valid) r)
                        .filters()
                        .values()
                        .forEach(ops -> ops.values().forEach(v -> finite(v)));
            }
        });
    }

    private static void finite(@Nullable Object value) {
        if (value instanceof Double d) {
            assertThat(d).isFinite();
        } else if (value instanceof List<?> list) {
            list.forEach(QueryPropertiesTest::finite);
        }
    }

    record NumericFilter(String field, String op, double value) {}

    @Test
    void aPrintedNumericFilterParsesBackToItsValue() {
        Gen.forAll(0x5EED_0102L, 6_000, g -> new NumericFilter(g.pick(NUMERIC), g.pick(SYMBOLS), g.anyDouble()), f -> {
            String text = f.field() + f.op() + f.value();
            QueryParseResult r = QueryParser.parse(text, Map.of());
            if (!Double.isFinite(f.value())) {
                assertThat(r).isInstanceOf(QueryParseResult.Invalid.class);
                return;
            }
            assertThat(r).isInstanceOf(QueryParseResult.Valid.class);
            Object parsed = Objects.requireNonNull(
                            ((QueryParseResult.Valid) r).filters().get(f.field()))
                    .values()
                    .iterator()
                    .next();
            assertThat(((Number) parsed).doubleValue()).isEqualTo(f.value() == 0 ? 0.0 : f.value());
        });
    }

    record Printed(double value, long whole) {}

    @Test
    void printedNumbersReadBackExactly() {
        Gen.forAll(0x5EED_0103L, 6_000, g -> new Printed(g.anyDouble(), g.anyLong()), p -> {
            double value = p.value();
            if (Double.isFinite(value)) {
                assertThat(Numbers.finite(Double.toString(value))).contains(value == 0 ? 0.0 : value);
            } else {
                assertThat(Numbers.finite(Double.toString(value))).isEmpty();
            }
            assertThat(Numbers.whole(Long.toString(p.whole()))).contains(p.whole());
        });
    }

    @Test
    void searchOffersArgumentsGiveArgsOrAProblemNeverBoth() {
        Gen.forAll(
                0x5EED_0104L,
                3_000,
                g -> g.list(8, () -> g.oneOf(() -> g.pick(SEARCH_WORDS), () -> queryish(g))),
                words -> {
                    SearchOffersCommand.Result r = SearchOffersCommand.parse(words);
                    assertThat(r.args() == null).isNotEqualTo(r.problem() == null);
                });
    }
}
