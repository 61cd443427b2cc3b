package dev.vastlaunch;

import dev.vastlaunch.app.LaunchPhase;
import dev.vastlaunch.app.LaunchState;
import dev.vastlaunch.app.LaunchWords;
import dev.vastlaunch.app.State;
import dev.vastlaunch.launch.Instance;
import java.io.PrintStream;

/** Prints, on the restored terminal, what the user must not lose when the screens close: the ssh line or a warning. */
final class AfterExit {
    private AfterExit() {}

    static void report(State last, PrintStream err) {
        LaunchState l = last.launch();
        Instance instance = l.instance();
        if (l.phase() == LaunchPhase.RUNNING && instance != null) {
            instance.sshTarget()
                    .ifPresent(t -> err.println(
                            "instance " + instance.id() + " is running: " + t.command() + "   (" + t.url() + ")"));
        } else if (l.inFlight()) {
            err.println("warning: you left while a launch was in progress"
                    + (l.instanceId() == null
                            ? "; it may or may not have been created"
                            : " (instance " + l.instanceId() + ")")
                    + ". Check: vastlaunch show instances");
        } else if (l.phase() == LaunchPhase.UNKNOWN) {
            err.println("warning: the last launch may have created an instance. Check: vastlaunch show instances");
        }
        LaunchWords.stillRunning(last).ifPresent(err::println);
    }
}
