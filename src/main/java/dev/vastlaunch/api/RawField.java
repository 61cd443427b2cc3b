package dev.vastlaunch.api;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonReader.Token;
import java.io.IOException;
import java.util.Optional;
import okio.Buffer;
import okio.BufferedSource;

/** Cuts one top-level field out of a JSON answer as the server wrote it, byte for byte (for {@code --raw}). */
final class RawField {
    private RawField() {}

    /** Returns the raw JSON of {@code field} in the object {@code body}, or empty when it is absent or not JSON. */
    static Optional<String> of(String body, String field) {
        try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(body))) {
            if (reader.peek() != Token.BEGIN_OBJECT) {
                return Optional.empty();
            }
            reader.beginObject();
            while (reader.hasNext()) {
                if (reader.nextName().equals(field)) {
                    try (BufferedSource value = reader.nextSource()) {
                        return Optional.of(value.readUtf8());
                    }
                }
                reader.skipValue();
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
