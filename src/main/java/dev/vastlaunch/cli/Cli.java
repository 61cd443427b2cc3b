package dev.vastlaunch.cli;

import dev.vastlaunch.app.HandOff;
import dev.vastlaunch.app.Ports;
import dev.vastlaunch.app.SessionDriver;
import dev.vastlaunch.app.State;
import dev.vastlaunch.command.CommandTable;
import dev.vastlaunch.command.Entry;
import dev.vastlaunch.command.ParseOutcome;
import dev.vastlaunch.command.Runner;
import dev.vastlaunch.launch.CreateInstanceArgs;
import dev.vastlaunch.launch.CreateInstanceCommand;
import dev.vastlaunch.launch.FileSource;
import dev.vastlaunch.launch.LaunchDraft;
import dev.vastlaunch.launch.Problem;
import dev.vastlaunch.offers.JsonText;
import dev.vastlaunch.offers.SearchOffersCommand;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs one {@code vastai}-style command for scripts: reads the arguments through the one command table, runs them
 * through the same session and runner as the shell, prints, and returns an exit code.
 */
public final class Cli {
    private final PrintStream out;
    private final PrintStream err;
    private final CommandTable table;
    private final FileSource readFile;
    private final Confirmer confirmer;
    private final int width;
    private final JsonText json;
    private final HandOff handOff;

    /**
     * Returns a runner printing to {@code out} and {@code err}; tables fit {@code width} columns; {@code json} writes
     * dry runs as the client writes bodies.
     */
    public Cli(
            PrintStream out,
            PrintStream err,
            CommandTable table,
            FileSource readFile,
            Confirmer confirmer,
            int width,
            JsonText json,
            HandOff handOff) {
        this.json = json;
        this.handOff = handOff;
        this.out = out;
        this.err = err;
        this.table = table;
        this.readFile = readFile;
        this.confirmer = confirmer;
        this.width = width;
    }

    /** Returns whether {@code words} start with a command a script can run. */
    public boolean knows(List<String> words) {
        return table.match(words).map(m -> m.command().oneShot()).orElse(false);
    }

    /**
     * Runs the command in {@code g}; {@code ports} are made only once the arguments parsed, so a usage error starts
     * no server.
     */
    public int run(GlobalOptions g, Supplier<Ports> ports) {
        List<String> words = g.words();
        ParseOutcome parsed = table.parseWords(words, State.initial(false), Entry.ONE_SHOT);
        if (parsed instanceof ParseOutcome.Problem p) {
            return usage(words, p);
        }
        if (parsed instanceof ParseOutcome.Say say) {
            out.println(say.text());
            return ExitCode.OK;
        }
        if (g.dryRun()) {
            return dryRun(words);
        }
        Runner.Mode mode = new Runner.Mode(true, g.yes(), g.raw(), width, Duration.ofMinutes(10));
        try (SessionDriver driver = new SessionDriver(State.initial(false), ports.get(), (before, after) -> {})) {
            return new Runner(driver, io(), mode).run(parsed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("interrupted");
            return 130;
        }
    }

    private int dryRun(List<String> words) {
        Optional<CommandTable.Match> m = table.match(words);
        String verb = m.map(x -> x.command().name()).orElse("");
        List<String> rest = words.subList(m.map(CommandTable.Match::nameWords).orElse(0), words.size());
        if (verb.equals("search offers")) {
            SearchOffersCommand.Result r = SearchOffersCommand.parse(rest);
            if (r.args() == null) {
                return usage(
                        words, problem(r.problem() == null ? null : r.problem().describe()));
            }
            r.args().warnings().forEach(w -> err.println("warning: " + w));
            out.println(DryRun.search(r.args().query(), json));
            return ExitCode.OK;
        }
        if (verb.equals("create instance")) {
            CreateInstanceCommand.Result r = CreateInstanceCommand.parse(rest, readFile);
            CreateInstanceArgs args = r.args();
            if (args == null) {
                return usage(
                        words, problem(r.problem() == null ? null : r.problem().describe()));
            }
            args.warnings().forEach(w -> err.println("warning: " + w));
            LaunchDraft draft = args.draft();
            List<Problem> problems = draft.validate();
            problems.stream().filter(p -> !p.blocking()).forEach(p -> err.println("warning: " + p.describe()));
            List<Problem> blocking = problems.stream().filter(Problem::blocking).toList();
            if (!blocking.isEmpty()) {
                blocking.forEach(p -> err.println("error: " + p.describe()));
                return ExitCode.USAGE;
            }
            out.println(DryRun.create(draft.toRequest(), json));
            return ExitCode.OK;
        }
        err.println("error: --dry-run applies to search offers and create instance only");
        return ExitCode.USAGE;
    }

    private static ParseOutcome.Problem problem(@Nullable String message) {
        return ParseOutcome.Problem.at(-1, message == null ? "invalid arguments" : message);
    }

    private int usage(List<String> words, ParseOutcome.Problem p) {
        Optional<CommandTable.Match> m = table.match(words);
        String where = p.word() >= 0 && p.word() < words.size() && !p.message().contains(words.get(p.word()))
                ? " (at '" + words.get(p.word()) + "')"
                : "";
        err.println("error: " + p.message() + where);
        err.println(m.map(x -> "usage: vastlaunch " + x.command().usage() + "  (vastlaunch "
                        + x.command().name() + " --help explains it)")
                .orElse("vastlaunch help lists the commands"));
        return ExitCode.USAGE;
    }

    private Runner.Io io() {
        return new Runner.Io() {
            @Override
            public void out(String text) {
                out.println(text);
            }

            @Override
            public void err(String text) {
                err.println(text);
            }

            @Override
            public Optional<Boolean> ask(String question) {
                return confirmer.canAsk() ? Optional.of(confirmer.confirm(question)) : Optional.empty();
            }

            @Override
            public Optional<Boolean> askDefaultYes(String question) {
                return confirmer.canAsk() ? Optional.of(confirmer.confirmDefaultYes(question)) : Optional.empty();
            }

            @Override
            public HandOff.Ended handOff(List<String> argv) {
                return handOff.run(argv);
            }
        };
    }
}
