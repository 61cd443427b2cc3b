package dev.vastlaunch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.app.InstancesState;
import dev.vastlaunch.app.LaunchPhase;
import dev.vastlaunch.app.LaunchState;
import dev.vastlaunch.app.State;
import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the restored terminal is told when the screens close after a launch. */
class AfterExitTest {
    private static final Instance RUNNING = Fixtures.instance(42, "running");

    private static String report(State last) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AfterExit.report(last, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static State launched() {
        LaunchState running = new LaunchState(LaunchPhase.RUNNING, null, 42L, RUNNING, "", false, 0);
        InstancesState here = InstancesState.initial().loaded(List.of(RUNNING)).launched(42);
        return State.initial(true).withLaunch(running).withInstances(here);
    }

    @Test
    void aRunningLaunchLeavesItsSshLineAndTheCostOfKeepingIt() {
        assertThat(report(launched()))
                .contains("instance 42 is running: ssh")
                .contains("Still running from this session: 42");
    }

    @Test
    void anInstanceDestroyedSinceIsNotSaidToRun() {
        State destroyed = launched();
        destroyed =
                destroyed.withInstances(destroyed.instances().loaded(List.of()).forget(42));
        assertThat(report(destroyed)).isEmpty();
    }
}
