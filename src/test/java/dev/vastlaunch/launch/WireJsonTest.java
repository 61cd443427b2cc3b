package dev.vastlaunch.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Holds the test JSON helper to its contract, so body comparisons can fail for the right reasons. */
class WireJsonTest {

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void integerAndFloatOfTheSameValueAreEqual() {
        WireJson.assertSameAsCli(map("disk", 10.0), WireJson.object("{\"disk\": 10}"));
    }

    @Test
    void numericStringIsNotANumber() {
        assertThatThrownBy(() -> WireJson.assertSameAsCli(map("disk", 10), WireJson.object("{\"disk\": \"10\"}")))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void cliNullsAreLeftOutButOtherKeysMustMatchInOrder() {
        WireJson.assertSameAsCli(map("a", 1, "c", true), WireJson.object("{\"a\": 1, \"b\": null, \"c\": true}"));
        assertThatThrownBy(
                        () -> WireJson.assertSameAsCli(map("c", true, "a", 1), WireJson.object("{\"a\":1,\"c\":true}")))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> WireJson.assertSameAsCli(map("a", 1), WireJson.object("{\"a\": 1, \"c\": false}")))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void readsEveryJsonKind() {
        @Nullable
        Object v =
                WireJson.parse(" {\"s\": \"a\\\"b\\u00e9\\n\", \"n\": -1.5e2, \"l\": [true, false, null], \"o\": {}} ");
        assertThat(WireJson.render(v))
                .isEqualTo("{\"s\": \"a\\\"bé\n\", \"n\": number:-150, \"l\": [true, false, null, ], \"o\": {}, }");
        assertThat(WireJson.parse("[]")).isEqualTo(List.of());
    }

    @Test
    void rejectsTrailingTextAndDuplicateKeys() {
        assertThatThrownBy(() -> WireJson.parse("{} {}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WireJson.parse("{\"a\":1,\"a\":2}")).isInstanceOf(IllegalArgumentException.class);
    }
}
