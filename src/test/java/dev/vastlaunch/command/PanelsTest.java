package dev.vastlaunch.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.InstancesState;
import dev.vastlaunch.app.State;
import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.testing.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PanelsTest {
    private static Instance hostile() {
        Instance i = Fixtures.instance(7, "running");
        return new Instance(
                i.id(),
                i.actualStatus(),
                i.intendedStatus(),
                i.statusMessage(),
                "\u001b]52;c;ZXZpbA==\u0007label",
                i.image(),
                i.runtype(),
                "ssh4.vast.ai\u001b[2J\u001b[31m",
                i.sshPort(),
                null,
                Map.of(),
                i.gpuName(),
                i.numGpus(),
                i.dphTotal(),
                i.diskSpaceGb(),
                i.startDate(),
                i.geolocation(),
                i.templateName(),
                i.jupyterToken(),
                i.storagePerHour());
    }

    @Test
    void theBarWaitsForAFreshAnswerThenShowsItWithoutTheServersControlCharacters() {
        State s = State.initial(false);
        InstancesState before = s.instances();
        ParseOutcome.Run sshUrl =
                new ParseOutcome.Run(List.of(new Action.ListInstances()), Report.SSH_URL, 7, List.of());
        assertThat(Panels.render(sshUrl, before, s, 80)).isEqualTo("Loading instances…");
        State loaded = s.withInstances(before.loaded(List.of(hostile())));
        String shown = Panels.render(sshUrl, before, loaded, 80);
        assertThat(shown)
                .contains("ssh://root@ssh4.vast.ai")
                .doesNotContain("\u001b")
                .doesNotContain("\u0007");
        ParseOutcome.Run list =
                new ParseOutcome.Run(List.of(new Action.ListInstances()), Report.INSTANCES, 0, List.of());
        assertThat(Panels.render(list, before, loaded, 80)).contains("7").doesNotContain("\u001b");
        assertThat(Panels.render(list, before, s.withInstances(before.failed("HTTP 500")), 80))
                .isEqualTo("error: HTTP 500");
    }

    @Test
    void instancesOpensTheScreenWithoutAPanelOverIt() {
        State s = State.initial(false);
        ParseOutcome o =
                CommandTable.standard().parse("instances", s, Entry.BAR).outcome();
        assertThat(o).isInstanceOf(ParseOutcome.Run.class);
        ParseOutcome.Run run = (ParseOutcome.Run) o;
        assertThat(run.actions()).containsExactly(new Action.Go(dev.vastlaunch.app.Screen.INSTANCES));
        assertThat(Panels.of("instances", run, s.instances())).isEmpty();
    }
}
