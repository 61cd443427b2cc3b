package dev.vastlaunch.sim;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Is one parsed HTTP request: method, path segments (trailing slash ignored), decoded query and body.
 *
 * @param authorization the {@code Authorization} header, or null
 */
record SimRequest(
        String method,
        List<String> segments,
        Map<String, String> query,
        @Nullable String authorization,
        String body) {

    /** Parses a raw path ({@code /api/v0/asks/12/}) and raw query into a request. */
    static SimRequest of(
            String method, String rawPath, @Nullable String rawQuery, @Nullable String authorization, byte[] body) {
        List<String> segments = new ArrayList<>();
        for (String s : rawPath.split("/", -1)) {
            if (!s.isEmpty()) {
                segments.add(URLDecoder.decode(s, StandardCharsets.UTF_8));
            }
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&", -1)) {
                int eq = pair.indexOf('=');
                String k = eq < 0 ? pair : pair.substring(0, eq);
                String v = eq < 0 ? "" : pair.substring(eq + 1);
                query.put(decode(k), decode(v));
            }
        }
        return new SimRequest(
                method, List.copyOf(segments), query, authorization, new String(body, StandardCharsets.UTF_8));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("invalid_request", "Malformed query string");
        }
    }

    /** Returns the path as it would be printed, without a trailing slash. */
    String path() {
        return "/" + String.join("/", segments);
    }

    /** Returns the body parsed as a JSON object; an empty body is an empty object. */
    Map<String, @Nullable Object> json() {
        return JsonIn.object(body);
    }

    /** Returns the query parameter, or null when absent. */
    @Nullable
    String param(String name) {
        return query.get(name);
    }
}
