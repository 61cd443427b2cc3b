package dev.vastlaunch.tui;

import com.googlecode.lanterna.input.KeyType;
import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.BarPanel;
import dev.vastlaunch.app.InstanceChange;
import dev.vastlaunch.app.Pricing;
import dev.vastlaunch.app.State;
import dev.vastlaunch.app.Status;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/** Holds the key tables and drawing of the boxes over a screen: launch confirm, quit confirm, help and compare. */
final class Dialogs {
    private static final List<KeyBinding> CONFIRM = List.of(
            KeyBinding.of(
                    Key.of(KeyType.Enter, "Enter"),
                    "choose",
                    "do what the focused button says (Cancel first)",
                    ui -> ui.dispatch(ui.launchFocused() ? new Action.ConfirmLaunch() : new Action.CancelLaunch())),
            KeyBinding.of(
                            Key.ch('y'),
                            "launch",
                            "launch now: this starts billing",
                            ui -> ui.dispatch(new Action.ConfirmLaunch()))
                    .when(Ui::confirmTooSoon),
            KeyBinding.of(Key.ch('n'), "cancel", "do not launch", ui -> ui.dispatch(new Action.CancelLaunch())),
            KeyBinding.of(
                    Key.of(KeyType.Escape, "Esc"),
                    "cancel",
                    "do not launch",
                    ui -> ui.dispatch(new Action.CancelLaunch())),
            switchKey(KeyType.Tab, "Tab", ui -> ui.launchFocused(!ui.launchFocused())),
            switchKey(KeyType.ArrowLeft, "←", ui -> ui.launchFocused(!ui.launchFocused()))
                    .hidden(),
            switchKey(KeyType.ArrowRight, "→", ui -> ui.launchFocused(!ui.launchFocused()))
                    .hidden());

    private static final List<KeyBinding> QUIT = List.of(
            KeyBinding.of(
                    Key.of(KeyType.Enter, "Enter"), "choose", "do what the focused button says (Stay first)", ui -> {
                        if (ui.quitFocused()) {
                            ui.quitNow();
                        } else {
                            ui.overlay(Overlay.NONE);
                        }
                    }),
            KeyBinding.of(Key.ch('y'), "quit", "quit and lose the draft", Ui::quitNow),
            KeyBinding.of(Key.ch('n'), "stay", "keep working", ui -> ui.overlay(Overlay.NONE)),
            KeyBinding.of(Key.of(KeyType.Escape, "Esc"), "stay", "keep working", ui -> ui.overlay(Overlay.NONE)),
            switchKey(KeyType.Tab, "Tab", ui -> ui.quitFocused(!ui.quitFocused())),
            switchKey(KeyType.ArrowLeft, "←", ui -> ui.quitFocused(!ui.quitFocused()))
                    .hidden(),
            switchKey(KeyType.ArrowRight, "→", ui -> ui.quitFocused(!ui.quitFocused()))
                    .hidden());

    private static final List<KeyBinding> DESTROY = List.of(
            KeyBinding.of(Key.of(KeyType.Enter, "Enter"), "choose", "do what the focused button says", ui -> {
                String tooSoon = ui.destroyTooSoon();
                if (ui.destroyFocused() && tooSoon != null) {
                    // An Enter typed ahead (as the ssh session ended) must not delete a disk unread.
                    ui.status(Status.warning("Enter: " + tooSoon.replace("press y again", "press Enter again")));
                } else if (ui.destroyFocused()) {
                    destroy(ui);
                } else {
                    ui.overlay(Overlay.NONE);
                }
            }),
            KeyBinding.of(Key.ch('y'), "destroy", "destroy now: the disk is deleted", Dialogs::destroy)
                    .when(Ui::destroyTooSoon),
            KeyBinding.of(Key.ch('n'), "keep", "keep the instance", ui -> ui.overlay(Overlay.NONE)),
            KeyBinding.of(Key.of(KeyType.Escape, "Esc"), "keep", "keep the instance", ui -> ui.overlay(Overlay.NONE)),
            switchKey(KeyType.Tab, "Tab", ui -> ui.destroyFocused(!ui.destroyFocused())),
            switchKey(KeyType.ArrowLeft, "←", ui -> ui.destroyFocused(!ui.destroyFocused()))
                    .hidden(),
            switchKey(KeyType.ArrowRight, "→", ui -> ui.destroyFocused(!ui.destroyFocused()))
                    .hidden());

