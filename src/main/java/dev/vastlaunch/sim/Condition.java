package dev.vastlaunch.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Is one wire filter {@code "field": {"op": operand}} with the operators the Vast API documents.
 *
 * <p>The operand is coerced once (number, boolean, text) because a search tests it against every offer.
 */
final class Condition {
    /** Lists the operators the API documents for search, template and instance filters. */
    static final Set<String> OPS = Set.of("eq", "neq", "gt", "gte", "lt", "lte", "in", "notin");

    private final String field;
    private final String op;
    private final @Nullable Object operand;
    private final double number;
    private final @Nullable Boolean bool;
    private final @Nullable String text;
    private final List<Condition> items;

    Condition(String field, String op, @Nullable Object operand) {
        this.field = field;
        this.op = op;
        this.operand = operand;
        this.number = Values.number(operand);
        this.bool = Values.bool(operand);
        this.text = operand == null ? null : Values.text(operand);
        List<Condition> list = new ArrayList<>();
        if (op.equals("in") || op.equals("notin")) {
            for (Object item : operandList()) {
                list.add(new Condition(field, "eq", item));
            }
        }
        this.items = Collections.unmodifiableList(list);
    }

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

    /** Returns the filtered field name. */
    String field() {
        return field;
    }

    /** Returns the operator as sent. */
    String op() {
        return op;
    }

    /** Returns the operand as sent. */
    @Nullable
    Object operand() {
        return operand;
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
            case "eq" -> same(actual);
            case "neq" -> !same(actual);
            case "in" -> contains(actual);
            case "notin" -> !contains(actual);
            default -> {
                int c = compare(actual);
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

    // Booleans compare as booleans, numbers as doubles (numeric strings included), anything else as text.
    private boolean same(@Nullable Object actual) {
        if (actual == null || operand == null) {
            return actual == null && operand == null;
        }
        if (actual instanceof Boolean b) {
            return b.equals(bool);
        }
        if (actual instanceof Number n) {
            return n.doubleValue() == number;
        }
        return actual.toString().equals(text);
    }

    // Numbers and booleans order numerically, strings lexically; null or a non-numeric operand has no order.
    private int compare(@Nullable Object actual) {
        if (actual == null || text == null) {
            return Values.INCOMPARABLE;
        }
        if (actual instanceof Number || actual instanceof Boolean) {
            return Double.isNaN(number) ? Values.INCOMPARABLE : Double.compare(Values.number(actual), number);
        }
        return Integer.signum(actual.toString().compareTo(text));
    }

    private boolean contains(@Nullable Object actual) {
        for (Condition item : items) {
            if (item.same(actual)) {
                return true;
            }
        }
        return false;
    }
}
