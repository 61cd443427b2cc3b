package dev.vastlaunch.cli;

import dev.vastlaunch.launch.CreateInstanceArgs;
import dev.vastlaunch.launch.CreateInstanceCommand;
import dev.vastlaunch.launch.FileSource;
import dev.vastlaunch.launch.LaunchDraft;
import dev.vastlaunch.launch.Problem;
import dev.vastlaunch.offers.SearchOffersArgs;
import dev.vastlaunch.offers.SearchOffersCommand;
import dev.vastlaunch.offers.UsageProblem;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Runs one {@code vastai}-style command for scripts: parse, (dry-)run through the ports, print, return an exit code. */
public final class Cli {
    private final PrintStream out;
    private final PrintStream err;
    private final FileSource readFile;
    private final @Nullable Commands commands;

    /**
     * Returns a runner; {@code commands} executes for real and may be null when only dry runs are possible.
     */
    public Cli(PrintStream out, PrintStream err, FileSource readFile, @Nullable Commands commands) {
        this.out = out;
        this.err = err;
        this.readFile = readFile;
        this.commands = commands;
    }

    /** Returns whether {@code words} start with a command this runner knows. */
    public static boolean knows(List<String> words) {
        return Usage.match(words).isPresent();
    }

    /** Runs the command in {@code g} and returns the exit code. */
    public int run(GlobalOptions g) {
        Optional<Usage.Verb> verb = Usage.match(g.words());
        if (verb.isEmpty()) {
            err.println("unknown command: " + String.join(" ", g.words()));
            err.println(Usage.summary());
            return ExitCode.USAGE;
        }
        List<String> rest = g.words().subList(verb.get().words(), g.words().size());
        return switch (verb.get()) {
            case SEARCH_OFFERS -> searchOffers(g, rest);
            case CREATE_INSTANCE -> createInstance(g, rest);
            default -> other(g, verb.get(), rest);
        };
    }

    private int searchOffers(GlobalOptions g, List<String> rest) {
        SearchOffersCommand.Result r = SearchOffersCommand.parse(rest);
        if (r.problem() != null || r.args() == null) {
            return usage("search offers", rest, r.problem());
        }
        SearchOffersArgs args = r.args();
        args.warnings().forEach(w -> err.println("warning: " + w));
        if (g.dryRun()) {
            out.println(DryRun.search(args.query()));
            return ExitCode.OK;
        }
        return requireCommands().searchOffers(args, g);
    }

    private int createInstance(GlobalOptions g, List<String> rest) {
        CreateInstanceCommand.Result r = CreateInstanceCommand.parse(rest, readFile);
        if (r.problem() != null || r.args() == null) {
            return usage("create instance", rest, r.problem());
        }
        CreateInstanceArgs args = r.args();
        args.warnings().forEach(w -> err.println("warning: " + w));
        LaunchDraft draft = args.draft();
        List<Problem> problems = draft.validate();
        problems.stream().filter(p -> !p.blocking()).forEach(p -> err.println("warning: " + p.describe()));
        List<Problem> blocking = problems.stream().filter(Problem::blocking).toList();
        if (!blocking.isEmpty()) {
            blocking.forEach(p -> err.println("error: " + p.describe()));
            return ExitCode.USAGE;
        }
        if (g.dryRun()) {
            out.println(DryRun.create(draft.toRequest()));
            return ExitCode.OK;
        }
        return requireCommands().createInstance(draft.toRequest(), g);
    }

    private int other(GlobalOptions g, Usage.Verb verb, List<String> rest) {
        if (g.dryRun()) {
            err.println("--dry-run applies to search offers and create instance only");
            return ExitCode.USAGE;
        }
        return requireCommands().run(verb, rest, g);
    }

    private Commands requireCommands() {
        if (commands == null) {
            throw new IllegalStateException("commands == null");
        }
        return commands;
    }

    private int usage(String name, List<String> rest, @Nullable UsageProblem p) {
        String message = p == null ? "invalid arguments" : p.describe();
        if (p != null && p.word() >= 0 && p.word() < rest.size() && !message.contains(rest.get(p.word()))) {
            message = message + " (at '" + rest.get(p.word()) + "')";
        }
        err.println("error: " + name + ": " + message);
        err.println("usage: " + Usage.of(name));
        return ExitCode.USAGE;
    }
}
