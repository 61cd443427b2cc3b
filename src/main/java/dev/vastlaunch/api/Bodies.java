package dev.vastlaunch.api;

import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/** Builds request bodies with {@code Content-Type: application/json} exactly, as the official CLI sends it. */
final class Bodies {
    private static final MediaType JSON = MediaType.get("application/json");

    private Bodies() {}

    /** Returns a JSON body from text (bytes, so OkHttp does not append a charset parameter). */
    static RequestBody json(String json) {
        return RequestBody.create(json.getBytes(StandardCharsets.UTF_8), JSON);
    }
}
