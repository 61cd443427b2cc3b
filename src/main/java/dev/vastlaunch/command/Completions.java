package dev.vastlaunch.command;

import dev.vastlaunch.app.State;
import dev.vastlaunch.offers.OptionSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Computes completion candidates from the command table and the state in memory: verbs (several words), flags and
 * their values, and each command's arguments; pure, with no I/O, callable without JLine.
 */
public final class Completions {
    private static final Completions STANDARD = new Completions(CommandTable.standard(), true);

    private final CommandTable commands;
    private final boolean inShell;

    /** Returns completions over {@code commands}; {@code inShell} includes the shell-only commands. */
    public Completions(CommandTable commands, boolean inShell) {
        this.commands = commands;
        this.inShell = inShell;
    }

    /** Returns every candidate for word {@code wordIndex} of {@code words} with the standard table, in the shell. */
    public static List<Suggestion> complete(State state, List<String> words, int wordIndex, String partial) {
        return STANDARD.suggest(state, words, wordIndex, partial);
    }

    /**
     * Returns every candidate for word {@code wordIndex} (unquoted words, as the line reader's parser gives them);
     * {@code partial} is that word up to the cursor. The caller filters by prefix.
     */
    public List<Suggestion> suggest(State state, List<String> words, int wordIndex, String partial) {
        List<String> before = words.subList(0, Math.min(Math.max(0, wordIndex), words.size()));
        if (before.isEmpty()) {
            return verbs(0, List.of());
        }
        Optional<CommandTable.Match> m = commands.match(before);
        if (m.isEmpty() || (m.get().command().shellOnly() && !inShell)) {
            return verbs(before.size(), before);
        }
        Command c = m.get().command();
        List<String> args = before.subList(m.get().nameWords(), before.size());
        return arguments(state, c, args, partial);
    }

    /** Returns word {@code index} of the command names that start with {@code before}. */
    private List<Suggestion> verbs(int index, List<String> before) {
        Map<String, List<String>> byWord = new LinkedHashMap<>();
        for (Command c : commands.commands()) {
            if (c.shellOnly() && !inShell) {
                continue;
            }
            for (String name : c.names()) {
                String[] parts = name.split(" ", -1);
                if (parts.length <= index || !startsWith(parts, before)) {
                    continue;
                }
                String desc = parts.length > index + 1 ? name : c.summary();
                byWord.computeIfAbsent(parts[index], k -> new ArrayList<>()).add(desc);
            }
        }
        List<Suggestion> out = new ArrayList<>();
        byWord.forEach((word, descs) -> out.add(Suggestion.of(word, String.join(" | ", descs), "commands")));
        return out;
    }

    private static boolean startsWith(String[] parts, List<String> before) {
        for (int i = 0; i < before.size(); i++) {
            if (!parts[i].equals(before.get(i).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static List<Suggestion> arguments(State state, Command c, List<String> args, String partial) {
        if (!args.isEmpty()) {
            Optional<OptionSpec> prev = c.option(args.get(args.size() - 1));
            if (prev.isPresent() && prev.get().arity() == OptionSpec.Arity.VALUE) {
                return optionValues(state, c, prev.get(), "", partial);
            }
        }
        for (String a : args) {
            Optional<OptionSpec> o = c.option(a);
            if (o.isPresent() && o.get().arity() == OptionSpec.Arity.REMAINDER) {
                return List.of();
            }
        }
        int eq = partial.indexOf('=');
        if (partial.startsWith("--") && eq > 0) {
            Optional<OptionSpec> inline = c.option(partial.substring(0, eq));
            if (inline.isPresent()) {
                return optionValues(state, c, inline.get(), partial.substring(0, eq + 1), partial.substring(eq + 1));
            }
        }
        List<Suggestion> out = new ArrayList<>();
        if (partial.startsWith("-")) {
            for (OptionSpec o : c.options()) {
                for (String name : o.names()) {
                    out.add(new Suggestion(name, name, o.help(), "options", true));
                }
            }
        }
        int index = Args.positionalIndexes(args, c.options()).size();
        out.addAll(c.positional(index).complete(state, partial));
        return out;
    }

    private static List<Suggestion> optionValues(State state, Command c, OptionSpec spec, String head, String partial) {
        List<Suggestion> values = new ArrayList<>();
        ArgCompleter custom = c.optionValues().get(spec.name());
        if (custom != null) {
            values.addAll(custom.complete(state, partial));
        } else {
            for (String v : spec.values()) {
                values.add(Suggestion.of(v, spec.help(), Completers.VALUES));
            }
        }
        if (head.isEmpty()) {
            return values;
        }
        return values.stream()
                .map(s -> new Suggestion(head + s.value(), s.display(), s.description(), s.group(), s.complete()))
                .toList();
    }
}
