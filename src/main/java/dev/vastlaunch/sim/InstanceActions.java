package dev.vastlaunch.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Answers the instance routes beyond show/start/stop/label/destroy: reboot, recycle, change bid, logs, the bulk
 * {@code PUT}/{@code DELETE /instances/} forms, the filter breakdown and the current user.
 */
final class InstanceActions {
    private final InstanceStore store;
    private final Logs logs = new Logs();
    private final Supplier<String> baseUrl;
    private final String apiKey;

    InstanceActions(InstanceStore store, Supplier<String> baseUrl, String apiKey) {
        this.store = store;
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /** Answers {@code PUT /instances/reboot/{id}/}: the container restarts through loading. */
    SimResponse reboot(long id) {
        return store.restart(id, false) ? SimResponse.ok() : notFound();
    }

    /** Answers {@code PUT /instances/recycle/{id}/}: the container is recreated from a fresh image pull. */
    SimResponse recycle(long id) {
        return store.restart(id, true) ? SimResponse.ok() : notFound();
    }

    /** Answers {@code PUT /instances/bid_price/{id}/} with {@code {"client_id": "me", "price": p|null}}. */
    SimResponse changeBid(long id, Map<String, @Nullable Object> body) {
        Object raw = body.get("price");
        Double price = null;
        if (raw != null) {
            double p = Values.number(raw);
            if (Double.isNaN(p) || raw instanceof Boolean || p < 0.001 || p > 128.0) {
                return SimResponse.error(
                        400, "invalid_price", "error 400/3467: Invalid args: price must be between 0.001 and 128.0");
            }
            price = p;
        }
        return switch (store.setBid(id, price)) {
            case CHANGED -> SimResponse.ok();
            case NOT_FOUND -> notFound();
            case NOT_INTERRUPTIBLE ->
                SimResponse.error(400, "invalid_args", "Instance " + id + " is not an interruptible instance");
        };
    }

    /** Answers {@code PUT /instances/request_logs/{id}/} with a {@code result_url}. */
    SimResponse requestLogs(long id, Map<String, @Nullable Object> body) {
        Map<String, @Nullable Object> row = store.row(id);
        if (row == null) {
            return notFound();
        }
        return SimResponse.json(200, logs.request(row, body, baseUrl.get()));
    }

    /** Answers {@code GET /sim-logs/{token}} with the prepared log text, or 404. */
    SimResponse logResult(String token) {
        String text = logs.result(token);
        return text == null ? SimResponse.text(404, "No such log result") : SimResponse.text(200, text);
    }

    /** Answers {@code PUT /instances/} with {@code {"state": ..., "ids": [...]}}; unknown ids change nothing. */
    SimResponse bulkState(Map<String, @Nullable Object> body) {
        String state = "running".equals(body.get("state")) ? "running" : "stopped";
        if (!state.equals(body.get("state"))) {
            return SimResponse.error(400, "invalid_args", "state must be running or stopped");
        }
        List<Long> ids = ids(body, "ids");
        SimResponse missing = missing(ids);
        if (missing != null) {
            return missing;
        }
        ids.forEach(id -> store.setState(id, state));
        return bulkOk(ids);
    }

    /**
     * Answers {@code DELETE /instances/} with {@code {"instance_ids": [...]}}; ids destroyed before count as done
     * (the official CLI repeats this request up to five times after a success), unknown ids destroy nothing.
     */
    SimResponse bulkDestroy(Map<String, @Nullable Object> body) {
        List<Long> ids = ids(body, "instance_ids");
        List<Long> live = new ArrayList<>(ids);
        live.removeIf(store::wasDestroyed);
        SimResponse missing = missing(live);
        if (missing != null) {
            return missing;
        }
        live.forEach(store::destroy);
        return bulkOk(ids);
    }

    /**
     * Answers {@code GET /instances/filters/}: one object per distinct (actual_status, verification, gpu_name)
     * among the instances, with how many instances share it.
     */
    SimResponse filters() {
        Map<String, Map<String, @Nullable Object>> combos = new TreeMap<>();
        for (Map<String, @Nullable Object> row : store.rows()) {
            Map<String, @Nullable Object> combo = new LinkedHashMap<>();
            combo.put("actual_status", row.get("actual_status"));
            combo.put("verification", row.get("verification"));
            combo.put("gpu_name", row.get("gpu_name"));
            String key = combo.values().toString();
            Map<String, @Nullable Object> seen = combos.computeIfAbsent(key, k -> {
                combo.put("count", 0);
                return combo;
            });
            seen.put("count", ((Integer) Objects.requireNonNull(seen.get("count"))) + 1);
        }
        List<Map<String, @Nullable Object>> list = new ArrayList<>(combos.values());
        list.sort(Comparator.comparing(m -> String.valueOf(m.get("gpu_name"))));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("success", true);
        out.put("filters", list);
        return SimResponse.json(200, out);
    }

    /** Answers {@code GET /users/current/}: the demo account, whose credit falls as its instances spend. */
    SimResponse currentUser() {
        return SimResponse.json(200, Account.user(store.spent(), apiKey));
    }

    private @Nullable SimResponse missing(List<Long> ids) {
        List<Long> unknown = new ArrayList<>();
        for (long id : ids) {
            if (!store.exists(id)) {
                unknown.add(id);
            }
        }
        return unknown.isEmpty() ? null : SimResponse.error(404, "not_found", "Instances not found: " + unknown);
    }

    private static List<Long> ids(Map<String, @Nullable Object> body, String key) {
        if (!(body.get(key) instanceof List<?> raw) || raw.isEmpty()) {
            throw new BadRequest("invalid_args", key + " must be a non-empty list of instance ids");
        }
        List<Long> ids = new ArrayList<>();
        for (Object o : raw) {
            double d = Values.number(o);
            if (Double.isNaN(d) || o instanceof Boolean || d != Math.rint(d) || d < 0) {
                throw new BadRequest("invalid_args", key + " must hold integer instance ids: " + o);
            }
            ids.add((long) d);
        }
        return ids;
    }

    private static SimResponse bulkOk(List<Long> ids) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("success", true);
        out.put("ids", ids);
        return SimResponse.json(200, out);
    }

    private static SimResponse notFound() {
        return SimResponse.error(404, "not_found", "Instance not found");
    }
}
