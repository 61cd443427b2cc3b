package dev.vastlaunch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryJsonTest {
    @Test
    void mapsAndListsUsePythonsSeparatorsAndKeepInsertionOrder() {
        Map<String, @Nullable Object> inner = new LinkedHashMap<>();
        inner.put("gte", 12.0);
        inner.put("in", Arrays.asList("RTX 4090", null, true, 3L));
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("z", inner);
        outer.put("a", List.of());
        outer.put("m", Map.of());
        assertThat(QueryJson.dumps(outer))
                .isEqualTo("{\"z\": {\"gte\": 12.0, \"in\": [\"RTX 4090\", null, true, 3]}, \"a\": [], \"m\": {}}");
    }

    @Test
    void stringsAreEscapedAsciiOnlyLikeJsonDumps() {
        assertThat(QueryJson.dumps("a\"b\\c\nd\té ✓")).isEqualTo("\"a\\\"b\\\\c\\nd\\t\\u00e9 \\u2713\"");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "12.0, 12.0",
        "0.99, 0.99",
        "10000000, 10000000.0",
        "1e-05, 1e-05",
        "1.5e-7, 1.5e-07",
        "1e16, 1e+16",
        "0.0001, 0.0001",
        "-2.5, -2.5",
        "100, 100.0",
        "1e15, 1000000000000000.0",
        "123456789.125, 123456789.125",
        "-0.0, -0.0"
    })
    void floatsArePrintedAsPythonsRepr(double value, String python) {
        assertThat(QueryJson.pythonFloat(value)).isEqualTo(python);
    }

    @Test
    void floatsBetweenTheExponentFormsAreBigDecimalsPlainDigitsWithoutTrailingZeros() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            double d = Math.round(rnd.nextDouble() * 1e6) / 1e3 * Math.pow(10, rnd.nextInt(-7, 17));
            if (d >= 1e-4 && d < 1e16) {
                String plain = new java.math.BigDecimal(Double.toString(d))
                        .stripTrailingZeros()
                        .toPlainString();
                assertThat(QueryJson.pythonFloat(d)).as("%s", d).isEqualTo(plain.contains(".") ? plain : plain + ".0");
            }
        }
    }

    @Test
    void quotePlusKeepsUnreservedCharactersAndTurnsSpacesIntoPlus() {
        assertThat(QueryJson.quotePlus("[{\"col\": \"id\"}] a_b.c-d~e*f/é"))
                .isEqualTo("%5B%7B%22col%22%3A+%22id%22%7D%5D+a_b.c-d~e%2Af%2F%C3%A9");
    }

    @Test
    void aStringValueIsNotJsonQuotedBeforeEncoding() {
        assertThat(QueryJson.encode("tok en/=")).isEqualTo("tok+en%2F%3D");
        assertThat(QueryJson.encode(25)).isEqualTo("25");
    }
}
