package dev.vastlaunch.api.dto;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads an {@link OffersReply} by hand with the adapters Moshi's reflective record adapter would use for its four
 * components ({@code OfferDtoAdapterTest} compares the two), and writes it through that adapter.
 *
 * <p>Why by hand: on a cold JVM the reflective adapter's set-up and its one constructor call made method-handle classes
 * at run time (a class-initialisation log: ~27 ms between the first search's answer and its rows).
 */
final class OffersReplyAdapter extends JsonAdapter<OffersReply> {
    /** Adds this adapter for {@link OffersReply} to a Moshi. */
    static final JsonAdapter.Factory FACTORY = new JsonAdapter.Factory() {
        @Override
        public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
            return type == OffersReply.class && annotations.isEmpty() ? new OffersReplyAdapter(moshi, this) : null;
        }
    };

    private static final JsonReader.Options NAMES = JsonReader.Options.of("success", "error", "msg", "offers");

    private final Moshi moshi;
    private final JsonAdapter.Factory skipPast;
    private final JsonAdapter<Boolean> success;
    private final JsonAdapter<Object> error;
    private final JsonAdapter<String> msg;
    private final JsonAdapter<List<OfferDto>> offers;
    private @Nullable JsonAdapter<OffersReply> writer;

    private OffersReplyAdapter(Moshi moshi, JsonAdapter.Factory skipPast) {
        this.moshi = moshi;
        this.skipPast = skipPast;
        this.success = moshi.adapter(Boolean.class);
        this.error = moshi.adapter(Object.class);
        this.msg = moshi.adapter(String.class);
        this.offers = moshi.adapter(Types.newParameterizedType(List.class, OfferDto.class));
    }

    @Override
    public @Nullable OffersReply fromJson(JsonReader reader) throws IOException {
        if (reader.peek() == JsonReader.Token.NULL) {
            return reader.nextNull();
        }
        Boolean ok = null;
        Object err = null;
        String message = null;
        List<OfferDto> list = null;
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.selectName(NAMES)) {
                case 0 -> ok = success.fromJson(reader);
                case 1 -> err = error.fromJson(reader);
                case 2 -> message = msg.fromJson(reader);
                case 3 -> list = offers.fromJson(reader);
                default -> {
                    reader.skipName();
                    reader.skipValue();
                }
            }
        }
        reader.endObject();
        return new OffersReply(ok, err, message, list);
    }

    @Override
    public void toJson(JsonWriter out, @Nullable OffersReply value) throws IOException {
        JsonAdapter<OffersReply> w = writer;
        if (w == null) {
            w = moshi.nextAdapter(skipPast, OffersReply.class, Set.of());
            writer = w;
        }
        w.toJson(out, value);
    }

    @Override
    public String toString() {
        return "OffersReplyAdapter";
    }
}
