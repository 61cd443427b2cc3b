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

    @Override
    public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
        if (!annotations.isEmpty()) {
            return null;
        }
        if (type == Double.class) {
            return new Lenient<>("a number", BigDecimal::doubleValue);
        }
        if (type == Long.class) {
            return new Lenient<>("an integer", BigDecimal::longValueExact);
        }
        if (type == Integer.class) {
            return new Lenient<>("an integer", BigDecimal::intValueExact);
        }
        if (type == Boolean.class) {
            return new LenientBoolean();
        }
        return null;
    }

    /** Converts an exact decimal to the target type, throwing {@link ArithmeticException} when it does not fit. */
    private interface Conversion<T> {
        T convert(BigDecimal value);
    }

    private static final class Lenient<T extends Number> extends JsonAdapter<T> {
        private final String expected;
        private final Conversion<T> conversion;

        Lenient(String expected, Conversion<T> conversion) {
            this.expected = expected;
            this.conversion = conversion;
        }

        @Override
        public @Nullable T fromJson(JsonReader reader) throws IOException {
            String path = reader.getPath();
            JsonReader.Token token = reader.peek();
            if (token == JsonReader.Token.NULL) {
                return reader.nextNull();
            }
            if (token != JsonReader.Token.NUMBER && token != JsonReader.Token.STRING) {
                throw new JsonDataException("Expected " + expected + " but was " + token + " at path " + path);
            }
            String text = reader.nextString().strip();
            if (text.isEmpty()) {
                return null;
            }
            try {
                return conversion.convert(new BigDecimal(text));
            } catch (NumberFormatException | ArithmeticException e) {
                throw new JsonDataException("Expected " + expected + " but was \"" + text + "\" at path " + path, e);
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
            String path = reader.getPath();
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
                            throw new JsonDataException("Expected a boolean but was \"" + text + "\" at path " + path);
                    };
                }
                default -> throw new JsonDataException("Expected a boolean but was " + token + " at path " + path);
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
