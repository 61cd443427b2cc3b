package dev.vastlaunch.offers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Types one query value by its field: numbers, booleans, text with {@code _} as space, packed driver versions. */
final class ValueReader {
    /** Returns a typed value, or an error message naming the field and what was expected. */
    record Read(@Nullable Object value, @Nullable String error) {
        static Read ok(@Nullable Object value) {
            return new Read(value, null);
        }

        static Read fail(String error) {
            return new Read(null, error);
        }
    }

    private ValueReader() {}

    static Read readList(String field, String value) {
        List<@Nullable Object> items = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            Read read = readOne(field, item);
            if (read.error() != null) {
                return read;
            }
            items.add(read.value());
        }
        if (items.isEmpty()) {
            return Read.fail("'" + field + "' needs at least one value in the list");
        }
        return Read.ok(items);
    }

    static Read readOne(String field, String raw) {
        String text = unquote(raw.replace('_', ' '));
        FieldKind kind = QueryFields.kind(field);
        if (field.equals("driver_version") && raw.contains(".")) {
            return packVersion(raw);
        }
        return switch (kind) {
            case NUMBER -> number(field, raw, text);
            case BOOLEAN -> bool(field, text);
            default -> Read.ok(literal(text));
        };
    }

    private static Read number(String field, String raw, String text) {
        if (isNull(text)) {
            return Read.ok(null);
        }
        Optional<BigDecimal> read = Numbers.decimal(text);
        if (read.isEmpty()) {
            return Read.fail("'" + field + "' expects a number (ASCII digits), got '" + raw + "'");
        }
        BigDecimal parsed = read.get();
        double value = parsed.doubleValue() * QueryFields.multiplier(field).orElse(1.0);
        if (!Double.isFinite(value)) {
            return Read.fail("'" + field + "' value '" + raw + "' is too large to send as a number");
        }
        if (QueryFields.multiplier(field).isEmpty()
                && parsed.scale() <= 0
                && parsed.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
            return Read.ok(parsed.longValueExact());
        }
        return Read.ok(value);
    }

    private static Read bool(String field, String text) {
        Object value = literal(text);
        if (value == null || value instanceof Boolean) {
            return Read.ok(value);
        }
        return Read.fail("'" + field + "' expects true or false, got '" + text + "'");
    }

    private static Read packVersion(String raw) {
        String[] parts = raw.split("\\.", -1);
        if (parts.length != 3) {
            return Read.fail("driver_version expects three parts like 535.86.05, got '" + raw + "'");
        }
        long packed = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Read.fail("driver_version expects three parts like 535.86.05, got '" + raw + "'");
            }
            packed = packed * 1000 + Integer.parseInt(part);
        }
        return Read.ok(packed);
    }

    /** Applies the CLI's literal conversions: true/True, false/False, None/null; everything else stays text. */
    private static @Nullable Object literal(String text) {
        return switch (text) {
            case "true", "True" -> true;
            case "false", "False" -> false;
            case "None", "null" -> null;
            default -> text;
        };
    }

    private static boolean isNull(String text) {
        return text.equals("None") || text.equals("null");
    }

    private static String unquote(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '"') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '"') {
            end--;
        }
        return text.substring(start, end);
    }
}
