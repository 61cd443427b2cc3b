package dev.vastlaunch.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One wire filter {@code "field": {"op": operand}} with the operators the Vast API documents. */
record Condition(String field, String op, @Nullable Object operand) {
    /** Lists the operators the API documents for search, template and instance filters. */
    static final Set<String> OPS = Set.of("eq", "neq", "gt", "gte", "lt", "lte", "in", "notin");

    /**
     * Returns the conditions of one filter entry, or an empty list when its value is not an object.
     *
     * <p>Unknown operators are returned too, so that callers can decide whether to ignore or reject them.
     */
    static List<Condition> of(String field, @Nullable Object spec) {
        List<Condition> out = new ArrayList<>();
        if (spec instanceof Map<?, ?> ops) {
            for (Map.Entry<?, ?> e : ops.entrySet()) {
                out.add(new Condition(field, String.valueOf(e.getKey()), e.getValue()));
            }
        }
        return out;
    }

    /** Returns whether the operator is one of {@link #OPS}. */
    boolean known() {
        return OPS.contains(op);
    }

    /** Returns the operand as a list, wrapping a single value, for {@code in} and {@code notin}. */
    List<@Nullable Object> operandList() {
        List<@Nullable Object> out = new ArrayList<>();
        if (operand instanceof List<?> list) {
            out.addAll(list);
        } else {
            out.add(operand);
        }
        return out;
    }

    /** Returns whether a stored {@code actual} value passes this condition. */
    boolean test(@Nullable Object actual) {
        return switch (op) {
            case "eq" -> Values.same(actual, operand);
            case "neq" -> !Values.same(actual, operand);
            case "in" -> contains(actual);
            case "notin" -> !contains(actual);
            default -> {
                int c = Values.compare(actual, operand);
                yield c != Values.INCOMPARABLE
                        && switch (op) {
                            case "gt" -> c > 0;
                            case "gte" -> c >= 0;
                            case "lt" -> c < 0;
                            case "lte" -> c <= 0;
                            default -> true;
                        };
            }
        };
    }

    private boolean contains(@Nullable Object actual) {
        for (Object item : operandList()) {
            if (Values.same(actual, item)) {
                return true;
            }
        }
        return false;
    }
}
