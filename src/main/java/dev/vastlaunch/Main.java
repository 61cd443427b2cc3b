package dev.vastlaunch;

import dev.vastlaunch.cli.Cli;
import dev.vastlaunch.cli.ExitCode;
import dev.vastlaunch.cli.GlobalOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
        Cli cli = new Cli(out, err, Main::readFile, null);
        if (g.dryRun() || Cli.knows(g.words())) {
            return cli.run(g);
        }
        err.println("unknown command: " + String.join(" ", g.words()));
        return ExitCode.USAGE;
    }

    private static Optional<String> readFile(String path) {
        try {
            return Optional.of(Files.readString(Path.of(path), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
