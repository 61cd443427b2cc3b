package dev.vastlaunch;

import dev.vastlaunch.cli.ExitCode;
import dev.vastlaunch.cli.GlobalOptions;
import dev.vastlaunch.config.Environment;
import java.io.PrintStream;

/** Starts the screens or the shell on the terminal. */
final class Interactive {
    private Interactive() {}

    static int run(GlobalOptions g, Environment env, PrintStream err) {
        err.println("the screens and the shell are not wired yet; use the one-shot commands (vastlaunch help)");
        return ExitCode.USAGE;
    }
}
