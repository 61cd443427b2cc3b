package dev.vastlaunch.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConditionTest {
    static List<Arguments> cases() {
        return List.of(
                Arguments.of("number eq numeric string", 4, "eq", "4", true),
                Arguments.of("number eq decimal string", 4, "eq", "4.0", true),
                Arguments.of("number gte numeric string", 4, "gte", "4", true),
                Arguments.of("number gt numeric string", 4, "gt", "4", false),
                Arguments.of("double lt string", 0.35, "lt", "0.5", true),
                Arguments.of("number vs word has no order", 4, "gt", "four", false),
                Arguments.of("number neq word", 4, "neq", "four", true),
                Arguments.of("boolean eq true", true, "eq", true, true),
                Arguments.of("boolean eq string", false, "eq", "false", true),
                Arguments.of("boolean eq 1", true, "eq", 1.0, true),
                Arguments.of("string eq integral double", "12", "eq", 12.0, true),
                Arguments.of("string eq with space", "RTX 4090", "eq", "RTX 4090", true),
                Arguments.of("string eq other case", "RTX 4090", "eq", "rtx 4090", false),
                Arguments.of("string lt lexical", "A100", "lt", "B200", true),
                Arguments.of("null eq null", null, "eq", null, true),
                Arguments.of("null neq null", null, "neq", null, false),
                Arguments.of("value eq null", false, "eq", null, false),
                Arguments.of("null gt anything", null, "gt", 1, false),
                Arguments.of("in list of strings", "US", "in", List.of("US", "CA"), true),
                Arguments.of("in list with null", null, "in", Arrays.asList("x", null), true),
                Arguments.of("in numeric strings", 8, "in", List.of("4", "8"), true),
                Arguments.of("in single value", 8, "in", 8, true),
                Arguments.of("notin list", "DE", "notin", List.of("US", "CA"), true),
                Arguments.of("notin hit", "US", "notin", List.of("US", "CA"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void conditionsCoerceOperandsLikeTheServer(
            String name, @Nullable Object actual, String op, @Nullable Object operand, boolean expected) {
        assertThat(new Condition("f", op, operand).test(actual)).isEqualTo(expected);
    }
}
