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

    /** Matches the number forms a JSON client can mean: no hex, no {@code d}/{@code f} suffixes, no words. */
    private static final java.util.regex.Pattern NUMERIC =
            java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** Matches the words Python's {@code float()} reads as infinity or NaN. */
    private static final java.util.regex.Pattern NON_FINITE_WORD =
            java.util.regex.Pattern.compile("(?i)[+-]?(nan|inf|infinity)");

    /**
     * Returns {@code v} as a double, or NaN when it is not a number, a numeric string or a boolean; throws
     * {@link BadRequest} when it is a non-finite number ({@code 1e999}, {@code "Infinity"}, {@code "NaN"}).
     */
    static double number(@Nullable Object v) {
        if (v instanceof Number n) {
            return finite(n.doubleValue(), v);
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
            if (NON_FINITE_WORD.matcher(t).matches()) {
                throw nonFinite(s);
            }
            if (!NUMERIC.matcher(t).matches()) {
                return Double.NaN;
            }
            return finite(Double.parseDouble(t), s);
        }
        return Double.NaN;
    }

    private static double finite(double d, Object raw) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw nonFinite(raw);
        }
        return d;
    }

    private static BadRequest nonFinite(Object raw) {
        return new BadRequest("invalid_args", "error 400/3467: Invalid args: " + raw + " is not a finite number");
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
