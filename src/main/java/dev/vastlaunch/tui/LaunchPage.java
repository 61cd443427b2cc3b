package dev.vastlaunch.tui;

import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.LaunchPhase;
import dev.vastlaunch.app.LaunchState;
import dev.vastlaunch.app.Pricing;
import dev.vastlaunch.app.Screen;
import dev.vastlaunch.app.SshRequest;
import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.SshTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Draws the launch in progress: phase, messages, polling, and the ssh command in large clear text once running. */
final class LaunchPage implements Page {
    private static final String UNKNOWN_HELP = "The request may have reached the server, so vastlaunch will not send it"
            + " again by itself (that could rent two machines). Check your instances with ':show instances' or the"
            + " web console before launching again.";

    private final List<KeyBinding> bindings = keys();

    @Override
    public List<KeyBinding> bindings() {
        return bindings;
    }

    private static List<KeyBinding> keys() {
        List<KeyBinding> t = new ArrayList<>();
        t.add(KeyBinding.of(
                        Key.ch('n'),
                        "next offer",
                        "the offer was taken: pick the next best and confirm again",
                        ui -> ui.dispatch(new Action.UseNextOffer()))
                .when(ui -> {
                    LaunchState l = ui.state().launch();
                    return l.phase() == LaunchPhase.REJECTED && l.offerGone()
                            ? null
                            : "only after the server said the offer was taken";
                }));
        t.add(KeyBinding.of(
                        Key.ch('s'),
                        "ssh in",
                        "ssh into the running instance (the screens come back when you leave)",
                        ui -> running(ui).ifPresent(i -> ui.requestSsh(SshRequest.of(i.id(), false))))
                .when(LaunchPage::notRunning));
        t.add(KeyBinding.of(
                        Key.ch('e'),
                        "ssh, destroy after",
                        "ssh in, and when you leave ask to destroy the instance (Destroy first)",
                        ui -> running(ui).ifPresent(i -> ui.requestSsh(SshRequest.of(i.id(), true))))
                .when(LaunchPage::notRunning));
        t.add(KeyBinding.of(
                        Key.ch('y'),
                        "copy ssh",
                        "copy the ssh line to the clipboard (OSC 52, works over ssh)",
                        ui -> running(ui).flatMap(Instance::sshTarget).ifPresent(x -> ui.copy(x.command())))
                .when(LaunchPage::notRunning));
        t.add(KeyBinding.of(
                        Key.ch('o'), "offers", "back to the offers", ui -> ui.dispatch(new Action.Go(Screen.OFFERS)))
                .hidden());
        return List.copyOf(t);
    }

    private static Optional<Instance> running(Ui ui) {
        LaunchState l = ui.state().launch();
        return l.phase() == LaunchPhase.RUNNING ? Optional.ofNullable(l.instance()) : Optional.empty();
    }

    private static @Nullable String notRunning(Ui ui) {
        return running(ui).flatMap(Instance::sshTarget).isPresent() ? null : "only once the instance runs";
    }

    @Override
    public void draw(Painter p, Ui ui, int top, int height) {
        LaunchState l = ui.state().launch();
        int w = p.columns() - 2;
        int row = top;
        String phase = "Phase: " + l.phase() + (l.instanceId() == null ? "" : "   instance " + l.instanceId())
                + (l.polls() > 0 ? "   checks: " + l.polls() : "");
        p.text(1, row++, phase, Style.BOLD);
        row++;
        Style tone = switch (l.phase()) {
            case REJECTED, FAILED, UNKNOWN -> Style.ERROR;
            case RUNNING -> Style.OK;
            default -> Style.NORMAL;
        };
        List<String> lines = new ArrayList<>();
        lines.add(
                l.phase() == LaunchPhase.EDITING && l.message().isEmpty()
                        ? "Nothing launched yet. Press l to review the launch and confirm it."
                        : l.message());
        if (l.phase() == LaunchPhase.UNKNOWN) {
            lines.add(UNKNOWN_HELP);
        }
        if (l.phase() == LaunchPhase.REJECTED && l.offerGone()) {
            lines.add("Press n to launch the next best matching offer (you confirm again; default Cancel).");
        }
        for (String line : lines) {
            for (String part : Text.wrap(line, w, 2)) {
                p.text(1, row++, part, tone);
            }
        }
        Instance inst = l.instance();
        if (inst != null && l.phase() == LaunchPhase.RUNNING) {
            running(p, inst, row + 1, top + height);
        } else if (inst != null) {
            p.text(
                    1,
                    row + 1,
                    "status: " + (inst.actualStatus() == null ? "provisioning" : inst.actualStatus())
                            + (inst.statusMessage() == null ? "" : " · " + inst.statusMessage()),
                    Style.NORMAL);
        }
    }

    private static void running(Painter p, Instance inst, int row, int end) {
        Optional<SshTarget> ssh = inst.sshTarget();
        String cmd = ssh.map(SshTarget::command).orElse("(no ssh port reported yet)");
        int width = Math.min(p.columns() - 2, Math.max(cmd.length() + 6, 40));
        String rule = "+" + "-".repeat(width - 2) + "+";
        int r = row;
        p.text(1, r++, "Instance " + inst.id() + " is RUNNING. Connect with:", Style.BOLD);
        p.text(1, r++, rule, Style.NORMAL);
        p.text(1, r++, "|" + " ".repeat(width - 2) + "|", Style.NORMAL);
        p.text(1, r, "|", Style.NORMAL);
        p.text(4, r, cmd, Style.OK);
        p.text(width, r++, "|", Style.NORMAL);
        p.text(1, r++, "|" + " ".repeat(width - 2) + "|", Style.NORMAL);
        p.text(1, r++, rule, Style.NORMAL);
        if (ssh.isPresent() && r < end) {
            p.text(
                    1,
                    r++,
                    ssh.get().direct() ? "direct port on " + ssh.get().host() : "through Vast's ssh proxy",
                    Style.NORMAL);
        }
        if (r < end) {
            p.text(
                    1,
                    r++,
                    Text.fit(
                            inst.numGpus() + "x " + Text.clean(inst.gpuName()) + " · "
                                    + Text.money(Pricing.perHourNow(inst)) + "/h · " + Text.clean(inst.image()),
                            p.columns() - 2),
                    Style.NORMAL);
        }
        List<String> more = new ArrayList<>();
        inst.jupyterUrl().ifPresent(u -> more.add("jupyter: " + Text.clean(u)));
        List<String> ports = inst.portLines();
        if (!ports.isEmpty()) {
            more.add("ports:   " + Text.clean(String.join("  ", ports)));
        }
        more.add("s ssh in · e ssh in, destroy when you leave · y copy · 7 Instances (stop paying there)");
        for (String line : more) {
            for (String part : Text.wrap(line, p.columns() - 2, 9)) {
                if (r >= end) {
                    return;
                }
                p.text(1, r++, part, Style.NORMAL);
            }
        }
    }
}
