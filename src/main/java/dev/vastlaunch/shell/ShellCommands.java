package dev.vastlaunch.shell;

import dev.vastlaunch.app.State;
import dev.vastlaunch.launch.FileSource;
import dev.vastlaunch.offers.OptionSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Holds the command table shared by the bar and the shell: lookup, parsing with positions, and help. */
public final class ShellCommands {
    private final List<ShellCommand> commands;

    /** Returns the registry of {@code commands} plus {@code help}, which is generated from them. */
    ShellCommands(List<ShellCommand> commands) {
        List<ShellCommand> all = new ArrayList<>(commands);
        all.add(ShellCommand.named("help")
                .aliases("?")
                .summary("list the commands, or explain one")
                .usage("help [COMMAND]")
                .positional(this::commandNames)
                .parse((args, state) -> new ParseOutcome.Say(args.isEmpty() ? help() : help(String.join(" ", args)))));
        this.commands = List.copyOf(all);
    }

    /** Returns the standard table; {@code readFile} reads the file of {@code create instance --onstart FILE}. */
    public static ShellCommands standard(FileSource readFile) {
        List<ShellCommand> all = new ArrayList<>();
        all.addAll(VastaiCommands.all(readFile));
        all.addAll(DraftCommands.all());
        all.addAll(FlowCommands.all());
        return new ShellCommands(all);
    }

    /** Returns the standard table, reading {@code --onstart} files from the file system. */
    public static ShellCommands standard() {
        return standard(FileSource.local());
    }

    /** Returns every command, in help order. */
    public List<ShellCommand> commands() {
        return commands;
    }

    /** Returns the command named by the first words of {@code words} (the longest name wins). */
    public Optional<Match> match(List<String> words) {
        Match best = null;
        for (ShellCommand c : commands) {
            for (String name : c.names()) {
                List<String> parts = Arrays.asList(name.split(" ", -1));
                if (words.size() >= parts.size()
                        && lower(words.subList(0, parts.size())).equals(parts)
                        && (best == null || parts.size() > best.nameWords())) {
                    best = new Match(c, parts.size());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Returns a matched command and how many words its name took. */
    public record Match(ShellCommand command, int nameWords) {}

    /** Parses one line against {@code state}; {@code inShell} allows the shell-only commands. */
    public LineResult parse(String line, State state, boolean inShell) {
        LineWords.Split split = LineWords.split(line);
        if (split.unclosedQuote() >= 0) {
            return problem(split.unclosedQuote(), -1, "this quote is never closed");
        }
        List<String> words = split.texts();
        if (words.isEmpty()) {
            return problem(0, -1, "empty line");
        }
        Optional<Match> m = match(words);
        if (m.isEmpty()) {
            return problem(0, 0, unknown(words.get(0)));
        }
        ShellCommand c = m.get().command();
        if (c.shellOnly() && !inShell) {
            return problem(0, 0, "'" + c.name() + "' works in the shell (vastlaunch shell), not in the screens");
        }
        int n = m.get().nameWords();
        ParseOutcome outcome = c.parse(words.subList(n, words.size()), state);
        if (outcome instanceof ParseOutcome.Problem p) {
            int word = p.word() < 0 ? -1 : n + p.word();
            String message = p.message();
            int column;
            if (word < 0) {
                column = line.stripTrailing().length();
            } else if (word >= words.size()) {
                column = line.stripTrailing().length() + 1;
            } else {
                column = LineWords.column(split.words().get(word), p.offset(), line);
            }
            return new LineResult(new ParseOutcome.Problem(word, p.offset(), message), column);
        }
        return new LineResult(outcome, -1);
    }

    private static LineResult problem(int column, int word, String message) {
        return new LineResult(new ParseOutcome.Problem(word, 0, message), column);
    }

    private String unknown(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Optional<String> near = commands.stream()
                .flatMap(c -> c.names().stream())
                .map(name -> name.split(" ", -1)[0])
                .distinct()
                .filter(name -> name.length() > 1)
                .min(Comparator.comparingInt(name -> distance(w, name)))
                .filter(name -> distance(w, name) <= 2);
        return "unknown command '" + word + "'"
                + near.map(n -> "; did you mean '" + n + "'?").orElse("") + " (help lists the commands)";
    }

    /** Returns the help overview: one line per command, generated from the table. */
    public String help() {
        StringBuilder sb = new StringBuilder("Commands (Tab completes; help COMMAND explains one):\n");
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(10);
        for (ShellCommand c : commands) {
            sb.append("  ")
                    .append(pad(c.name(), width))
                    .append("  ")
                    .append(c.summary())
                    .append('\n');
        }
        return sb.toString().stripTrailing();
    }

    /** Returns the help of one command: usage, summary, aliases and options. */
    public String help(String name) {
        Optional<Match> m = match(Arrays.asList(name.strip().split("\\s+", -1)));
        if (m.isEmpty()) {
            return unknown(name);
        }
        ShellCommand c = m.get().command();
        StringBuilder sb = new StringBuilder("usage: ").append(c.usage()).append('\n');
        sb.append(c.summary()).append('\n');
        if (!c.aliases().isEmpty()) {
            sb.append("also: ").append(String.join(", ", c.aliases())).append('\n');
        }
        if (!c.options().isEmpty()) {
            sb.append("options:\n");
            int width = c.options().stream()
                    .mapToInt(o -> spelled(o).length())
                    .max()
                    .orElse(10);
            for (OptionSpec o : c.options()) {
                sb.append("  ").append(pad(spelled(o), width)).append("  ").append(o.help());
                if (!o.values().isEmpty()) {
                    sb.append(" (").append(String.join(", ", o.values())).append(')');
                }
                sb.append('\n');
            }
        }
        return sb.toString().stripTrailing();
    }

    private List<Suggestion> commandNames(State state, String partial) {
        List<Suggestion> out = new ArrayList<>();
        for (ShellCommand c : commands) {
            out.add(Suggestion.of(c.name().split(" ", -1)[0], c.summary(), "commands"));
        }
        return out;
    }

    private static String spelled(OptionSpec o) {
        List<String> names = new ArrayList<>(o.names());
        names.sort(Comparator.comparingInt(String::length));
        String value = switch (o.arity()) {
            case FLAG -> "";
            case VALUE -> " VALUE";
            case REMAINDER -> " ...";
        };
        return String.join(", ", names) + value;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** Returns the edit distance of two short words. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
