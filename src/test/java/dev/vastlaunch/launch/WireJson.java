package dev.vastlaunch.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON text into maps, lists, strings, {@link BigDecimal}s, booleans and nulls, and compares request bodies
 * with the bodies the official CLI sends.
 *
 * <p>Numbers compare by value ({@code 10} equals {@code 10.0}), never with strings: {@code "10"} is not {@code 10}.
 */
public final class WireJson {
    private final String text;
    private int pos;

    private WireJson(String text) {
        this.text = text;
    }

    /** Parses {@code text}, which must hold exactly one JSON value (surrounding whitespace allowed). */
    public static @Nullable Object parse(String text) {
        WireJson r = new WireJson(text);
        Object value = r.value();
        r.skipSpace();
        if (r.pos != text.length()) {
            throw new IllegalArgumentException("trailing text at " + r.pos + ": " + text.substring(r.pos));
        }
        return value;
    }

    /** Parses JSON written with single quotes for readability ({@code {'a': 1}}); no value may contain a quote. */
    public static @Nullable Object single(String text) {
        return parse(text.replace('\'', '"'));
    }

    /** Parses {@code text} as a JSON object. */
    @SuppressWarnings("unchecked") // parse returns LinkedHashMap<String, Object> for objects
    public static Map<String, @Nullable Object> object(String text) {
        Object value = parse(text);
        if (!(value instanceof Map<?, ?> map)) {
            throw new AssertionError("not a JSON object: " + text);
        }
        return (Map<String, @Nullable Object>) map;
    }

    /**
     * Asserts that {@code actual} is the body the CLI sends ({@code cliBody}), once the CLI's {@code null} values
     * are left out: same keys in the same order, equal values, numbers equal by value.
     */
    public static void assertSameAsCli(Map<String, ?> actual, Map<String, @Nullable Object> cliBody) {
        Object expected = withoutNulls(cliBody);
        Object normalisedActual = normalise(actual);
        assertThat(render(normalisedActual))
                .as("body (numbers rendered by value)")
                .isEqualTo(render(expected));
    }

    /** Returns {@code value} with every map entry whose value is null removed, recursively. */
    public static @Nullable Object withoutNulls(@Nullable Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, @Nullable Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (v != null) {
                    out.put(String.valueOf(k), withoutNulls(v));
                }
            });
            return out;
        }
        if (value instanceof List<?> list) {
            List<@Nullable Object> out = new ArrayList<>();
            list.forEach(v -> out.add(withoutNulls(v)));
            return out;
        }
        return value;
    }

    /** Returns {@code value} with every number as a stripped {@link BigDecimal}, maps and lists copied. */
    public static @Nullable Object normalise(@Nullable Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, @Nullable Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), normalise(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<@Nullable Object> out = new ArrayList<>();
            list.forEach(v -> out.add(normalise(v)));
            return out;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros();
        }
        return value;
    }

    /** Renders a value canonically: strings quoted, numbers by value, keys in map order. */
    public static String render(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (value instanceof Number n) {
            return "number:" + new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> out.append(render(String.valueOf(k)))
                    .append(": ")
                    .append(render(v))
                    .append(", "));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(v -> out.append(render(v)).append(", "));
            return out.append(']').toString();
        }
        return value.toString();
    }

    private @Nullable Object value() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("value expected");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> readObject();
            case '[' -> readArray();
            case '"' -> readString();
            case 't' -> literal("true", true);
            case 'f' -> literal("false", false);
            case 'n' -> literal("null", null);
            default -> readNumber();
        };
    }

    private Map<String, @Nullable Object> readObject() {
        Map<String, @Nullable Object> out = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return out;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("key expected");
            }
            String key = readString();
            skipSpace();
            expect(':');
            if (out.containsKey(key)) {
                throw error("duplicate key " + key);
            }
            out.put(key, value());
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else {
                expect('}');
                return out;
            }
        }
    }

    private List<@Nullable Object> readArray() {
        List<@Nullable Object> out = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            return out;
        }
        while (true) {
            out.add(value());
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else {
                expect(']');
                return out;
            }
        }
    }

    private String readString() {
        StringBuilder out = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw error("unclosed string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> out.append(e);
            }
        }
    }

    private BigDecimal readNumber() {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        if (start == pos) {
            throw error("unexpected character");
        }
        return new BigDecimal(text.substring(start, pos));
    }

    private @Nullable Object literal(String word, @Nullable Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected literal");
        }
        pos += word.length();
        return value;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("'" + c + "' expected");
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException(message + " at " + pos + " in " + text);
    }
}