    private static final List<KeyBinding> HELP = List.of(
            close(Key.of(KeyType.Escape, "Esc")),
            close(Key.ch('?')).hidden(),
            close(Key.ch('q')).hidden(),
            KeyBinding.of(
                    Key.of(KeyType.ArrowDown, "↓"), "scroll", "scroll down", ui -> ui.helpScroll(ui.helpScroll() + 1)),
            KeyBinding.of(
                            Key.of(KeyType.ArrowUp, "↑"),
                            "scroll up",
                            "scroll up",
                            ui -> ui.helpScroll(ui.helpScroll() - 1))
                    .hidden(),
            KeyBinding.of(Key.ch('j'), "scroll", "scroll down", ui -> ui.helpScroll(ui.helpScroll() + 1))
                    .hidden(),
            KeyBinding.of(Key.ch('k'), "scroll up", "scroll up", ui -> ui.helpScroll(ui.helpScroll() - 1))
                    .hidden(),
            KeyBinding.of(
                            Key.of(KeyType.PageDown, "PgDn"),
                            "page",
                            "scroll a page down",
                            ui -> ui.helpScroll(ui.helpScroll() + 10))
                    .hidden(),
            KeyBinding.of(
                            Key.of(KeyType.PageUp, "PgUp"),
                            "page up",
                            "scroll a page up",
                            ui -> ui.helpScroll(ui.helpScroll() - 10))
                    .hidden(),
            KeyBinding.of(Key.of(KeyType.Home, "Home"), "top", "scroll to the top", ui -> ui.helpScroll(0))
                    .hidden(),
            KeyBinding.of(Key.ch('g'), "top", "scroll to the top", ui -> ui.helpScroll(0))
                    .hidden(),
            KeyBinding.of(Key.of(KeyType.End, "End"), "end", "scroll to the end", ui -> ui.helpScroll(Ui.SCROLL_END))
                    .hidden(),
            KeyBinding.of(Key.ch('G'), "end", "scroll to the end", ui -> ui.helpScroll(Ui.SCROLL_END))
                    .hidden());

    private static final List<KeyBinding> COMPARE = List.of(
            close(Key.of(KeyType.Escape, "Esc")),
            close(Key.ch('c')).hidden(),
            close(Key.ch('q')).hidden());

    /** The output panel of a bar command: Esc or q closes, the arrows scroll as in the help. */
    private static final List<KeyBinding> OUTPUT = outputKeys();

    private Dialogs() {}

    private static List<KeyBinding> outputKeys() {
        List<KeyBinding> keys = new ArrayList<>();
        keys.add(close(Key.of(KeyType.Escape, "Esc")));
        keys.add(close(Key.ch('q')).hidden());
        keys.add(close(Key.of(KeyType.Enter, "Enter")).hidden());
        keys.addAll(HELP.subList(3, HELP.size()));
        return List.copyOf(keys);
    }

