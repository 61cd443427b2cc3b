package dev.vastlaunch.cli;

import dev.vastlaunch.launch.LaunchRequest;
import dev.vastlaunch.offers.JsonText;
import dev.vastlaunch.offers.OfferQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Renders a request that would be sent, as one JSON object {@code {"method", "path", "body"}}, sending nothing. */
public final class DryRun {
    private DryRun() {}

    /** Returns the dry-run object of a search. */
    public static String search(OfferQuery query, JsonText json) {
        return render("POST", "/api/v0/bundles/", query.toWire(), json);
    }

    /** Returns the dry-run object of a create. */
    public static String create(LaunchRequest request, JsonText json) {
        return render("PUT", request.path(), request.toWireBody(), json);
    }

    private static String render(
            String method, String path, Map<String, ? extends @Nullable Object> body, JsonText json) {
        Map<String, @Nullable Object> out = new LinkedHashMap<>();
        out.put("method", method);
        out.put("path", path);
        out.put("body", body);
        return json.pretty(out, 2);
    }
}
