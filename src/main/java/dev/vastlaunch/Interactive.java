package dev.vastlaunch;

import dev.vastlaunch.app.State;
import dev.vastlaunch.app.Status;
import dev.vastlaunch.cli.ExitCode;
import dev.vastlaunch.cli.GlobalOptions;
import dev.vastlaunch.config.Environment;
import dev.vastlaunch.shell.JLineCommandBar;
import dev.vastlaunch.shell.ShellRepl;
import dev.vastlaunch.term.TerminalOwner;
import dev.vastlaunch.tui.TuiApp;
import dev.vastlaunch.tui.TuiOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Starts the screens or the shell on the one terminal, and restores it on every way out. */
final class Interactive {
    private Interactive() {}

    static int run(GlobalOptions g, Environment env, PrintStream err) {
        Optional<String> why = TerminalOwner.unavailableReason();
        if (why.isPresent()) {
            err.println("vastlaunch: the screens need a terminal, but " + why.get() + ".");
            err.println("Use the one-shot commands instead, e.g. vastlaunch search offers 'num_gpus=1' -o dph"
                    + " (vastlaunch help lists them).");
            return ExitCode.USAGE;
        }
        Path stateDir = env.stateHome().resolve("vastlaunch");
        try {
            Files.createDirectories(stateDir);
        } catch (IOException e) {
            err.println("warning: cannot create " + stateDir + ": " + e.getMessage());
        }
        Path history = stateDir.resolve("history");
        boolean shell = !g.words().isEmpty() && g.words().get(0).equals("shell");
        try (Backend backend = Backend.connect(g, env, err);
                TerminalOwner owner = TerminalOwner.open()) {
            State initial = State.initial(backend.demo()).withStatus(Status.info(backend.description()));
            TuiOptions options = TuiOptions.from(g.noColor(), env.variables());
            JLineCommandBar bar = new JLineCommandBar(owner, history);
            if (shell) {
                return ShellRepl.run(
                        owner,
                        initial,
                        backend.ports(),
                        state -> TuiApp.run(owner, state, backend.ports(), bar, options),
                        history);
            }
            TuiApp.run(owner, initial, backend.ports(), bar, options);
            return ExitCode.OK;
        } catch (Backend.UsageException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException e) {
            err.println("vastlaunch: cannot open the terminal (" + e.getMessage() + "); use the one-shot commands.");
            return ExitCode.USAGE;
        }
    }
}