    private static void output(Painter p, Ui ui, int top, int height) {
        BarPanel panel = ui.panel();
        if (panel == null) {
            return;
        }
        int width = p.columns();
        List<String> lines = new ArrayList<>();
        for (String line : panel.render(ui.state(), width - 4).split("\n", -1)) {
            lines.addAll(Text.wrap(line, width - 4, 2));
        }
        int rows = Math.min(height - 2, lines.size() + 1);
        int boxTop = top + Math.max(0, (height - rows - 2) / 2);
        box(p, 0, boxTop, width, rows + 2);
        p.text(2, boxTop, Text.fit(" :" + panel.title() + " — Esc closes ", width - 4), Style.BOLD);
        int first = Math.min(ui.helpScroll(), Math.max(0, lines.size() - rows));
        ui.helpScroll(first);
        for (int r = 0; r < rows && first + r < lines.size(); r++) {
            String line = lines.get(first + r);
            p.text(
                    2,
                    boxTop + 1 + r,
                    Text.fit(line, width - 4),
                    line.startsWith("error:") ? Style.ERROR : Style.NORMAL);
        }
    }

    private static void destroy(Ui ui) {
        for (long id : ui.destroyIds()) {
            ui.dispatch(new Action.ChangeInstance(id, new InstanceChange.Destroy()));
        }
        ui.overlay(Overlay.NONE);
    }

    /** Returns the destroy question: which instances, what they cost now and have cost, and that it is final. */
    private static List<String> destroyText(Ui ui) {
        List<String> text = new ArrayList<>();
        double now = ui.nowEpochSeconds();
        List<Long> ids = ui.destroyIds();
        text.add(ids.size() == 1 ? "Destroy instance " + ids.get(0) + "?" : "Destroy " + ids.size() + " instances?");
        for (long id : ids) {
            ui.state()
                    .instances()
                    .find(id)
                    .ifPresent(i -> text.add(i.id() + ": " + i.numGpus() + "x "
                            + Text.clean(i.gpuName()) + ", " + Text.money(Pricing.perHourNow(i)) + "/h, ≈ "
                            + Text.money2(Pricing.spentSoFar(i, now)) + " so far"));
        }
        text.add("The disk is deleted; this cannot be undone.");
        return text;
    }

    private static KeyBinding switchKey(KeyType type, String name, Consumer<Ui> run) {
        return KeyBinding.of(Key.of(type, name), "switch", "move between the buttons", run);
    }

    private static KeyBinding close(Key key) {
        return KeyBinding.of(key, "close", "close this box", ui -> ui.overlay(Overlay.NONE));
    }

    /** Returns the key table of the open box; the launch confirmation wins over everything. */
    static List<KeyBinding> bindings(Ui ui) {
        if (ui.confirming()) {
            return CONFIRM;
        }
        return switch (ui.overlay()) {
            case QUIT -> QUIT;
            case HELP -> HELP;
            case COMPARE -> COMPARE;
            case OUTPUT -> OUTPUT;
            case DESTROY -> DESTROY;
            case NONE -> List.of();
        };
    }

    /** Draws the open box over the screen's rows. */
    static void draw(Painter p, Ui ui, int top, int height) {
        if (ui.confirming()) {
            confirm(p, ui, top, height);
            return;
        }
        switch (ui.overlay()) {
            case QUIT ->
                question(
                        p,
                        top + height / 2 - 3,
                        List.of("Quit? The draft (offer, template, env) would be lost."),
                        "Stay",
                        "Quit (y)",
                        ui.quitFocused());
            case HELP -> Help.draw(p, ui, top, height);
            case COMPARE -> compare(p, ui.state(), top, height);
            case OUTPUT -> output(p, ui, top, height);
            case DESTROY ->
                question(
                        p,
                        top + Math.max(0, height / 2 - 4),
                        destroyText(ui),
                        "Keep",
                        "Destroy (y)",
                        ui.destroyFocused());
            case NONE -> {}
        }
    }

    private static void confirm(Painter p, Ui ui, int top, int height) {
        State s = ui.state();
        List<String> text = List.of(s.launch().message(), "Enter on Cancel does nothing.");
        question(p, top + Math.max(0, height / 2 - 3), text, "Cancel", "Launch (y)", ui.launchFocused());
    }

