package dev.vastlaunch.api.dto;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the boxed {@link Double}, {@link Long}, {@link Integer} and {@link Boolean} fields of the DTOs leniently.
 *
 * <p>The real API is not consistent: numbers sometimes arrive as strings (the official CLI itself sends
 * {@code recommended_disk_space} as one), empty strings stand for "unknown", and a few flags are 0/1. Each of
 * those becomes the typed value or null; anything else fails with Moshi's {@code at path $...} message.
 */
final class LenientAdapters implements JsonAdapter.Factory {
    /** Reads a {@link Double}. */
    static final JsonAdapter<Double> DOUBLE =
            new Lenient<>("a number", true, LenientAdapters::parseDouble, BigDecimal::doubleValue);
    /** Reads a {@link Long}. */
    static final JsonAdapter<Long> LONG =
            new Lenient<>("an integer", false, Long::parseLong, BigDecimal::longValueExact);
    /** Reads an {@link Integer}. */
    static final JsonAdapter<Integer> INTEGER =
            new Lenient<>("an integer", false, Integer::parseInt, BigDecimal::intValueExact);
    /** Reads a {@link Boolean}. */
    static final JsonAdapter<Boolean> BOOLEAN = new LenientBoolean();

    @Override
    public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
        if (!annotations.isEmpty()) {
            return null;
        }
        if (type == Double.class) {
            return DOUBLE;
        }
        if (type == Long.class) {
            return LONG;
        }
        if (type == Integer.class) {
            return INTEGER;
        }
        if (type == Boolean.class) {
            return BOOLEAN;
        }
        return null;
    }

    /** Parses a JSON number as an exact decimal's {@code doubleValue()} does (zero has no sign). */
    private static Double parseDouble(String text) {
        double d = Double.parseDouble(text);
        return d == 0 ? 0.0 : d;
    }

    /** Converts an exact decimal to the target type, throwing {@link ArithmeticException} when it does not fit. */
    private interface Conversion<T> {
        T convert(BigDecimal value);
    }

    /** Parses plain text to the target type, throwing {@link NumberFormatException} when it cannot. */
    private interface Parse<T> {
        T parse(String text);
    }

    /**
     * Reads a number or a numeric string; the common case (a JSON number, or digits for an integer) is parsed directly,
     * the rest through an exact decimal. The path is read only for a message: building it for every value cost more
     * than reading the value (a cold 1,000-offer answer).
     */
    private static final class Lenient<T extends Number> extends JsonAdapter<T> {
        private final String expected;
        private final boolean parseOnlyNumbers;
        private final Parse<T> parse;
        private final Conversion<T> conversion;

        /**
         * Reads with {@code parse} first (for JSON numbers only when {@code parseOnlyNumbers}: a string such as
         * {@code "NaN"} must not pass), then with {@code conversion}.
         */
        Lenient(String expected, boolean parseOnlyNumbers, Parse<T> parse, Conversion<T> conversion) {
            this.expected = expected;
            this.parseOnlyNumbers = parseOnlyNumbers;
            this.parse = parse;
            this.conversion = conversion;
        }

        @Override
        public @Nullable T fromJson(JsonReader reader) throws IOException {
            JsonReader.Token token = reader.peek();
            if (token == JsonReader.Token.NULL) {
                return reader.nextNull();
            }
            if (token != JsonReader.Token.NUMBER && token != JsonReader.Token.STRING) {
                throw new JsonDataException(
                        "Expected " + expected + " but was " + token + " at path " + reader.getPath());
            }
            // Inside an object (every DTO field) the path still names this value after it is read.
            String text = reader.nextString().strip();
            if (text.isEmpty()) {
                return null;
            }
            if (token == JsonReader.Token.NUMBER || !parseOnlyNumbers) {
                try {
                    return parse.parse(text);
                } catch (NumberFormatException e) {
                    // not plain: read exactly below
                }
            }
            try {
                return conversion.convert(new BigDecimal(text));
            } catch (NumberFormatException | ArithmeticException e) {
                throw new JsonDataException(
                        "Expected " + expected + " but was \"" + text + "\" at path " + reader.getPath(), e);
            }
        }

        @Override
        public void toJson(JsonWriter writer, @Nullable T value) throws IOException {
            writer.value(value);
        }

        @Override
        public String toString() {
            return "LenientAdapters(" + expected + ")";
        }
    }

    private static final class LenientBoolean extends JsonAdapter<Boolean> {
        @Override
        public @Nullable Boolean fromJson(JsonReader reader) throws IOException {
            JsonReader.Token token = reader.peek();
            switch (token) {
                case NULL -> {
                    return reader.nextNull();
                }
                case BOOLEAN -> {
                    return reader.nextBoolean();
                }
                case NUMBER, STRING -> {
                    String text = reader.nextString().strip().toLowerCase(Locale.ROOT);
                    return switch (text) {
                        case "true", "1" -> Boolean.TRUE;
                        case "false", "0" -> Boolean.FALSE;
                        case "" -> null;
                        default ->
                            throw new JsonDataException(
                                    "Expected a boolean but was \"" + text + "\" at path " + reader.getPath());
                    };
                }
                default ->
                    throw new JsonDataException("Expected a boolean but was " + token + " at path " + reader.getPath());
            }
        }

        @Override
        public void toJson(JsonWriter writer, @Nullable Boolean value) throws IOException {
            writer.value(value);
        }

        @Override
        public String toString() {
            return "LenientAdapters(a boolean)";
        }
    }
}
