package dev.vastlaunch.command;

import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.BarPanel;
import dev.vastlaunch.app.InstancesState;
import dev.vastlaunch.app.Screen;
import dev.vastlaunch.app.State;
import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.PresetRead;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** Returns the panels the {@code :} bar shows over the screens: the same words the shell prints for a command. */
public final class Panels {
    private Panels() {}

    /**
     * Returns the panel of a parsed command whose output the screens do not show themselves, or empty; {@code before}
     * is the instances state before the command, so the panel waits for a fresh answer.
     */
    public static Optional<BarPanel> of(String title, ParseOutcome.Run run, InstancesState before) {
        if (run.actions().contains(new Action.Go(Screen.INSTANCES))) {
            return Optional.empty(); // the Instances screen shows the list itself
        }
        return switch (run.report()) {
            case INSTANCES, INSTANCE, SSH_URL, SCP_URL, CHANGE, USER, LOGS -> Optional.of(live(title, run, before));
            case PRESETS -> run.topic().isEmpty() ? Optional.empty() : Optional.of(preset(title, run.topic()));
            default -> Optional.empty();
        };
    }

    /** Returns a panel that shows preset {@code name}'s file once the presets are read. */
    private static BarPanel preset(String title, String name) {
        return new Shown(title, (state, width) -> {
            if (!state.library().presetsLoaded()) {
                return "Reading presets…";
            }
            for (PresetRead r : state.library().presets()) {
                if (r.name().equals(name)) {
                    return r instanceof PresetRead.Good g
                            ? LibraryText.lines(g.preset().text())
                            : "error: preset " + name + " cannot be used: " + ((PresetRead.Bad) r).reason();
                }
            }
            return "error: no preset named '" + name + "' (presets lists them)";
        });
    }

    /** Returns a panel that shows {@code text} as is. */
    public static BarPanel text(String title, String text) {
        return new Shown(title, (state, width) -> text);
    }

    private static BarPanel live(String title, ParseOutcome.Run run, InstancesState before) {
        return new Shown(title, (state, width) -> render(run, before, state, width));
    }

    /** A panel: its title and how its text follows the state. */
    private record Shown(String title, BiFunction<State, Integer, String> body) implements BarPanel {
        @Override
        public String render(State state, int width) {
            return body.apply(state, width);
        }
    }

    /** Returns the text of {@code run}'s report in {@code state}: a wait message until its answer arrived. */
    static String render(ParseOutcome.Run run, InstancesState before, State state, int width) {
        InstancesState now = state.instances();
        if (run.report() == Report.CHANGE) {
            List<InstancesState.Changed> answered = now.changesAfter(before.changes());
            if (answered.isEmpty()) {
                return "Asking the server…";
            }
            StringBuilder sb = new StringBuilder();
            for (InstancesState.Changed c : answered) {
                sb.append(c.ok() ? c.text() : "error: " + c.text()).append('\n');
            }
            return sb.toString().stripTrailing();
        }
        if (run.report() == Report.LOGS) {
            InstancesState.Logs logs = now.logs();
            if (logs == null || logs.loading() || logs.instanceId() != run.subject()) {
                return "Fetching the logs…";
            }
            return logs.ok() ? Tables.sanitizeLines(logs.text()).stripTrailing() : "error: " + logs.text();
        }
        if (run.report() == Report.USER) {
            if (now.account() == null || now.loads() == before.loads()) {
                return "Loading the account…";
            }
            return Render.user(now);
        }
        if (now.loads() == before.loads()) {
            return "Loading instances…";
        }
        if (now.error() != null) {
            return "error: " + now.error();
        }
        if (run.report() == Report.INSTANCES) {
            return Render.instances(state, width);
        }
        Optional<Instance> found = now.find(run.subject());
        if (found.isEmpty()) {
            return "error: no instance found with id " + run.subject();
        }
        if (run.report() == Report.INSTANCE) {
            return Tables.instances(List.of(found.get()), width).stripTrailing();
        }
        boolean scp = run.report() == Report.SCP_URL;
        return found.get()
                .sshTarget()
                .map(t -> scp ? Tables.cell(t.scpUrl()) : Tables.cell(t.url()) + "\n" + Tables.cell(t.command()))
                .orElse("error: ssh port not found (instance " + run.subject() + " is "
                        + Optional.ofNullable(found.get().actualStatus()).orElse("provisioning") + ")");
    }
}