    private static void question(Painter p, int row, List<String> text, String no, String yes, boolean yesFocused) {
        int width = Math.min(
                p.columns() - 4,
                Math.max(50, text.stream().mapToInt(String::length).max().orElse(0) + 4));
        List<String> lines = new ArrayList<>();
        for (String t : text) {
            lines.addAll(Text.wrap(t, width - 4, 2));
        }
        int col = (p.columns() - width) / 2;
        box(p, col, row, width, lines.size() + 4);
        for (int i = 0; i < lines.size(); i++) {
            p.text(col + 2, row + 1 + i, lines.get(i), i == 0 ? Style.BOLD : Style.NORMAL);
        }
        int buttons = row + lines.size() + 2;
        String noButton = (yesFocused ? "  " : "> ") + "[ " + no + " ]" + (yesFocused ? "  " : " <");
        String yesButton = (yesFocused ? "> " : "  ") + "[ " + yes + " ]" + (yesFocused ? " <" : "  ");
        p.text(col + 2, buttons, noButton, yesFocused ? Style.NORMAL : Style.REVERSE);
        p.text(col + 4 + noButton.length(), buttons, yesButton, yesFocused ? Style.REVERSE : Style.NORMAL);
    }

    /** Draws a bordered, blanked box. */
    static void box(Painter p, int col, int row, int width, int height) {
        String rule = "+" + "-".repeat(Math.max(0, width - 2)) + "+";
        p.text(col, row, rule, Style.NORMAL);
        for (int r = 1; r < height - 1; r++) {
            p.text(col, row + r, "|" + " ".repeat(Math.max(0, width - 2)) + "|", Style.NORMAL);
        }
        p.text(col, row + height - 1, rule, Style.NORMAL);
    }

    private static void compare(Painter p, State s, int top, int height) {
        List<Offer> marked = s.offers().marked().stream()
                .map(id -> s.offers().find(id))
                .flatMap(o -> o.stream())
                .sorted(Comparator.comparingDouble(Offer::listedDph))
                .toList();
        int label = 12;
        int cell = 16;
        int fit = Math.max(1, (p.columns() - 4 - label) / cell);
        List<Offer> shown = marked.subList(0, Math.min(fit, marked.size()));
        box(p, 0, top, p.columns(), height);
        String title = "Compare " + shown.size() + " marked offers"
                + (shown.size() < marked.size() ? " (" + (marked.size() - shown.size()) + " more do not fit)" : "")
                + " — cheapest first";
        p.text(2, top + 1, title, Style.BOLD);
        int row = top + 2;
        List<String[]> rows = new ArrayList<>();
        for (OfferColumn c : OfferColumn.values()) {
            rows.add(cells(c.title(), shown, c::text));
        }
        rows.add(cells(
                s.hours() + " h cost",
                shown,
                o -> Text.money2(
                        Pricing.of(o, s.offers().type(), s.offers().storageGb()).forHours(s.hours()))));
        rows.add(cells("min bid", shown, o -> o.minBid() == null ? "-" : Text.money(o.minBid())));
        rows.add(cells("disk GB", shown, o -> Text.number(Math.rint(o.diskSpaceGb()))));
        rows.add(cells("driver", shown, Offer::driverVersion));
        rows.add(cells("verified", shown, Offer::verification));
        for (String[] r : rows) {
            if (row >= top + height - 1) {
                break;
            }
            StringBuilder b = new StringBuilder(Text.fit(r[0], label));
            for (int i = 1; i < r.length; i++) {
                b.append(Text.fit(r[i], cell));
            }
            p.text(2, row++, b.toString(), Style.NORMAL);
        }
    }

    private static String[] cells(String label, List<Offer> offers, java.util.function.Function<Offer, String> f) {
        String[] out = new String[offers.size() + 1];
        out[0] = label;
        for (int i = 0; i < offers.size(); i++) {
            out[i + 1] = f.apply(offers.get(i));
        }
        return out;
    }
}
