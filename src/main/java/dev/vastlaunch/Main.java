package dev.vastlaunch;

import dev.vastlaunch.cli.Cli;
import dev.vastlaunch.cli.ExitCode;
import dev.vastlaunch.cli.GlobalOptions;
import dev.vastlaunch.cli.PortCommands;
import dev.vastlaunch.config.Environment;
import dev.vastlaunch.sim.SimMain;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Composition root of vastlaunch: reads the command line, wires the parts, and runs one mode. */
public final class Main {
    private Main() {}

    /** Runs vastlaunch with the given command-line arguments and exits with its code. */
    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
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
        Environment env = Environment.system();
        try {
            return dispatch(g, env, out, err);
        } catch (RuntimeException e) {
            Path stateDir = env.stateHome().resolve("vastlaunch");
            String secret =
                    g.apiKey() != null ? g.apiKey() : env.get("VAST_API_KEY").orElse(null);
            Optional<Path> log = CrashLog.write(stateDir, e, secret);
            err.println("internal error: " + e.getClass().getSimpleName()
                    + log.map(p -> "; details in " + p).orElse(""));
            return ExitCode.FAILURE;
        }
    }

    private static int dispatch(GlobalOptions g, Environment env, PrintStream out, PrintStream err) {
        List<String> words = g.words();
        if (!words.isEmpty()
                && (words.get(0).equals("help")
                        || words.get(0).equals("--help")
                        || words.get(0).equals("-h"))) {
            out.println(Help.TEXT);
            return ExitCode.OK;
        }
        if (!words.isEmpty() && words.get(0).equals("--version")) {
            out.println("vastlaunch " + Backend.VERSION);
            return ExitCode.OK;
        }
        if (words.size() == 1 && words.get(0).equals("__train")) {
            return Training.run(err);
        }
        if (words.size() == 1 && words.get(0).equals("__train-oneshot")) {
            return Training.runOneShot(err);
        }
        if (!words.isEmpty() && words.get(0).equals("sim")) {
            return SimMain.run(words.subList(1, words.size()).toArray(String[]::new), out, err);
        }
        if (g.dryRun()) {
            return new Cli(out, err, Main::readFile, null).run(g);
        }
        if (words.isEmpty()
                || words.get(0).equals("shell")
                || words.get(0).equals("wizard")
                || words.get(0).equals("tui")) {
            return Interactive.run(g, env, err);
        }
        if (!Cli.knows(words)) {
            err.println("error: unknown command '" + String.join(" ", words) + "'");
            err.println(Help.TEXT);
            return ExitCode.USAGE;
        }
        try (LazyBackend backend = new LazyBackend(g, env, err)) {
            PortCommands commands = new PortCommands(backend, out, err, new ConsoleConfirmer(), width(), Thread::sleep);
            return new Cli(out, err, Main::readFile, commands).run(g);
        } catch (LazyBackend.Failure e) {
            err.println("error: " + e.getMessage());
            return e.usage() ? ExitCode.USAGE : ExitCode.FAILURE;
        }
    }

    private static int width() {
        String columns = System.getenv("COLUMNS");
        if (columns != null) {
            try {
                return Math.max(40, Integer.parseInt(columns.strip()));
            } catch (NumberFormatException ignored) {
                // fall through
            }
        }
        return 160;
    }

    static Optional<String> readFile(String path) {
        try {
            return Optional.of(Files.readString(Path.of(path), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
