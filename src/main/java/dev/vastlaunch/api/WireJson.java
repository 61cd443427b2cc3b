package dev.vastlaunch.api;

import com.squareup.moshi.JsonWriter;
import dev.vastlaunch.offers.JsonText;
import java.io.IOException;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Writes a request body from the domain's wire maps: keys in insertion order, {@code null} values kept (a filter
 * such as {@code {"eq": null}} means something), numbers as given. The one JSON writer of the app.
 */
public final class WireJson implements JsonText {
    /** Returns the writer. */
    public WireJson() {}

    @Override
    public String compact(@Nullable Object tree) {
        return write(tree);
    }

    @Override
    public String pretty(@Nullable Object tree, int indent) {
        return write(tree, " ".repeat(Math.max(0, indent)));
    }

    /**
     * Returns compact JSON for a tree of maps, lists, strings, numbers, booleans and nulls.
     *
     * @throws IllegalArgumentException for any other value, or a NaN or infinite number
     */
    static String write(@Nullable Object value) {
        return write(value, "");
    }

    private static String write(@Nullable Object value, String indent) {
        Buffer buffer = new Buffer();
        try (JsonWriter writer = JsonWriter.of(buffer)) {
            writer.setSerializeNulls(true);
            writer.setIndent(indent);
            write(writer, value);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a memory buffer failed", e);
        }
        return buffer.readUtf8();
    }

    private static void write(JsonWriter writer, @Nullable Object value) throws IOException {
        if (value == null) {
            writer.nullValue();
        } else if (value instanceof String s) {
            writer.value(s);
        } else if (value instanceof Boolean b) {
            writer.value(b.booleanValue());
        } else if (value instanceof Number n) {
            writer.value(n);
        } else if (value instanceof Map<?, ?> map) {
            writer.beginObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                writer.name(String.valueOf(e.getKey()));
                write(writer, e.getValue());
            }
            writer.endObject();
        } else if (value instanceof Iterable<?> items) {
            writer.beginArray();
            for (Object item : items) {
                write(writer, item);
            }
            writer.endArray();
        } else {
            throw new IllegalArgumentException(
                    "cannot write a " + value.getClass().getName() + " as JSON");
        }
    }
}
