package dev.vastlaunch.tui;

import com.googlecode.lanterna.input.KeyType;
import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.InstanceChange;
import dev.vastlaunch.app.InstancesState;
import dev.vastlaunch.app.Pricing;
import dev.vastlaunch.app.Screen;
import dev.vastlaunch.app.SshRequest;
import dev.vastlaunch.launch.Account;
import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.SshTarget;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Draws screen 7, the user's instances: credit and $/h now in the header, one row per instance (status, GPU, $/h,
 * age, spend so far, label, ssh), details of the highlighted one on Enter, and one key per action.
 */
final class InstancesPage implements Page {
    /** The lines of log {@code L} fetches. */
    static final int LOG_TAIL = 200;

    private final Cursor cursor = new Cursor();
    private final Set<Long> marked = new LinkedHashSet<>();
    private final List<KeyBinding> bindings = keys();
    private boolean details;

    @Override
    public List<KeyBinding> bindings() {
        return bindings;
    }

    private static List<Instance> list(Ui ui) {
        return ui.state().instances().list();
    }

    /** Returns the highlighted instance, if any. */
    Optional<Instance> selected(Ui ui) {
        List<Instance> all = list(ui);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(cursor.index(all.size())));
    }

    /** Returns the marked instances still listed, or the highlighted one when none is marked. */
    private List<Instance> targets(Ui ui) {
        List<Instance> chosen =
                list(ui).stream().filter(i -> marked.contains(i.id())).toList();
        return chosen.isEmpty() ? selected(ui).map(List::of).orElse(List.of()) : chosen;
    }

    private @Nullable String none(Ui ui) {
        return list(ui).isEmpty() ? "no instances listed" : null;
    }

    private @Nullable String notRunning(Ui ui) {
        Optional<Instance> i = selected(ui);
        if (i.isEmpty()) {
            return "no instances listed";
        }
        if (!i.get().isRunning()) {
            return "instance " + i.get().id() + " is " + status(i.get()) + "; its ssh line is not final yet";
        }
        return i.get().sshTarget().isEmpty() ? "instance " + i.get().id() + " reports no ssh port yet" : null;
    }

    private @Nullable String stopped(Ui ui) {
        Optional<Instance> i = selected(ui);
        if (i.isEmpty()) {
            return "no instances listed";
        }
        return i.get().isStopped() ? "instance " + i.get().id() + " is stopped; S starts it" : null;
    }

    private List<KeyBinding> keys() {
        List<KeyBinding> t = new ArrayList<>();
        t.add(KeyBinding.of(
                        Key.of(KeyType.Enter, "Enter"),
                        "details",
                        "show or hide the highlighted instance's details",
                        ui -> details = !details)
                .when(this::none));
        t.add(KeyBinding.of(
                        Key.ch('s'),
                        "ssh",
                        "ssh into the highlighted instance (the screens come back after)",
                        ui -> selected(ui).ifPresent(i -> ui.requestSsh(SshRequest.of(i.id(), false))))
                .when(this::stopped));
        t.add(KeyBinding.of(
                        Key.ch('y'),
                        "copy ssh",
                        "copy the ssh line to the clipboard (OSC 52, works over ssh)",
                        ui -> selected(ui).flatMap(Instance::sshTarget).ifPresent(s -> ui.copy(s.command())))
                .when(this::notRunning));
        t.add(KeyBinding.of(
                        Key.ch('d'),
                        "destroy",
                        "destroy the marked or highlighted instances (asks; Cancel first)",
                        ui -> ui.askDestroy(ids(targets(ui)), false))
                .when(this::none));
        t.add(KeyBinding.of(
                        Key.ch('S'),
                        "stop/start",
                        "stop the marked or highlighted instances, or start them",
                        this::stopOrStart)
                .when(this::none));
        t.add(KeyBinding.of(
                        Key.ch('R'),
                        "reboot",
                        "restart the highlighted instance's container (disk kept)",
                        ui -> selected(ui)
                                .ifPresent(i ->
                                        ui.dispatch(new Action.ChangeInstance(i.id(), new InstanceChange.Reboot()))))
                .when(this::none)
                .hidden());
        t.add(KeyBinding.of(
                        Key.ch('L'),
                        "logs",
                        "show the last " + LOG_TAIL + " lines of the highlighted one's log",
                        this::logs)
                .when(this::none));
        t.add(KeyBinding.of(Key.ch('n'), "label", "set the highlighted instance's label", this::label)
                .when(this::none)
                .hidden());
        t.add(KeyBinding.of(
                        Key.ch(' '),
                        "mark",
                        "mark or unmark for destroy and stop",
                        ui -> selected(ui).ifPresent(i -> {
                            if (!marked.remove(i.id())) {
                                marked.add(i.id());
                            }
                            cursor.move(1, list(ui).size());
                        }))
                .when(this::none)
                .hidden());
        t.add(KeyBinding.of(
                Key.ch('r'),
                "refresh",
                "load the instances and the credit again",
                ui -> ui.dispatch(new Action.Go(Screen.INSTANCES))));
        t.add(KeyBinding.of(
                        Key.of(KeyType.Escape, "Esc"), "back", "close the details, or go back to the offers", ui -> {
                            if (details) {
                                details = false;
                            } else {
                                ui.cancelPendingSsh();
                                ui.dispatch(new Action.Go(Screen.OFFERS));
                            }
                        })
                .hidden());
        t.addAll(cursor.keys(ui -> list(ui).size()));
        return List.copyOf(t);
    }

    private static List<Long> ids(List<Instance> instances) {
        return instances.stream().map(Instance::id).toList();
    }

    private void stopOrStart(Ui ui) {
        List<Instance> chosen = targets(ui);
        boolean allStopped = chosen.stream().allMatch(Instance::isStopped);
        for (Instance i : chosen) {
            ui.dispatch(new Action.ChangeInstance(
                    i.id(), allStopped ? new InstanceChange.Start() : new InstanceChange.Stop()));
        }
        marked.clear();
    }

    private void logs(Ui ui) {
        selected(ui).ifPresent(i -> {
            ui.dispatch(new Action.LoadLogs(i.id(), LOG_TAIL));
            ui.show(new TextPanel("logs " + i.id(), (state, width) -> {
                InstancesState.Logs l = state.instances().logs();
                if (l == null || l.loading() || l.instanceId() != i.id()) {
                    return "Fetching the log…";
                }
                if (!l.ok()) {
                    return "error: " + Text.clean(l.text());
                }
                return l.text().isBlank() ? "(the log is empty)" : lines(l.text());
            }));
        });
    }

    /** Returns server text line by line, each line cleaned of control characters. */
    private static String lines(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            sb.append(Text.clean(line.replace('\t', ' '))).append('\n');
        }
        return sb.toString().stripTrailing();
    }

    private void label(Ui ui) {
        selected(ui)
                .ifPresent(i -> ui.ask(Prompt.ask(
                        "Label for instance " + i.id(),
                        i.label() == null ? "" : Text.clean(i.label()),
                        (u, text) -> u.dispatch(
                                new Action.ChangeInstance(i.id(), new InstanceChange.Label(text.strip()))))));
    }

    /** Forgets marks of instances that are gone. */
    private void prune(List<Instance> all) {
        marked.removeIf(id -> all.stream().noneMatch(i -> i.id() == id));
    }

    @Override
    public void draw(Painter p, Ui ui, int top, int height) {
        InstancesState s = ui.state().instances();
        List<Instance> all = s.list();
        prune(all);
        double now = ui.nowEpochSeconds();
        int w = p.columns();
        p.text(1, top, header(s), Style.BOLD);
        if (all.isEmpty()) {
            p.text(
                    1,
                    top + 2,
                    s.loading() || s.loads() == 0 ? "Loading your instances…" : "No instances.",
                    Style.NORMAL);
            if (s.error() != null) {
                p.text(1, top + 3, Text.fit("error: " + Text.clean(s.error()), w - 2), Style.ERROR);
            }
            return;
        }
        if (details) {
            selected(ui).ifPresent(i -> details(p, i, now, top + 2, top + height));
            return;
        }
        boolean wide = w >= 100;
        p.text(0, top + 2, row(wide, w, " ", "ID", "Status", "GPU", "$/h", "Up", "Spent", "Label", "SSH"), Style.BOLD);
        int rows = Math.max(1, height - 5);
        int first = cursor.scroll(rows, all.size());
        int current = cursor.index(all.size());
        for (int r = 0; r < rows && first + r < all.size(); r++) {
            Instance i = all.get(first + r);
            String line = row(
                    wide,
                    w,
                    marked.contains(i.id()) ? "*" : " ",
                    Long.toString(i.id()),
                    status(i),
                    i.numGpus() + "x " + Text.clean(i.gpuName()),
                    String.format(Locale.ROOT, "%.3f", Pricing.perHourNow(i)),
                    i.age(now),
                    String.format(Locale.ROOT, "%.2f", Pricing.spentSoFar(i, now)),
                    i.label() == null ? "-" : Text.clean(i.label()),
                    i.sshTarget().map(t -> Text.clean(t.command())).orElse("-"));
            p.text(0, top + 3 + r, line, first + r == current ? Style.REVERSE : Style.NORMAL);
        }
        Instance sel = all.get(current);
        String foot = sel.sshTarget()
                .map(t -> "ssh: " + Text.clean(t.command()) + (t.direct() ? " (direct)" : " (proxy)"))
                .orElse("instance " + sel.id() + ": " + status(sel) + messageOf(sel));
        p.text(1, top + height - 1, Text.fit(foot, w - 2), Style.NORMAL);
    }

    private static String header(InstancesState s) {
        Account a = s.account();
        long billed = s.list().stream().filter(i -> Pricing.perHourNow(i) > 0).count();
        return (a == null ? "credit …" : "credit $" + String.format(Locale.ROOT, "%.2f", a.credit()))
                + " · now $" + String.format(Locale.ROOT, "%.4f", s.perHourNow()) + "/h for " + billed
                + (billed == 1 ? " instance" : " instances") + (s.loading() ? " · refreshing…" : "");
    }

    private static String status(Instance i) {
        String st = i.actualStatus() == null ? "provisioning" : Text.clean(i.actualStatus());
        return i.isStopped() && !"stopped".equals(i.actualStatus()) ? st + "→stop" : st;
    }

    private static String messageOf(Instance i) {
        return i.statusMessage() == null || i.statusMessage().isBlank() ? "" : " · " + Text.clean(i.statusMessage());
    }

    private static String row(
            boolean wide,
            int width,
            String mark,
            String id,
            String status,
            String gpu,
            String dph,
            String up,
            String spent,
            String label,
            String ssh) {
        StringBuilder b = new StringBuilder();
        b.append(mark).append(Text.fit(id, 10)).append(Text.fit(status, 13)).append(Text.fit(gpu, 15));
        b.append(Text.right(dph, 7)).append(' ').append(Text.right(up, 7)).append(' ');
        b.append(Text.right(spent, 7)).append("  ");
        int rest = width - b.length();
        if (wide) {
            b.append(Text.fit(label, 12)).append(Text.fit(ssh, Math.max(0, rest - 12)));
        } else {
            b.append(Text.fit(label, Math.max(0, rest)));
        }
        return b.toString();
    }

    private static void details(Painter p, Instance i, double now, int row, int end) {
        List<String> lines = new ArrayList<>();
        lines.add("Instance " + i.id() + (i.label() == null ? "" : " \"" + Text.clean(i.label()) + "\"") + " — "
                + status(i) + messageOf(i));
        lines.add(i.numGpus() + "x " + Text.clean(i.gpuName()) + " · " + Text.clean(i.geolocation()) + " · $"
                + String.format(Locale.ROOT, "%.4f", Pricing.perHourNow(i)) + "/h now · up " + i.age(now) + " · ≈ $"
                + String.format(Locale.ROOT, "%.2f", Pricing.spentSoFar(i, now)) + " so far");
        Optional<SshTarget> ssh = i.sshTarget();
        lines.add("ssh:      "
                + ssh.map(t -> Text.clean(t.command()) + (t.direct() ? "  (direct)" : "  (proxy)"))
                        .orElse("(no ssh port yet)"));
        i.jupyterUrl().ifPresent(u -> lines.add("jupyter:  " + Text.clean(u)));
        lines.add("image:    " + Text.clean(i.image()));
        lines.add("template: " + (i.templateName() == null ? "-" : Text.clean(i.templateName())));
        lines.add("disk:     " + Text.number(i.diskSpaceGb()) + " GB");
        List<String> ports = i.portLines();
        lines.add("ports:    " + (ports.isEmpty() ? "(none mapped yet)" : ""));
        ports.forEach(port -> lines.add("  " + Text.clean(port)));
        lines.add("");
        lines.add("Esc back to the list · s ssh · y copy ssh · d destroy · S stop/start · L logs");
        int r = row;
        for (String line : lines) {
            if (r >= end) {
                break;
            }
            p.text(1, r++, Text.fit(line, p.columns() - 2), r == row + 1 ? Style.BOLD : Style.NORMAL);
        }
    }
}
