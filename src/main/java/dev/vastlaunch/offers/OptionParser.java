package dev.vastlaunch.offers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code vastai}-style command words against option specs, as argparse does for the forms users type:
 * {@code --opt value}, {@code --opt=value}, flags, and a remainder option that takes every word after it.
 */
public final class OptionParser {
    private final Map<String, OptionSpec> byName = new HashMap<>();

    /** Returns a parser for {@code specs}. */
    public OptionParser(List<OptionSpec> specs) {
        for (OptionSpec spec : specs) {
            spec.names().forEach(n -> byName.put(n, spec));
        }
    }

    /** Parses {@code words}; problems name the word index and what was expected. */
    public Result parse(List<String> words) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        Map<String, Integer> wordOf = new HashMap<>();
        List<String> positionals = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!w.startsWith("-") || w.equals("-") || isNumber(w)) {
                positionals.add(w);
                continue;
            }
            String name = w;
            String inline = null;
            int eq = w.indexOf('=');
            if (w.startsWith("--") && eq > 0) {
                name = w.substring(0, eq);
                inline = w.substring(eq + 1);
            }
            OptionSpec spec = byName.get(name);
            if (spec == null) {
                return Result.problem(new UsageProblem(i, "unknown option '" + name + "'"));
            }
            wordOf.put(spec.name(), i);
            List<String> values = options.computeIfAbsent(spec.name(), k -> new ArrayList<>());
            switch (spec.arity()) {
                case FLAG -> {
                    if (inline != null) {
                        return Result.problem(new UsageProblem(i, name + " takes no value"));
                    }
                }
                case VALUE -> {
                    if (inline != null) {
                        values.add(inline);
                    } else if (i + 1 < words.size()) {
                        values.add(words.get(++i));
                    } else {
                        return Result.problem(new UsageProblem(i, name + " needs a value: " + spec.help()));
                    }
                    String v = values.get(values.size() - 1);
                    if (!spec.values().isEmpty() && !spec.values().contains(v)) {
                        return Result.problem(
                                new UsageProblem(i, name + " must be one of " + String.join(", ", spec.values())));
                    }
                }
                case REMAINDER -> {
                    if (inline != null) {
                        values.add(inline);
                    }
                    values.addAll(words.subList(i + 1, words.size()));
                    i = words.size();
                }
            }
        }
        return new Result(new ParsedArgs(options, positionals, wordOf), null);
    }

    private static boolean isNumber(String w) {
        return w.length() > 1 && Numbers.isDecimal(w);
    }

    /** Returns the parsed words, or the first problem. */
    public record Result(
            ParsedArgs args,
            @org.jspecify.annotations.Nullable UsageProblem problem) {
        static Result problem(UsageProblem p) {
            return new Result(new ParsedArgs(Map.of(), List.of(), Map.of()), p);
        }
    }
}
