package dev.vastlaunch.sim;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Parses request JSON into plain maps, lists, strings, doubles, booleans and nulls with Moshi. */
final class JsonIn {
    private static final JsonAdapter<Object> ANY = new Moshi.Builder().build().adapter(Object.class);

    private JsonIn() {}

    /** Parses {@code text} into a plain value; throws {@link BadRequest} when it is not JSON. */
    static @Nullable Object parse(String text) {
        try {
            return ANY.fromJson(text);
        } catch (IOException | RuntimeException e) {
            throw new BadRequest("invalid_request", "Invalid JSON: " + e.getMessage());
        }
    }

    /** Parses {@code text} as a JSON object; an empty text is an empty object. */
    static Map<String, @Nullable Object> object(String text) {
        if (text.isBlank()) {
            return new LinkedHashMap<>();
        }
        Object parsed = parse(text);
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new BadRequest("invalid_request", "Expected a JSON object");
        }
        return stringKeys(map);
    }

    /** Copies a parsed map with its keys as strings. */
    static Map<String, @Nullable Object> stringKeys(Map<?, ?> map) {
        Map<String, @Nullable Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.put(String.valueOf(e.getKey()), e.getValue());
        }
        return out;
    }
}
