package dev.vastlaunch.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Answers {@code GET /api/v0/template/}: filters templates with {@code select_filters} like offer search. */
final class TemplateSearch {
    private TemplateSearch() {}

    /** Returns {@code {"success": true, "templates_found": n, "templates": [...]}} for the query parameters. */
    static Map<String, @Nullable Object> run(Map<String, String> params, TemplateStore templates) {
        List<Condition> conditions = new ArrayList<>();
        String raw = params.get("select_filters");
        if (raw != null && !raw.isBlank()) {
            if (!(JsonIn.parse(raw) instanceof Map<?, ?> filters)) {
                throw new BadRequest("invalid_request", "select_filters must be a JSON object");
            }
            for (Map.Entry<?, ?> e : filters.entrySet()) {
                String field = String.valueOf(e.getKey());
                List<Condition> cs = e.getValue() instanceof Map<?, ?>
                        ? Condition.of(field, e.getValue())
                        : List.of(new Condition(field, "eq", e.getValue()));
                cs.stream().filter(Condition::known).forEach(conditions::add);
            }
        }
        List<String> cols = new ArrayList<>();
        String rawCols = params.get("select_cols");
        if (rawCols != null && !rawCols.isBlank() && JsonIn.parse(rawCols) instanceof List<?> list) {
            list.forEach(c -> cols.add(String.valueOf(c)));
        }
        List<Map<String, @Nullable Object>> found = new ArrayList<>();
        for (Template t : templates.all()) {
            Map<String, @Nullable Object> row = t.row();
            // A filter on a field templates do not have is ignored, as offer search does.
            boolean ok = conditions.stream().allMatch(c -> !row.containsKey(c.field()) || c.test(row.get(c.field())));
            if (ok) {
                found.add(project(row, cols));
            }
        }
        Map<String, @Nullable Object> out = new LinkedHashMap<>();
        out.put("success", true);
        out.put("templates_found", found.size());
        out.put("templates", found);
        return out;
    }

    private static Map<String, @Nullable Object> project(Map<String, @Nullable Object> row, List<String> cols) {
        if (cols.isEmpty() || cols.contains("*")) {
            return row;
        }
        Map<String, @Nullable Object> out = new LinkedHashMap<>();
        cols.stream().filter(row::containsKey).forEach(c -> out.put(c, row.get(c)));
        return out;
    }
}
