package dev.vastlaunch.sim;

import org.jspecify.annotations.Nullable;

/**
 * Coerces and compares wire values the way the Vast server does: numeric strings count as numbers,
 * {@code "true"}/{@code "false"} count as booleans, and integral doubles equal their integer text.
 */
final class Values {
    /** Marks a stored value and a filter operand that have no order (e.g. a number and a word). */
    static final int INCOMPARABLE = Integer.MIN_VALUE;

    private Values() {}

    /** Returns {@code v} as a double, or NaN when it is not a number, a numeric string or a boolean. */
    static double number(@Nullable Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof String s) {
            String t = s.strip();
            if (t.equalsIgnoreCase("true")) {
                return 1;
            }
            if (t.equalsIgnoreCase("false")) {
                return 0;
            }
            try {
                return Double.parseDouble(t);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** Returns {@code v} as a boolean, or null when it has no boolean reading. */
    static @Nullable Boolean bool(@Nullable Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return d == 1 ? Boolean.TRUE : d == 0 ? Boolean.FALSE : null;
        }
        if (v instanceof String s) {
            String t = s.strip().toLowerCase(java.util.Locale.ROOT);
            return switch (t) {
                case "true", "1" -> Boolean.TRUE;
                case "false", "0" -> Boolean.FALSE;
                default -> null;
            };
        }
        return null;
    }

    /** Returns the text of {@code v}, printing integral numbers without a fraction. */
    static String text(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return v.toString();
    }

    /** Orders two stored values for sorting: numbers, then strings, nulls last. */
    static int order(@Nullable Object a, @Nullable Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if ((a instanceof Number || a instanceof Boolean) && (b instanceof Number || b instanceof Boolean)) {
            return Double.compare(number(a), number(b));
        }
        return a.toString().compareTo(b.toString());
    }
}
