package dev.vastlaunch.tui;

import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.State;
import dev.vastlaunch.app.Status;
import dev.vastlaunch.launch.LaunchDraft;
import dev.vastlaunch.launch.LaunchMode;
import dev.vastlaunch.launch.LaunchOption;
import dev.vastlaunch.launch.OfferFacts;
import dev.vastlaunch.launch.Secrets;
import dev.vastlaunch.offers.OfferType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Returns one row of the options form: its label, the draft field its problems are reported under, how it is shown
 * and edited, and the action its new value becomes.
 *
 * @param problemField the {@code Problem.field} shown next to this row
 * @param raw the text a text field starts editing with (the shown value for flags and choices)
 */
record OptionField(
        String label,
        String problemField,
        Kind kind,
        Function<LaunchDraft, String> show,
        Function<LaunchDraft, String> raw,
        List<String> choices,
        BiConsumer<Ui, String> apply,
        Predicate<State> visible) {

    /** Lists how a row is edited. */
    enum Kind {
        TEXT,
        FLAG,
        CHOICE
    }

    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final List<String> MODES = List.of("template/default", "ssh", "jupyter", "args");
    private static final List<String> STATES = List.of("default", "running", "stopped");

    /** Returns the value after {@code current} among the choices (or the flag flipped). */
    String next(String current, int step) {
        if (kind == Kind.FLAG) {
            return current.equals("on") ? "off" : "on";
        }
        int i = choices.indexOf(current);
        return choices.get(Math.floorMod(i + step, choices.size()));
    }

    /** Returns every row of the form, in order. */
    static List<OptionField> all(boolean reveal) {
        return List.of(
                text("Disk GB", "disk", OptionField::disk, d -> num(d.diskGb()), OptionField::setDisk),
                text(
                        "Label",
                        "label",
                        d -> str(d.label()),
                        d -> str(d.label()),
                        (ui, v) -> ui.dispatch(new Action.SetLabel(v))),
                choice(
                        "Launch mode",
                        "runtype",
                        MODES,
                        OptionField::mode,
                        (ui, v) -> ui.dispatch(new Action.SetMode(
                                parseMode(v), ui.state().editor().draft().direct()))),
                new OptionField(
                        "Direct ports",
                        "runtype",
                        Kind.FLAG,
                        d -> d.direct() ? "on" : "off",
                        d -> d.direct() ? "on" : "off",
                        List.of("off", "on"),
                        (ui, v) -> ui.dispatch(
                                new Action.SetMode(ui.state().editor().draft().mode(), v.equals("on"))),
                        s -> true),
                text(
                        "Onstart script",
                        "onstart",
                        d -> oneLine(d.onstart()),
                        d -> str(d.onstart()),
                        (ui, v) -> ui.dispatch(new Action.SetOnstart(v))),
                text(
                        "Args",
                        "args",
                        d -> String.join(" ", d.args()),
                        d -> String.join(" ", d.args()),
                        (ui, v) -> ui.dispatch(
                                new Action.SetArgs(v.isBlank() ? List.of() : Arrays.asList(WORDS.split(v.strip()))))),
                text(
                        LaunchOption.IMAGE_LOGIN.label(),
                        LaunchOption.IMAGE_LOGIN.wire(),
                        d -> login(d.imageLogin(), reveal),
                        d -> str(d.imageLogin()),
                        (ui, v) -> ui.dispatch(new Action.SetText(LaunchOption.IMAGE_LOGIN, v))),
                text(LaunchOption.JUPYTER_DIR),
                flag(LaunchOption.JUPYTER_LAB),
                flag(LaunchOption.PYTHON_UTF8),
                flag(LaunchOption.LANG_UTF8),
                flag(LaunchOption.CANCEL_UNAVAIL),
                choice(
                        LaunchOption.TARGET_STATE.label(),
                        LaunchOption.TARGET_STATE.wire(),
                        STATES,
                        d -> d.targetState() == null ? "default" : d.targetState(),
                        (ui, v) -> ui.dispatch(
                                new Action.SetText(LaunchOption.TARGET_STATE, v.equals("default") ? null : v))),
                new OptionField(
                        "Bid $/h (interruptible)",
                        "price",
                        Kind.TEXT,
                        OptionField::bid,
                        d -> num(d.price()),
                        List.of(),
                        OptionField::setBid,
                        OptionField::interruptible));
    }

    private static OptionField text(
            String label,
            String field,
            Function<LaunchDraft, String> show,
            Function<LaunchDraft, String> raw,
            BiConsumer<Ui, String> apply) {
        return new OptionField(label, field, Kind.TEXT, show, raw, List.of(), apply, s -> true);
    }

    /** Returns the field of a text option of the options table. */
    private static OptionField text(LaunchOption option) {
        return text(
                option.label(),
                option.wire(),
                d -> str(option.text(d)),
                d -> str(option.text(d)),
                (ui, v) -> ui.dispatch(new Action.SetText(option, v)));
    }

    /** Returns the field of a switch of the options table. */
    private static OptionField flag(LaunchOption option) {
        Function<LaunchDraft, String> show = d -> option.isOn(d) ? "on" : "off";
        return new OptionField(
                option.label(),
                option.wire(),
                Kind.FLAG,
                show,
                show,
                List.of("off", "on"),
                (ui, v) -> ui.dispatch(new Action.SetFlag(option, v.equals("on"))),
                s -> true);
    }

    private static OptionField choice(
            String label,
            String field,
            List<String> choices,
            Function<LaunchDraft, String> show,
            BiConsumer<Ui, String> apply) {
        return new OptionField(label, field, Kind.CHOICE, show, show, choices, apply, s -> true);
    }

    private static boolean interruptible(State s) {
        OfferFacts offer = s.editor().draft().offer();
        return (offer != null && offer.interruptible())
                || s.offers().type() == OfferType.INTERRUPTIBLE
                || s.editor().draft().price() != null;
    }

    private static String disk(LaunchDraft d) {
        if (d.diskGb() != null) {
            return Text.number(d.diskGb()) + " GB";
        }
        boolean template = d.template() != null && d.template().recommendedDiskGb() > 0;
        return Text.number(d.effectiveDiskGb()) + " GB (" + (template ? "template's" : "default") + ")";
    }

    private static String bid(LaunchDraft d) {
        OfferFacts offer = d.offer();
        String min =
                offer != null && offer.minBid() != null ? "  (offer's minimum " + Text.money(offer.minBid()) + ")" : "";
        return (d.price() == null ? "none: on-demand" : Text.money(d.price()) + "/h") + min;
    }

    private static String mode(LaunchDraft d) {
        LaunchMode m = d.mode();
        return m == null ? "template/default" : m.name().toLowerCase(Locale.ROOT);
    }

    private static @Nullable LaunchMode parseMode(String v) {
        return switch (v) {
            case "ssh" -> LaunchMode.SSH;
            case "jupyter" -> LaunchMode.JUPYTER;
            case "args" -> LaunchMode.ARGS;
            default -> null;
        };
    }

    private static void setDisk(Ui ui, String v) {
        Double gb = number(ui, "disk", v);
        if (gb != null || v.isBlank()) {
            ui.dispatch(new Action.SetDisk(gb));
        }
    }

    private static void setBid(Ui ui, String v) {
        Double price = number(ui, "bid", v);
        if (price != null || v.isBlank()) {
            ui.dispatch(new Action.SetBid(price));
        }
    }

    private static @Nullable Double number(Ui ui, String what, String v) {
        if (v.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(v.strip().replace("$", ""));
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        ui.status(Status.error(what + ": '" + v + "' is not a number"));
        return null;
    }

    private static String str(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static String num(@Nullable Double d) {
        return d == null ? "" : Text.number(d);
    }

    private static String oneLine(@Nullable String s) {
        return s == null ? "" : s.strip().replace("\n", " ⏎ ");
    }

    private static String login(@Nullable String s, boolean reveal) {
        return s == null ? "" : reveal ? s : Secrets.maskLogin(s, "********");
    }
}
