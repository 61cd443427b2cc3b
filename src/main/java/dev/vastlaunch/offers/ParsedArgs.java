package dev.vastlaunch.offers;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Returns a parsed command line: the options seen (by canonical name) with their values, and the positionals. */
public record ParsedArgs(Map<String, List<String>> options, List<String> positionals, Map<String, Integer> wordOf) {
    public ParsedArgs {
        options = Map.copyOf(options);
        positionals = List.copyOf(positionals);
        wordOf = Map.copyOf(wordOf);
    }

    /** Returns whether the option was given. */
    public boolean has(String name) {
        return options.containsKey(name);
    }

    /** Returns the option's last value, if given. */
    public Optional<String> value(String name) {
        List<String> v = options.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
    }

    /** Returns every value of the option (all remaining words for a remainder option). */
    public List<String> values(String name) {
        return options.getOrDefault(name, List.of());
    }

    /** Returns the word index where the option was given, or -1. */
    public int word(String name) {
        return wordOf.getOrDefault(name, -1);
    }
}
