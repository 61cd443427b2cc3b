package dev.vastlaunch.command;

import dev.vastlaunch.app.State;
import dev.vastlaunch.offers.FieldKind;
import dev.vastlaunch.offers.QueryFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes the {@code vastai} query language inside one word (quoted or not): field names, operators after a
 * field, and values (GPU names with {@code _} for spaces, booleans, known enumerations).
 *
 * <p>Each candidate is the whole word with the last query token completed, since the line reader replaces the word.
 */
public final class QueryCompleter {
    static final String FIELDS = "query fields";
    static final String OPERATORS = "operators";

    private static final Pattern FIELD_OP = Pattern.compile("([A-Za-z0-9_]+)([=<>!]*)");
    private static final Pattern FIELD_OP_VALUE = Pattern.compile("([A-Za-z0-9_]+)([=<>!]+)(.*)");
    private static final Map<String, String> OPS = new LinkedHashMap<>();
    private static final Map<String, List<String>> ENUMS = Map.of(
            "cpu_arch", List.of("amd64", "arm64"),
            "gpu_arch", List.of("nvidia", "amd"),
            "verification", List.of("verified", "unverified", "deverified"));

    static {
        OPS.put("=", "equals");
        OPS.put("!=", "not equal");
        OPS.put(">", "greater than");
        OPS.put(">=", "at least");
        OPS.put("<", "less than");
        OPS.put("<=", "at most");
        OPS.put(" in ", "one of [A,B]");
        OPS.put(" notin ", "none of [A,B]");
    }

    private QueryCompleter() {}

    /** Returns the candidates for an offers query word. */
    static List<Suggestion> offers(State state, String partial) {
        int space = partial.lastIndexOf(' ');
        String prefix = partial.substring(0, space + 1);
        String token = partial.substring(space + 1);
        List<Suggestion> out = new ArrayList<>();
        Matcher value = FIELD_OP_VALUE.matcher(token);
        if (value.matches()) {
            values(state, prefix, value.group(1), value.group(2), out);
            if (!out.isEmpty()) {
                return out;
            }
        }
        Matcher fieldOp = FIELD_OP.matcher(token);
        if (fieldOp.matches() && isField(fieldOp.group(1))) {
            String field = fieldOp.group(1);
            OPS.forEach((op, what) -> out.add(Suggestion.partial(prefix + field + op, field + op, what, OPERATORS)));
        }
        fields(prefix, out);
        return out;
    }

    /** Returns the template query's field names. */
    static List<Suggestion> templates(State state, String partial) {
        int space = partial.lastIndexOf(' ');
        String prefix = partial.substring(0, space + 1);
        List<Suggestion> out = new ArrayList<>();
        for (String f : List.of(
                "name",
                "image",
                "tag",
                "hash_id",
                "id",
                "recommended",
                "private",
                "use_ssh",
                "ssh_direct",
                "jup_direct",
                "recommended_disk_space",
                "count_created",
                "creator_id",
                "created_at")) {
            out.add(Suggestion.partial(prefix + f, f, "template field", FIELDS));
        }
        return out;
    }

    private static void fields(String prefix, List<Suggestion> out) {
        QueryFields.descriptions().forEach((f, help) -> out.add(Suggestion.partial(prefix + f, f, help, FIELDS)));
        QueryFields.aliases()
                .forEach((alias, canonical) ->
                        out.add(Suggestion.partial(prefix + alias, alias, "alias of " + canonical, FIELDS)));
    }

    private static boolean isField(String name) {
        return QueryFields.isKnown(QueryFields.canonical(name));
    }

    private static void values(State state, String prefix, String rawField, String op, List<Suggestion> out) {
        String field = QueryFields.canonical(rawField);
        String head = prefix + rawField + op;
        if (field.equals("gpu_name")) {
            for (String gpu : Completers.gpuNames(state)) {
                String v = gpu.replace(' ', '_');
                out.add(Suggestion.partial(head + v, v, gpu, "GPUs"));
            }
        } else if (QueryFields.kind(field) == FieldKind.BOOLEAN) {
            out.add(Suggestion.partial(head + "true", "true", "yes", Completers.VALUES));
            out.add(Suggestion.partial(head + "false", "false", "no", Completers.VALUES));
        } else if (ENUMS.containsKey(field)) {
            for (String v : ENUMS.getOrDefault(field, List.of())) {
                out.add(Suggestion.partial(head + v, v, field, Completers.VALUES));
            }
        }
        if (op.equals("=") && QueryFields.isKnown(field)) {
            out.add(Suggestion.partial(head + "any", "any", "drop this filter (and its default)", Completers.VALUES));
        }
    }
}
