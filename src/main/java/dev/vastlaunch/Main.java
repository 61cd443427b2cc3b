package dev.vastlaunch;

import dev.vastlaunch.api.WireJson;
import dev.vastlaunch.cli.Cli;
import dev.vastlaunch.cli.ExitCode;
import dev.vastlaunch.cli.GlobalOptions;
import dev.vastlaunch.command.CommandTable;
import dev.vastlaunch.command.CompletionScript;
import dev.vastlaunch.config.ApiKeyResolver;
import dev.vastlaunch.config.Environment;
import dev.vastlaunch.config.StateDir;
import dev.vastlaunch.launch.FileSource;
import dev.vastlaunch.launch.Secrets;
import dev.vastlaunch.sim.SimMain;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Composition root of vastlaunch: reads the command line, wires the parts, and runs one mode. */
public final class Main {
    private Main() {}

    /** Set when this run opened the screens, the shell or the simulator: their shutdown hooks run on the way out. */
    private static volatile boolean hooksMatter;

    /** Runs vastlaunch with the given command-line arguments and exits with its code. */
    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.err.flush();
        if (!hooksMatter) {
            // A one-shot command has finished all it started and registered no shutdown hook; System.exit would
            // first look up JDK 21+'s Runtime.exit logger, bootstrapping the platform logging (~13 ms of a --dry-run).
            Runtime.getRuntime().halt(code);
        }
        System.exit(code);
    }

    /** Runs vastlaunch and returns the exit code (0 ok, 1 server or transport error, 2 usage error). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        GlobalOptions.Parsed parsed = GlobalOptions.parse(Arrays.asList(args));
        if (parsed.options() == null) {
            err.println("error: " + parsed.problem());
            return ExitCode.USAGE;
        }
        GlobalOptions g = parsed.options();
        if (g.apiKey() != null) {
            err.println("warning: " + ApiKeyResolver.COMMAND_LINE_WARNING);
        }
        Environment env = Environment.system();
        try {
            return dispatch(g, env, out, err);
        } catch (RuntimeException e) {
            String secret =
                    g.apiKey() != null ? g.apiKey() : env.get("VAST_API_KEY").orElse(null);
            Optional<Path> log = StateDir.of(env).appendCrash(crashText(e, secret));
            err.println("internal error: " + e.getClass().getSimpleName()
                    + log.map(p -> "; details in " + p).orElse(""));
            return ExitCode.FAILURE;
        }
    }

    /** Returns the crash log entry of {@code t}: time, version and stack trace, the key and secrets masked. */
    private static String crashText(Throwable t, @Nullable String secret) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        String text = Instant.now() + " vastlaunch " + Backend.VERSION + "\n" + trace;
        if (secret != null && !secret.isEmpty()) {
            text = text.replace(secret, Secrets.MASK);
        }
        return Secrets.maskText(text);
    }

    private static int dispatch(GlobalOptions g, Environment env, PrintStream out, PrintStream err) {
        List<String> words = g.words();
        if (!words.isEmpty()
                && (words.get(0).equals("help")
                        || words.get(0).equals("--help")
                        || words.get(0).equals("-h"))) {
            CommandTable help = CommandTable.standard(FileSource.local());
            out.println(
                    words.size() > 1 ? help.help(String.join(" ", words.subList(1, words.size()))) : Help.text(help));
            return ExitCode.OK;
        }
        if (!words.isEmpty() && words.get(0).equals("--version")) {
            out.println("vastlaunch " + Backend.VERSION);
            return ExitCode.OK;
        }
        if (words.size() == 1 && words.get(0).startsWith("__train")) {
            hooksMatter = true; // the launcher's recording run writes its start-up cache as the JVM exits
        }
        if (words.size() == 1 && words.get(0).equals("__train")) {
            return Training.run(err);
        }
        if (words.size() == 1 && words.get(0).equals("__train-oneshot")) {
            return Training.runOneShot(err);
        }
        if (words.size() == 1 && words.get(0).equals("__train-offline")) {
            return Training.runOffline(err);
        }
        if (!words.isEmpty() && words.get(0).equals("completion")) {
            if (words.size() != 2 || !List.of("bash", "zsh").contains(words.get(1))) {
                err.println("usage: vastlaunch completion bash|zsh   (e.g. source <(vastlaunch completion bash))");
                return ExitCode.USAGE;
            }
            out.print(CompletionScript.of(
                    CommandTable.standard(FileSource.local()),
                    GlobalOptions.NAMES,
                    words.get(1),
                    StateDir.of(env).recentImagesFile()));
            return ExitCode.OK;
        }
        if (!words.isEmpty() && words.get(0).equals("sim")) {
            hooksMatter = true;
            return SimMain.run(words.subList(1, words.size()).toArray(String[]::new), out, err);
        }
        if (words.isEmpty()
                || words.get(0).equals("shell")
                || words.get(0).equals("wizard")
                || words.get(0).equals("tui")) {
            if (g.dryRun()) {
                err.println("error: --dry-run applies to search offers and create instance only");
                return ExitCode.USAGE;
            }
            hooksMatter = true;
            return Interactive.run(g, env, err);
        }
        Cli cli = new Cli(
                out,
                err,
                CommandTable.standard(FileSource.local()),
                FileSource.local(),
                new ConsoleConfirmer(),
                width(),
                new WireJson(),
                SystemProgram::run);
        if (!cli.knows(words)) {
            err.println("error: unknown command '" + Help.clean(String.join(" ", words)) + "'; vastlaunch help lists"
                    + " the commands");
            return ExitCode.USAGE;
        }
        try (LazyBackend backend = new LazyBackend(g, env, err)) {
            return cli.run(g, backend);
        } catch (LazyBackend.Failure e) {
            err.println("error: " + e.getMessage());
            return e.usage() ? ExitCode.USAGE : ExitCode.FAILURE;
        }
    }

    /**
     * Returns the width of one-shot tables: {@code COLUMNS} when set (a terminal's shell exports it on request),
     * else 80; one-shot commands do not open the terminal to ask its size, and a pipe has none.
     */
    private static int width() {
        String columns = System.getenv("COLUMNS");
        if (columns != null) {
            try {
                return Math.max(40, Integer.parseInt(columns.strip()));
            } catch (NumberFormatException ignored) {
                // fall through
            }
        }
        return 80;
    }
}
