package dev.vastlaunch;

import dev.vastlaunch.app.State;
import dev.vastlaunch.app.Status;
import dev.vastlaunch.cli.ExitCode;
import dev.vastlaunch.cli.GlobalOptions;
import dev.vastlaunch.config.Environment;
import dev.vastlaunch.config.StateDir;
import dev.vastlaunch.shell.JLineCommandBar;
import dev.vastlaunch.shell.ShellRepl;
import dev.vastlaunch.term.TerminalOwner;
import dev.vastlaunch.tui.TuiApp;
import dev.vastlaunch.tui.TuiOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

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
        StateDir stateDir = StateDir.of(env);
        stateDir.create().ifPresent(problem -> err.println("warning: " + problem));
        // The server side (simulator, HTTP client, a warm-up call) starts while the terminal is being set up.
        CompletableFuture<Backend> pending = CompletableFuture.supplyAsync(() -> connect(g, env, err));
        Throwable failure = null;
        int code = ExitCode.FAILURE;
        State last = null;
        try (TerminalOwner owner = TerminalOwner.open()) {
            Backend backend = null;
            try {
                backend = pending.join();
            } catch (CompletionException e) {
                failure = e.getCause();
            }
            if (backend != null) {
                try (Backend connected = backend) {
                    Ended ended = runOn(owner, connected, g, env, stateDir);
                    code = ended.code();
                    last = ended.last();
                }
            }
        } catch (IOException e) {
            var unused = pending.thenAccept(Backend::close);
            err.println("vastlaunch: cannot open the terminal (" + e.getMessage() + "); use the one-shot commands.");
            return ExitCode.USAGE;
        }
        if (failure != null) {
            return report(failure, err);
        }
        if (last != null) {
            AfterExit.report(last, err);
        }
        return code;
    }

    private static Backend connect(GlobalOptions g, Environment env, PrintStream err) {
        try {
            Backend backend = Backend.connect(g, env, err);
            Thread warmUp = new Thread(() -> backend.ports().offers().gpuNames(), "vastlaunch-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
            return backend;
        } catch (Backend.UsageException e) {
            throw new CompletionException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int report(@Nullable Throwable cause, PrintStream err) {
        if (cause instanceof Backend.UsageException) {
            err.println("error: " + cause.getMessage());
            return ExitCode.USAGE;
        }
        err.println("error: cannot start: " + (cause == null ? "unknown" : cause.getMessage()));
        return ExitCode.FAILURE;
    }

    /** Returns how the screens or the shell ended: the exit code, and the screens' last state (null for the shell). */
    private record Ended(int code, @Nullable State last) {}

    private static Ended runOn(
            TerminalOwner owner, Backend backend, GlobalOptions g, Environment env, StateDir stateDir) {
        Path history = stateDir.history();
        boolean shell = !g.words().isEmpty() && g.words().get(0).equals("shell");
        State start = State.initial(backend.demo()).withStatus(Status.info(backend.description()));
        State initial = start.withTemplates(start.templates().withRecent(stateDir.recentTemplates()));
        TuiOptions options = TuiOptions.from(g.noColor() || backend.colorOff(), env.variables());
        JLineCommandBar bar = new JLineCommandBar(owner, history);
        TerminalOutside outside = new TerminalOutside(owner);
        if (shell) {
            int code = ShellRepl.run(
                    owner,
                    initial,
                    backend.ports(),
                    state -> TuiApp.run(owner, state, backend.ports(), bar, options, outside),
                    history,
                    SystemProgram::run);
            return new Ended(code, null);
        }
        State last = TuiApp.run(owner, initial, backend.ports(), bar, options, outside);
        return new Ended(ExitCode.OK, last);
    }
}
