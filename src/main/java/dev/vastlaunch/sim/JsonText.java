package dev.vastlaunch.sim;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes JSON text from plain Java values (maps, lists, strings, numbers, booleans, null).
 *
 * <p>Hand-written instead of Moshi's writer because offers are streamed field by field without building
 * maps, and because integers must stay integers ({@code 123}, never {@code 123.0}) and nulls must be kept.
 */
final class JsonText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {}

    /** Returns the UTF-8 bytes of {@code value} rendered as JSON. */
    static byte[] bytes(@Nullable Object value) {
        StringBuilder sb = new StringBuilder(256);
        append(sb, value);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Appends {@code value} as JSON. */
    static void append(StringBuilder sb, @Nullable Object value) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            appendString(sb, s);
        } else if (value instanceof Double || value instanceof Float) {
            appendDouble(sb, ((Number) value).doubleValue());
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else if (value instanceof Map<?, ?> map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                appendString(sb, String.valueOf(e.getKey()));
                sb.append(": ");
                append(sb, e.getValue());
            }
            sb.append('}');
        } else if (value instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                append(sb, list.get(i));
            }
            sb.append(']');
        } else {
            appendString(sb, value.toString());
        }
    }

    /** Appends a finite double; NaN and infinities have no JSON form and become null. */
    static void appendDouble(StringBuilder sb, double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            sb.append("null");
        } else if (d == 0 || (Math.abs(d) >= 1e-3 && Math.abs(d) < 1e7)) {
            sb.append(d);
        } else {
            // Plain digits instead of Java's "1.7E9": epoch seconds then read like the real API's.
            String plain = plain(d);
            sb.append(plain);
            if (plain.indexOf('.') < 0) {
                sb.append(".0");
            }
        }
    }

    /**
     * Returns {@link Double#toString} of a finite {@code d} without its exponent, as
     * {@code BigDecimal.valueOf(d).toPlainString()} does: BigDecimal's class set-up cost the first search 20-60 ms.
     * The client has its own ({@code Numbers.plain}): the simulator depends on no package of the app.
     */
    static String plain(double d) {
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

    /** Appends {@code s} as a quoted, escaped JSON string. */
    static void appendString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append("\\u")
                                .append(HEX[(c >> 12) & 0xf])
                                .append(HEX[(c >> 8) & 0xf])
                                .append(HEX[(c >> 4) & 0xf])
                                .append(HEX[c & 0xf]);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
