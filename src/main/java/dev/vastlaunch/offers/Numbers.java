package dev.vastlaunch.offers;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the numbers users type: ASCII digits only (no other script's digits, no {@code NaN}, {@code Infinity}, hex
 * or Java suffixes), and only values that fit a finite {@code double}.
 */
public final class Numbers {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");

    private Numbers() {}

    /** Returns whether {@code text} is written as a decimal number in ASCII ({@code 12}, {@code -0.5}, {@code 1e3}). */
    public static boolean isDecimal(String text) {
        return DECIMAL.matcher(text).matches();
    }

    /** Returns {@code text} (stripped) as an exact decimal, or empty when it is not an ASCII decimal number. */
    public static Optional<BigDecimal> decimal(String text) {
        String t = text.strip();
        if (!isDecimal(t)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(t));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty(); // an exponent beyond int range
        }
    }

    /**
     * Returns {@code text} (stripped) as a finite double (the nearest one; {@code -0} is 0), or empty when it is not an
     * ASCII number or not finite. Read by {@link Double#parseDouble} once the pattern has passed: going through
     * {@link BigDecimal} cost a cold {@code --dry-run} ~30 ms of BigDecimal's and BigInteger's class set-up.
     */
    public static Optional<Double> finite(String text) {
        String t = text.strip();
        if (!isDecimal(t)) {
            return Optional.empty();
        }
        double d = Double.parseDouble(t);
        return Double.isFinite(d) ? Optional.of(d + 0.0) : Optional.empty();
    }

    /**
     * Returns {@link Double#toString} of a finite {@code d} without its exponent ({@code 1.7E9} -> {@code 1700000000},
     * {@code 1.0E-4} -> {@code 0.00010}): {@code BigDecimal.valueOf(d).toPlainString()} with a sign kept on -0, whose
     * BigDecimal and BigInteger class set-up cost a cold start 20-60 ms on the first search's path.
     */
    public static String plain(double d) {
        String java = Double.toString(d);
        int e = java.indexOf('E');
        if (e < 0) {
            return java;
        }
        boolean negative = java.charAt(0) == '-';
        String mantissa = java.substring(negative ? 1 : 0, e);
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int point = dot + Integer.parseInt(java.substring(e + 1));
        StringBuilder out = new StringBuilder(digits.length() + Math.abs(point) + 3);
        if (negative) {
            out.append('-');
        }
        if (point <= 0) {
            out.append("0.").append("0".repeat(-point)).append(digits);
        } else if (point >= digits.length()) {
            out.append(digits).append("0".repeat(point - digits.length()));
        } else {
            out.append(digits, 0, point).append('.').append(digits, point, digits.length());
        }
        return out.toString();
    }

    /** Returns {@code text} (stripped) as a long, or empty when it is not ASCII digits or does not fit. */
    public static Optional<Long> whole(String text) {
        String t = text.strip();
        if (!WHOLE.matcher(t).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(t));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
