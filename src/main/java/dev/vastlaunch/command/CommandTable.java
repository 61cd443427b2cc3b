package dev.vastlaunch.command;

import dev.vastlaunch.app.State;
import dev.vastlaunch.launch.FileSource;
import dev.vastlaunch.launch.ShellWords;
import dev.vastlaunch.offers.OptionSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Holds the command table shared by the bar and the shell: lookup, parsing with positions, and help. */
public final class CommandTable {
    /** The flag that shows the wide tables, taken by every command of every entry point. */
    public static final String WIDE = "--wide";

    private final List<Command> commands;

    /** Returns the registry of {@code commands} plus {@code help}, which is generated from them. */
    CommandTable(List<Command> commands) {
        List<Command> all = new ArrayList<>(commands);
        all.add(Command.named("help")
                .aliases("?")
                .summary("list the commands, or explain one")
                .usage("help [COMMAND]")
                .positional(this::commandNames)
                .parse((args, state) -> new ParseOutcome.Say(args.isEmpty() ? help() : help(String.join(" ", args)))));
        this.commands = List.copyOf(all);
    }

    /** Returns the standard table; {@code readFile} reads the file of {@code create instance --onstart FILE}. */
    public static CommandTable standard(FileSource readFile) {
        List<Command> all = new ArrayList<>();
        all.addAll(VastaiCommands.all(readFile));
        all.addAll(InstanceCommands.all());
        all.addAll(DraftCommands.all());
        all.addAll(FlowCommands.all());
        all.addAll(PresetCommands.all());
        return new CommandTable(all);
    }

    /** Returns the standard table, reading {@code --onstart} files from the file system. */
    public static CommandTable standard() {
        return standard(FileSource.local());
    }

    /** Returns every command, in help order. */
    public List<Command> commands() {
        return commands;
    }

    /** Returns the command named by the first words of {@code words} (the longest name wins). */
    public Optional<Match> match(List<String> words) {
        Match best = null;
        for (Command c : commands) {
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
    public record Match(Command command, int nameWords) {}

    /** Parses one line typed in the bar or the shell against {@code state}; problems carry their column. */
    public LineResult parse(String line, State state, Entry entry) {
        ShellWords.Split split = ShellWords.split(line);
        if (split.problem().isPresent()) {
            return problem(split.problem().get().column() - 1, -1, "this quote is never closed");
        }
        List<String> words = new java.util.ArrayList<>(split.texts());
        int wideAt = wideFlag(words);
        if (wideAt >= 0) {
            words.remove(wideAt);
        }
        if (words.isEmpty()) {
            return problem(0, -1, "empty line");
        }
        ParseOutcome outcome = parseWords(words, state, entry);
        if (outcome instanceof ParseOutcome.Problem p) {
            int word = wideAt >= 0 && p.word() >= wideAt ? p.word() + 1 : p.word();
            int column;
            if (word < 0) {
                column = line.stripTrailing().length();
            } else if (word >= words.size()) {
                column = line.stripTrailing().length() + 1;
            } else {
                ShellWords.Word w = split.words().get(word);
                column = w.column() - 1 + (w.quoted() ? 1 : 0) + Math.max(0, p.offset());
            }
            return new LineResult(p, column);
        }
        return new LineResult(outcome, -1, wideAt >= 0);
    }

    /** Returns where {@code --wide} (wide tables, any command) is in {@code words} before {@code --args}, or -1. */
    static int wideFlag(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("--args") || words.get(i).equals("--")) {
                return -1;
            }
            if (words.get(i).equals(WIDE)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Parses words (a line already split, or a script's arguments) against {@code state}; a problem names the word
     * by its index in {@code words}. {@code VERB --help} explains the verb.
     */
    public ParseOutcome parseWords(List<String> words, State state, Entry entry) {
        if (words.isEmpty()) {
            return new ParseOutcome.Problem(-1, 0, "no command; help lists them");
        }
        Optional<Match> m = match(words);
        if (m.isEmpty() || (entry == Entry.ONE_SHOT && !m.get().command().oneShot())) {
            return new ParseOutcome.Problem(0, 0, unknown(words.get(0)));
        }
        Command c = m.get().command();
        if (c.shellOnly() && entry == Entry.BAR) {
            return new ParseOutcome.Problem(
                    0, 0, "'" + c.name() + "' works in the shell (vastlaunch shell), not in the screens");
        }
        int n = m.get().nameWords();
        List<String> args = words.subList(n, words.size());
        if (args.contains("--help") || (args.contains("-h") && c.option("-h").isEmpty())) {
            return new ParseOutcome.Say(help(c.name()));
        }
        ParseOutcome outcome = c.parse(args, state);
        if (outcome instanceof ParseOutcome.Problem p) {
            return new ParseOutcome.Problem(p.word() < 0 ? -1 : n + p.word(), p.offset(), p.message());
        }
        return outcome;
    }

    /** Returns the usage of the commands a script can run, one per line, each prefixed with {@code prefix}. */
    public String oneShotUsage(String prefix) {
        StringBuilder sb = new StringBuilder();
        for (Command c : commands) {
            if (c.oneShot()) {
                sb.append(prefix).append(c.usage()).append('\n');
            }
        }
        return sb.toString().stripTrailing();
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
        for (Command c : commands) {
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
        Command c = m.get().command();
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
        for (Command c : commands) {
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
