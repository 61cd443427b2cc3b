package dev.vastlaunch;

import dev.vastlaunch.app.LaunchPhase;
import dev.vastlaunch.app.LaunchState;
import dev.vastlaunch.app.LaunchWords;
import dev.vastlaunch.app.State;
import dev.vastlaunch.command.Tables;
import dev.vastlaunch.launch.Instance;
import java.io.PrintStream;

/** Prints, on the restored terminal, what the user must not lose when the screens close: the ssh line or a warning. */
final class AfterExit {
    private AfterExit() {}

    /** Prints the lines of {@code last} to {@code stderr}, sanitized. */
    static void report(State last, PrintStream stderr) {
        report(last, (String line) -> stderr.println(Tables.sanitizeLines(line)));
    }

    private static void report(State last, java.util.function.Consumer<String> err) {
        LaunchState l = last.launch();
        Instance instance = l.instance();
        // Destroyed since (the Instances screen forgets it): no "is running" line for an instance that is gone.
        if (l.phase() == LaunchPhase.RUNNING
                && instance != null
                && last.instances().launchedHere().contains(instance.id())) {
            instance.sshTarget()
                    .ifPresent(t -> err.accept(
                            "instance " + instance.id() + " is running: " + t.command() + "   (" + t.url() + ")"));
        } else if (l.inFlight()) {
            err.accept("warning: you left while a launch was in progress"
                    + (l.instanceId() == null
                            ? "; it may or may not have been created"
                            : " (instance " + l.instanceId() + ")")
                    + ". Check: vastlaunch show instances");
        } else if (l.phase() == LaunchPhase.UNKNOWN) {
            err.accept("warning: the last launch may have created an instance. Check: vastlaunch show instances");
        }
        LaunchWords.stillRunning(last).ifPresent(err);
    }
}
