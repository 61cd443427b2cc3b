package dev.vastlaunch.offers;

import java.util.List;

/**
 * Describes one option of a {@code vastai}-style command line: its names, whether it takes a value, and help.
 *
 * @param names every spelling, the first one canonical (e.g. {@code --order}, {@code -o})
 * @param arity whether the option is a flag, takes one value, or takes every remaining word
 * @param values the allowed values for completion (empty when free)
 */
public record OptionSpec(List<String> names, Arity arity, String help, List<String> values) {
    /** Lists how many words an option consumes. */
    public enum Arity {
        FLAG,
        VALUE,
        REMAINDER
    }

    public OptionSpec {
        names = List.copyOf(names);
        values = List.copyOf(values);
    }

    /** Returns a flag option. */
    public static OptionSpec flag(String help, String... names) {
        return new OptionSpec(List.of(names), Arity.FLAG, help, List.of());
    }

    /** Returns an option that takes one value. */
    public static OptionSpec value(String help, String... names) {
        return new OptionSpec(List.of(names), Arity.VALUE, help, List.of());
    }

    /** Returns an option that takes one of {@code choices}. */
    public static OptionSpec choice(String help, List<String> choices, String... names) {
        return new OptionSpec(List.of(names), Arity.VALUE, help, choices);
    }

    /** Returns an option that swallows every following word, as {@code --args} does. */
    public static OptionSpec remainder(String help, String... names) {
        return new OptionSpec(List.of(names), Arity.REMAINDER, help, List.of());
    }

    /** Returns the canonical name. */
    public String name() {
        return names.get(0);
    }
}
