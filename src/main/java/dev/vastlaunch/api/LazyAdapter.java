package dev.vastlaunch.api;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Asks Moshi for the adapter of {@code type} when it is first used: building the client no longer builds the reflective
 * adapters of every call (instances, templates, create, account, errors) before the first search can go out.
 */
final class LazyAdapter<T> extends JsonAdapter<T> {
    private final Moshi moshi;
    private final Class<T> type;
    private volatile @Nullable JsonAdapter<T> delegate;

    private LazyAdapter(Moshi moshi, Class<T> type) {
        this.moshi = moshi;
        this.type = type;
    }

    /** Returns an adapter for {@code type} that is built on first use (Moshi caches it). */
    static <T> JsonAdapter<T> of(Moshi moshi, Class<T> type) {
        return new LazyAdapter<>(moshi, type);
    }

    private JsonAdapter<T> delegate() {
        JsonAdapter<T> d = delegate;
        if (d == null) {
            d = moshi.adapter(type);
            delegate = d;
        }
        return d;
    }

    @Override
    public @Nullable T fromJson(JsonReader reader) throws IOException {
        return delegate().fromJson(reader);
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable T value) throws IOException {
        delegate().toJson(writer, value);
    }

    @Override
    public String toString() {
        return "LazyAdapter(" + type.getSimpleName() + ")";
    }
}
