package dev.vastlaunch.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Holds the public templates plus the ones the simulated user creates, edits and deletes. Thread-safe.
 *
 * <p>An edit gives the template a new {@code hash_id} and keeps its {@code id}, as the real API does.
 */
final class TemplateStore {
    /** Is the {@code creator_id} of templates made through the API. */
    static final int USER_ID = 424_242;

    private static final int FIRST_ID = 500_000;

    private final List<Template> own = new ArrayList<>();
    private int nextId = FIRST_ID;
    private int edits;

    /** Returns the public templates followed by the user's own. */
    synchronized List<Template> all() {
        List<Template> out = new ArrayList<>(Templates.ALL);
        out.addAll(own);
        return out;
    }

    /** Returns the template with this hash id. */
    synchronized Optional<Template> byHash(String hashId) {
        return all().stream().filter(t -> t.hashId().equals(hashId)).findFirst();
    }

    /** Returns the template with this numeric id. */
    synchronized Optional<Template> byId(long id) {
        return all().stream().filter(t -> t.id() == id).findFirst();
    }

    /** Creates a template from a {@code POST /template/} body and returns the response body. */
    synchronized Map<String, Object> create(Map<String, @Nullable Object> body, double now) {
        int id = nextId++;
        Template t = fromBody(id, body, now);
        own.add(t);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("success", true);
        out.put("msg", "Template Created Successfully! New Template ID: " + id);
        out.put("template", summary(t));
        return out;
    }

    /** Replaces the user's template named by {@code hash_id}; returns empty when there is none. */
    synchronized Optional<Map<String, Object>> edit(Map<String, @Nullable Object> body, double now) {
        int index = indexOf(body);
        if (index < 0) {
            return Optional.empty();
        }
        Template old = own.get(index);
        Template t = fromBody(old.id(), body, now);
        own.set(index, t);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("success", true);
        out.put("template", summary(t));
        return Optional.of(out);
    }

    /** Deletes the user's template named by {@code template_id} or {@code hash_id}. */
    synchronized boolean delete(Map<String, @Nullable Object> body) {
        int index = indexOf(body);
        if (index < 0) {
            return false;
        }
        own.remove(index);
        return true;
    }

    /** Forgets the user's templates. */
    synchronized void reset() {
        own.clear();
        nextId = FIRST_ID;
        edits = 0;
    }

    private int indexOf(Map<String, @Nullable Object> body) {
        Object hash = body.get("hash_id");
        double id = Values.number(body.get("template_id"));
        for (int i = 0; i < own.size(); i++) {
            Template t = own.get(i);
            if ((hash != null && t.hashId().equals(hash.toString())) || t.id() == id) {
                return i;
            }
        }
        return -1;
    }

    private Template fromBody(int id, Map<String, @Nullable Object> body, double now) {
        String name = text(body, "name", null);
        String image = text(body, "image", null);
        if (name == null || name.isBlank() || image == null || image.isBlank()) {
            throw new BadRequest("invalid_args", "name and image are required");
        }
        String runtype = String.valueOf(text(body, "runtype", "args"));
        if (!List.of("ssh", "jupyter", "args").contains(runtype)) {
            throw new BadRequest("invalid_args", "runtype must be ssh, jupyter or args");
        }
        double disk = Values.number(body.get("recommended_disk_space"));
        Object filters = body.get("extra_filters");
        Map<String, Object> extra = new LinkedHashMap<>();
        if (filters instanceof Map<?, ?> m) {
            m.forEach((k, v) -> extra.put(String.valueOf(k), v == null ? "" : v));
        }
        return new Template(
                id,
                Templates.hash(id + ":" + name + ":" + edits++),
                name,
                image,
                String.valueOf(text(body, "tag", "latest")),
                String.valueOf(text(body, "env", "")),
                String.valueOf(text(body, "onstart", "")),
                runtype,
                text(body, "args_str", null),
                Boolean.TRUE.equals(Values.bool(body.get("ssh_direct"))),
                Boolean.TRUE.equals(Values.bool(body.get("jup_direct"))),
                text(body, "jupyter_dir", null),
                Boolean.TRUE.equals(Values.bool(body.get("use_jupyter_lab"))),
                Double.isNaN(disk) ? 8.0 : disk,
                false,
                String.valueOf(text(body, "desc", "")),
                extra,
                0,
                now,
                Boolean.TRUE.equals(Values.bool(body.get("private"))),
                USER_ID);
    }

    private static @Nullable String text(Map<String, @Nullable Object> body, String key, @Nullable String fallback) {
        Object v = body.get(key);
        return v == null ? fallback : Values.text(v);
    }

    private static Map<String, Object> summary(Template t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("hash_id", t.hashId());
        m.put("name", t.name());
        m.put("image", t.image());
        return m;
    }
}
