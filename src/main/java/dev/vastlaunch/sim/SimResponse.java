package dev.vastlaunch.sim;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Is one HTTP response to send: status, content type and body bytes. */
// The body is never compared or hashed, so the array component's identity semantics do not matter.
@SuppressWarnings("ArrayRecordComponent")
record SimResponse(int status, String contentType, byte[] body) {
    /** Is the content type the official CLI insists on, byte for byte. */
    static final String JSON = "application/json";

    /** Returns a JSON response of {@code value}. */
    static SimResponse json(int status, @Nullable Object value) {
        return new SimResponse(status, JSON, JsonText.bytes(value));
    }

    /** Returns a JSON response of already rendered bytes. */
    static SimResponse rawJson(int status, byte[] body) {
        return new SimResponse(status, JSON, body);
    }

    /** Returns a plain-text response, as the rate limiter sends. */
    static SimResponse text(int status, String text) {
        return new SimResponse(status, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns {@code {"success": false, "error": error, "msg": msg}} with the given status. */
    static SimResponse error(int status, String error, String msg) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", false);
        body.put("error", error);
        body.put("msg", msg);
        return json(status, body);
    }

    /** Returns {@code {"success": true}}. */
    static SimResponse ok() {
        return json(200, Map.of("success", true));
    }

    /** Returns the body as text, for tests and logs. */
    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
