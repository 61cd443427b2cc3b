package dev.vastlaunch.command;

import dev.vastlaunch.app.State;
import dev.vastlaunch.offers.OptionSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Describes one command of the bar and the shell: its names, help, option specs, argument completers and parser;
 * help and completion are generated from it.
 *
 * @param name the canonical name, possibly several words ({@code search offers})
 * @param aliases other names, possibly several words
 * @param positionals completers by positional index; the last one repeats for further words
 * @param optionValues completers for option values by canonical option name (else the option's own choices)
 * @param shellOnly whether the command only makes sense in the standalone shell (not in the screens' bar)
 * @param oneShot whether the command also runs from the command line of a script ({@code vastlaunch VERB ...})
 */
public record Command(
        String name,
        List<String> aliases,
        String summary,
        String usage,
        List<OptionSpec> options,
        List<ArgCompleter> positionals,
        Map<String, ArgCompleter> optionValues,
        boolean shellOnly,
        boolean oneShot,
        Parser parser) {

    /** Parses the words after a command's name against the current state. */
    @FunctionalInterface
    public interface Parser {
        /** Returns the outcome; problems name the argument index (0 = first word after the name). */
        ParseOutcome parse(List<String> args, State state);
    }

    public Command {
        aliases = List.copyOf(aliases);
        options = List.copyOf(options);
        positionals = List.copyOf(positionals);
        optionValues = Map.copyOf(optionValues);
    }

    /** Returns a builder for a command named {@code name}. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** Parses {@code args} (the words after the name). */
    public ParseOutcome parse(List<String> args, State state) {
        return parser.parse(args, state);
    }

    /** Returns every name: the canonical one first, then the aliases. */
    public List<String> names() {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    /** Returns the option spec with this spelling, if any. */
    public Optional<OptionSpec> option(String spelling) {
        return options.stream().filter(o -> o.names().contains(spelling)).findFirst();
    }

    /** Returns the completer of positional argument {@code index}. */
    public ArgCompleter positional(int index) {
        if (positionals.isEmpty()) {
            return ArgCompleter.NONE;
        }
        return positionals.get(Math.min(index, positionals.size() - 1));
    }

    /** Builds a {@link Command} step by step. */
    public static final class Builder {
        private final String name;
        private final List<String> aliases = new ArrayList<>();
        private String summary = "";
        private String usage = "";
        private final List<OptionSpec> options = new ArrayList<>();
        private final List<ArgCompleter> positionals = new ArrayList<>();
        private final Map<String, ArgCompleter> optionValues = new LinkedHashMap<>();
        private boolean shellOnly;
        private boolean oneShot;

        private Builder(String name) {
            this.name = name;
            this.usage = name;
        }

        /** Adds other names. */
        public Builder aliases(String... names) {
            aliases.addAll(List.of(names));
            return this;
        }

        /** Sets the one-line summary. */
        public Builder summary(String text) {
            summary = text;
            return this;
        }

        /** Sets the usage line. */
        public Builder usage(String text) {
            usage = text;
            return this;
        }

        /** Adds option specs. */
        public Builder options(List<OptionSpec> specs) {
            options.addAll(specs);
            return this;
        }

        /** Adds the completer of the next positional argument. */
        public Builder positional(ArgCompleter completer) {
            positionals.add(completer);
            return this;
        }

        /** Sets the completer of an option's value. */
        public Builder optionValue(String option, ArgCompleter completer) {
            optionValues.put(option, completer);
            return this;
        }

        /** Marks the command as available in the standalone shell only. */
        public Builder shellOnly() {
            shellOnly = true;
            return this;
        }

        /** Marks the command as runnable from the command line of a script too. */
        public Builder oneShot() {
            oneShot = true;
            return this;
        }

        /** Returns the command with {@code parser}. */
        public Command parse(Parser parser) {
            return new Command(
                    name, aliases, summary, usage, options, positionals, optionValues, shellOnly, oneShot, parser);
        }
    }
}
