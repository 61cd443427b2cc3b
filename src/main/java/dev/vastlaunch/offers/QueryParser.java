package dev.vastlaunch.offers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses the {@code vastai} offer query language ({@code "gpu_name=RTX_4090 num_gpus>=2"}) into wire filters.
 *
 * <p>Tokenizing, operators, aliases, multipliers, wildcards and merging follow the official CLI's
 * {@code parse_query}; unlike it, values of numeric fields are checked and sent as JSON numbers.
 */
public final class QueryParser {
    private static final Pattern TOKEN = Pattern.compile("([a-zA-Z0-9_]+)( *[=><!]+| +(?:[lg]te?|nin|neq|eq|not ?eq"
            + "|not ?in|in) )?( *)(\\[[^\\]]+\\]|\"[^\"]+\"|[^ ]+)?( *)");
    private static final Map<String, String> OPS = Map.ofEntries(
            Map.entry(">=", "gte"),
            Map.entry("gte", "gte"),
            Map.entry(">", "gt"),
            Map.entry("gt", "gt"),
            Map.entry("<=", "lte"),
            Map.entry("lte", "lte"),
            Map.entry("<", "lt"),
            Map.entry("lt", "lt"),
            Map.entry("!=", "neq"),
            Map.entry("neq", "neq"),
            Map.entry("noteq", "neq"),
            Map.entry("not eq", "neq"),
            Map.entry("==", "eq"),
            Map.entry("=", "eq"),
            Map.entry("eq", "eq"),
            Map.entry("notin", "notin"),
            Map.entry("not in", "notin"),
            Map.entry("nin", "notin"),
            Map.entry("in", "in"));

    private QueryParser() {}

    /** Parses {@code text} on top of {@code initial} filters (the defaults, or none with {@code -n}). */
    public static QueryParseResult parse(String text, Map<String, Map<String, @Nullable Object>> initial) {
        Map<String, Map<String, @Nullable Object>> filters = new LinkedHashMap<>();
        initial.forEach((field, ops) -> filters.put(field, new LinkedHashMap<>(ops)));
        List<String> warnings = new ArrayList<>();
        int lead = leadingSpaces(text);
        String query = text.strip();
        Matcher m = TOKEN.matcher(query);
        int consumed = 0;
        while (m.find()) {
            if (m.start() != consumed) {
                return unconsumed(lead + consumed, query.substring(consumed, m.start()));
            }
            consumed = m.end();
            Optional<SyntaxProblem> problem = apply(m, lead, m.start() == 0, filters, warnings);
            if (problem.isPresent()) {
                return new QueryParseResult.Invalid(problem.get());
            }
        }
        if (consumed != query.length()) {
            return unconsumed(lead + consumed, query.substring(consumed));
        }
        return new QueryParseResult.Valid(filters, warnings);
    }

    private static QueryParseResult unconsumed(int offset, String rest) {
        return new QueryParseResult.Invalid(new SyntaxProblem(
                offset + 1,
                "unexpected text '" + rest.strip() + "'. Write field, operator and value with no space inside a"
                        + " value (gpu_name=RTX_4090), and quote the whole query"));
    }

    private static Optional<SyntaxProblem> apply(
            Matcher m,
            int lead,
            boolean first,
            Map<String, Map<String, @Nullable Object>> filters,
            List<String> warnings) {
        String rawField = group(m, 1);
        String rawOp = group(m, 2).strip();
        int fieldCol = lead + m.start(1) + 1;
        int valueCol = lead + (m.start(4) >= 0 ? m.start(4) : m.end(1)) + 1;
        String op = OPS.get(rawOp);
        if (op == null) {
            if (rawOp.isEmpty() && first) {
                return problem(
                        lead + m.end(1) + 1,
                        "'" + rawField + "' needs an operator and a value, e.g. " + rawField + ">=1 (word operators"
                                + " such as in need spaces around them)");
            }
            if (rawOp.isEmpty()) {
                return problem(
                        fieldCol,
                        "'" + rawField + "' has no operator: a value cannot contain spaces (write RTX_4090 for"
                                + " 'RTX 4090'), and each filter needs an operator, e.g. " + rawField + ">=1");
            }
            return problem(
                    lead + m.start(2) + 1,
                    "unknown operator '" + rawOp + "' after '" + rawField + "'; use = != > >= < <= in notin");
        }
        String field = QueryFields.canonical(rawField);
        Optional<String> flag = QueryFields.flagFor(field);
        if (flag.isPresent()) {
            return problem(
                    fieldCol,
                    "'" + field + "' is not a filter: the search body uses it for the " + flag.get() + " option; write "
                            + flag.get() + " instead");
        }
        String value = stripEnds(group(m, 4));
        if (!QueryFields.isKnown(field)) {
            warnings.add("Unrecognized field: " + field + " (col " + fieldCol + "); it is sent as typed");
        }
        if (value.isEmpty()) {
            return problem(valueCol, "'" + rawField + "' needs a value after '" + rawOp + "'");
        }
        if (op.equals("eq") && isWildcard(value)) {
            filters.remove(field);
            return Optional.empty();
        }
        if (isWildcard(value)) {
            return problem(valueCol, "wildcard '" + value + "' only makes sense with '=' (" + rawField + "=any)");
        }
        ValueReader.Read read = op.equals("in") || op.equals("notin")
                ? ValueReader.readList(field, value)
                : ValueReader.readOne(field, value);
        if (read.error() != null) {
            return problem(valueCol, read.error());
        }
        filters.computeIfAbsent(field, f -> new LinkedHashMap<>()).put(op, read.value());
        return Optional.empty();
    }

    private static boolean isWildcard(String value) {
        return value.equals("?")
                || value.equals("*")
                || value.toLowerCase(Locale.ROOT).equals("any");
    }

    private static String stripEnds(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && ",[]".indexOf(value.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ",[]".indexOf(value.charAt(end - 1)) >= 0) {
            end--;
        }
        return value.substring(start, end);
    }

    private static String group(Matcher m, int index) {
        String g = m.group(index);
        return g == null ? "" : g;
    }

    private static int leadingSpaces(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Optional<SyntaxProblem> problem(int column, String message) {
        return Optional.of(new SyntaxProblem(column, message));
    }
}
