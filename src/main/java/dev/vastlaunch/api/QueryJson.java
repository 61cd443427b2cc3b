package dev.vastlaunch.api;

import dev.vastlaunch.offers.Numbers;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Encodes query-string values the way the official CLI does (reference §1.1): non-string values as Python
 * {@code json.dumps} text ({@code ", "} and {@code ": "} separators, non-ASCII escaped), then form-encoded with
 * {@code quote_plus} (space becomes {@code +}).
 */
final class QueryJson {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private QueryJson() {}

    /** Returns the encoded query value: strings as they are, anything else as JSON, then form-encoded. */
    static String encode(@Nullable Object value) {
        return quotePlus(value instanceof String s ? s : dumps(value));
    }

    /** Returns {@code value} as Python's {@code json.dumps} would print it. */
    static String dumps(@Nullable Object value) {
        StringBuilder out = new StringBuilder();
        dump(out, value);
        return out.toString();
    }

    /** Returns Python's {@code urllib.parse.quote_plus(text)}: UTF-8 bytes, unreserved kept, space as {@code +}. */
    static String quotePlus(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "_.-~".indexOf(c) >= 0) {
                out.append((char) c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    private static void dump(StringBuilder out, @Nullable Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (value instanceof Double || value instanceof Float) {
            out.append(pythonFloat(((Number) value).doubleValue()));
        } else if (value instanceof Number n) {
            out.append(n);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                string(out, String.valueOf(e.getKey()));
                out.append(": ");
                dump(out, e.getValue());
                out.append(it.hasNext() ? ", " : "");
            }
            out.append('}');
        } else if (value instanceof Iterable<?> items) {
            out.append('[');
            Iterator<?> it = items.iterator();
            while (it.hasNext()) {
                dump(out, it.next());
                out.append(it.hasNext() ? ", " : "");
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException(
                    "cannot write a " + value.getClass().getName() + " as JSON");
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Returns Python's {@code repr(float)}: plain between 1e-4 and 1e16, else {@code 1e-05}-style exponents. */
    static String pythonFloat(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        double abs = Math.abs(d);
        if (abs == 0.0 || (abs >= 1e-4 && abs < 1e16)) {
            String plain = Numbers.plain(d);
            if (plain.indexOf('.') >= 0) {
                int end = plain.length();
                while (plain.charAt(end - 1) == '0') {
                    end--;
                }
                plain = plain.substring(0, plain.charAt(end - 1) == '.' ? end - 1 : end);
            }
            return plain.contains(".") ? plain : plain + ".0";
        }
        String java = Double.toString(d);
        int e = java.indexOf('E');
        String mantissa = java.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        int exponent = Integer.parseInt(java.substring(e + 1));
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
    }
}
