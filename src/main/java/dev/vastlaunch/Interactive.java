package dev.vastlaunch;

import dev.vastlaunch.app.Ports;
import dev.vastlaunch.app.State;
import dev.vastlaunch.app.Status;
import dev.vastlaunch.cli.ExitCode;
import dev.vastlaunch.cli.GlobalOptions;
import dev.vastlaunch.config.Environment;
import dev.vastlaunch.config.StateDir;
import dev.vastlaunch.shell.JLineCommandBar;
import dev.vastlaunch.shell.ShellRepl;
import dev.vastlaunch.term.ExitSignal;
import dev.vastlaunch.term.TerminalOwner;
import dev.vastlaunch.tui.TuiApp;
import dev.vastlaunch.tui.TuiOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Starts the screens or the shell on the one terminal, and restores it on every way out. */
final class Interactive {
    private Interactive() {}

    /** How long the training run waits for the first search before it quits anyway (it records its start-up cache). */
    private static final long TRAINING_MAX_MILLIS = 10_000;

    static int run(GlobalOptions g, Environment env, PrintStream err) {
        return run(g, env, err, false);
    }

    /**
     * Runs the screens or the shell; {@code training} (the launcher's cache-recording run) builds the line-editing
     * terminal once the first search has answered, then types a user's first keys and quits ({@link Training#walk}),
     * so the cache holds the real start's path and what those keys run.
     */
    static int run(GlobalOptions g, Environment env, PrintStream err, boolean training) {
        Optional<String> why = TerminalOwner.unavailableReason();
        if (why.isPresent()) {
            err.println("vastlaunch: the screens need a terminal, but " + why.get() + ".");
            err.println("Use the one-shot commands instead, e.g. vastlaunch search offers 'num_gpus=1' -o dph"
                    + " (vastlaunch help lists them).");
            return ExitCode.USAGE;
        }
        // stty and infocmp run while the JVM plans the backend and loads the screens' classes.
        TerminalOwner.Prefetch tty = TerminalOwner.prefetch();
        Backend.Plan plan;
        try {
            plan = Backend.plan(g, env, err);
        } catch (Backend.UsageException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.USAGE;
        }
        StateDir stateDir = StateDir.of(env);
        stateDir.create().ifPresent(problem -> err.println("warning: " + problem));
        // The server side (simulator, HTTP client) starts while the screens open: they draw at once and the offer
        // rows fill in when the first search answers.
        Ended ended;
        Throwable failure;
        try (StartingBackend backend = StartingBackend.start(plan);
                TerminalOwner owner = TerminalOwner.open(tty)) {
            ended = runOn(owner, plan, backend, g, env, stateDir, training);
            failure = backend.failedSoFar();
        } catch (IOException e) {
            err.println("vastlaunch: cannot open the terminal (" + e.getMessage() + "); use the one-shot commands.");
            return ExitCode.USAGE;
        }
        plan.later().forEach(w -> err.println("warning: " + w));
        if (failure != null) {
            return report(failure, err);
        }
        State last = ended.last();
        if (last != null) {
            AfterExit.report(last, err);
        }
        return ended.code();
    }

    private static int report(Throwable cause, PrintStream err) {
        if (cause instanceof Backend.UsageException) {
            err.println("error: " + cause.getMessage());
            return ExitCode.USAGE;
        }
        err.println("error: cannot start: " + cause.getMessage());
        return ExitCode.FAILURE;
    }

    /** Returns how the screens or the shell ended: the exit code, and the screens' last state (null for the shell). */
    private record Ended(int code, @Nullable State last) {}

    private static Ended runOn(
            TerminalOwner owner,
            Backend.Plan plan,
            StartingBackend backend,
            GlobalOptions g,
            Environment env,
            StateDir stateDir,
            boolean training) {
        Ports ports = backend.ports();
        Path history = stateDir.history();
        boolean shell = !g.words().isEmpty() && g.words().get(0).equals("shell");
        State start = State.initial(plan.demo()).withStatus(Status.info(plan.description()));
        List<String> warnings = new ArrayList<>();
        State initial = start.withTemplates(
                start.templates().withRecent(stateDir.recentTemplates(warnings), stateDir.recentImages()));
        if (!warnings.isEmpty()) {
            initial = initial.withStatus(Status.warning(warnings.get(0)));
            plan.later().addAll(warnings);
        }
        TuiOptions options = TuiOptions.from(g.noColor() || plan.colorOff(), env.variables());
        JLineCommandBar bar = new JLineCommandBar(owner, history);
        TerminalOutside outside = new TerminalOutside(owner);
        if (shell) {
            backend.release();
            int code = ShellRepl.run(
                    owner,
                    initial,
                    ports,
                    state -> TuiApp.run(owner, state, ports, bar, options.openedFromShell(), outside),
                    history,
                    SystemProgram::run);
            return new Ended(code, null);
        }
        // After the first frame the backend starts; once the first search answered, the : bar's terminal is built in
        // the background (built at once it took a core from the first rows: 1,566 ms median, held back 1,454).
        Runnable settled = training
                ? () -> {
                    var unused = owner.jline();
                    Training.walk(owner::type);
                }
                : owner::prepareLineEditing;
        State last = TuiApp.run(
                owner,
                initial,
                ports,
                bar,
                options,
                outside,
                backend::release,
                settled,
                training ? TRAINING_MAX_MILLIS : TuiApp.SETTLE_MAX_MILLIS);
        // Ctrl-C (or SIGINT) ends with 130 even when a launch was in flight: the caller must not read it as success.
        return new Ended(owner.interrupted() ? ExitSignal.INT.exitCode() : ExitCode.OK, last);
    }
}
