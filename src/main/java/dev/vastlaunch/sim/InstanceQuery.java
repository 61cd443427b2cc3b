package dev.vastlaunch.sim;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Answers {@code GET /api/v1/instances/}: filters on stored columns, orders, and pages with an opaque token.
 *
 * <p>Unlike offer search, unknown columns are an error here, as on the real server.
 */
final class InstanceQuery {
    /** Is the page size when {@code limit} is absent, and the largest allowed. */
    static final int MAX_LIMIT = 25;
    /** Is the page size the server uses when {@code limit <= 0}. */
    static final int NON_POSITIVE_LIMIT = 5;

    /** Lists the stored columns that can be filtered and ordered on; computed ones such as dph_total cannot. */
    static final Set<String> STORED = Set.of(
            "id",
            "actual_status",
            "intended_status",
            "cur_state",
            "next_state",
            "status_msg",
            "label",
            "gpu_name",
            "verification",
            "machine_id",
            "host_id",
            "image_uuid",
            "image_runtype",
            "template_id",
            "template_hash_id",
            "template_name",
            "is_bid",
            "start_date",
            "geolocation",
            "public_ipaddr",
            "ssh_host");

    private static final String TOKEN_PREFIX = "vsim1:";

    private InstanceQuery() {}

    private record Order(String col, boolean desc) {}

    /** Returns the page response for the query parameters over {@code rows}. */
    static Map<String, @Nullable Object> page(Map<String, String> params, List<Map<String, @Nullable Object>> rows) {
        List<Condition> conditions = filters(params.get("select_filters"));
        List<Order> orders = orders(params.get("order_by"));
        int limit = limit(params.get("limit"));
        int offset = offset(params.get("after_token"));

        List<Map<String, @Nullable Object>> matched = new ArrayList<>();
        for (Map<String, @Nullable Object> row : rows) {
            if (conditions.stream().allMatch(c -> c.test(row.get(c.field())))) {
                matched.add(row);
            }
        }
        List<Order> keys = new ArrayList<>(orders);
        keys.add(new Order("id", false));
        matched.sort((a, b) -> {
            for (Order o : keys) {
                int c = Values.order(a.get(o.col()), b.get(o.col()));
                if (c != 0) {
                    return o.desc() ? -c : c;
                }
            }
            return 0;
        });

        Map<String, Integer> labelCounts = new LinkedHashMap<>();
        for (Map<String, @Nullable Object> row : matched) {
            Object label = row.get("label");
            labelCounts.merge(label == null ? "" : label.toString(), 1, Integer::sum);
        }
        List<Map<String, @Nullable Object>> page = new ArrayList<>();
        List<String> cols = columns(params.get("select_cols"));
        for (int i = offset; i < matched.size() && i < offset + limit; i++) {
            page.add(project(matched.get(i), cols));
        }
        int next = offset + limit;
        Map<String, @Nullable Object> out = new LinkedHashMap<>();
        out.put("success", true);
        out.put("instances_found", page.size());
        out.put("total_instances", matched.size());
        out.put("label_counts", labelCounts);
        out.put("next_token", next < matched.size() ? token(next) : null);
        out.put("instances", page);
        return out;
    }

    private static List<Condition> filters(@Nullable String raw) {
        List<Condition> out = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return out;
        }
        Object parsed = parseParam("select_filters", raw);
        if (!(parsed instanceof Map<?, ?> map)) {
            throw invalid("select_filters must be a JSON object");
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String col = String.valueOf(e.getKey());
            if (!STORED.contains(col)) {
                throw invalid(col + " is not a valid search key");
            }
            List<Condition> conditions = e.getValue() instanceof Map<?, ?>
                    ? Condition.of(col, e.getValue())
                    : List.of(new Condition(col, "eq", e.getValue()));
            for (Condition c : conditions) {
                if (!c.known()) {
                    throw invalid(c.op() + " is not a valid operator");
                }
                out.add(c);
            }
        }
        return out;
    }

    private static List<Order> orders(@Nullable String raw) {
        List<Order> out = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return out;
        }
        if (!(parseParam("order_by", raw) instanceof List<?> list)) {
            throw invalid("order_by must be a JSON list");
        }
        for (Object item : list) {
            String col;
            Object dir;
            if (item instanceof Map<?, ?> m) {
                col = String.valueOf(m.get("col"));
                dir = m.get("dir");
            } else if (item instanceof List<?> pair && !pair.isEmpty()) {
                col = String.valueOf(pair.get(0));
                dir = pair.size() > 1 ? pair.get(1) : null;
            } else {
                throw invalid("order_by entries must be {\"col\", \"dir\"} objects");
            }
            if (!STORED.contains(col)) {
                throw invalid(col + " is not a valid order key");
            }
            out.add(new Order(col, dir != null && dir.toString().equalsIgnoreCase("desc")));
        }
        return out;
    }

    private static int limit(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return MAX_LIMIT;
        }
        double d = Values.number(parseParam("limit", raw));
        if (Double.isNaN(d)) {
            throw invalid("limit must be an integer");
        }
        return d <= 0 ? NON_POSITIVE_LIMIT : (int) Math.min(d, MAX_LIMIT);
    }

    private static int offset(@Nullable String token) {
        if (token == null || token.isEmpty() || token.equals("null")) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (text.startsWith(TOKEN_PREFIX)) {
                int offset = Integer.parseInt(text.substring(TOKEN_PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // Falls through to the same answer as any other unreadable token.
        }
        throw new BadRequest("invalid_token", "Error in query parameters: after_token is not a valid token");
    }

    private static String token(int offset) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((TOKEN_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> columns(@Nullable String raw) {
        List<String> out = new ArrayList<>();
        if (raw != null && !raw.isBlank() && parseParam("select_cols", raw) instanceof List<?> list) {
            for (Object c : list) {
                out.add(String.valueOf(c));
            }
        }
        return out.contains("*") ? List.of() : out;
    }

    private static Map<String, @Nullable Object> project(Map<String, @Nullable Object> row, List<String> cols) {
        if (cols.isEmpty()) {
            return row;
        }
        Map<String, @Nullable Object> out = new LinkedHashMap<>();
        for (String c : cols) {
            if (row.containsKey(c)) {
                out.put(c, row.get(c));
            }
        }
        return out;
    }

    private static @Nullable Object parseParam(String name, String raw) {
        try {
            return JsonIn.parse(raw);
        } catch (BadRequest e) {
            throw invalid(name + " is not valid JSON");
        }
    }

    private static BadRequest invalid(String detail) {
        return new BadRequest("invalid_request", "Error in query parameters: " + detail);
    }
}
