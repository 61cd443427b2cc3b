package dev.vastlaunch.tui;

import com.googlecode.lanterna.input.KeyType;
import dev.vastlaunch.app.State;
import dev.vastlaunch.launch.LaunchDraft;
import dev.vastlaunch.launch.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Draws the options form, every launch field with its problems underneath, and edits one field at a time. */
final class OptionsPage implements Page {
    private static final int LABEL = 27;
    private static final Set<String> OTHER_SCREENS = Set.of("offer", "image", "env", "volume_info");

    private final Cursor cursor = new Cursor();
    private final List<KeyBinding> bindings = keys();
    private @Nullable LineEdit edit;
    private int first;

    @Override
    public List<KeyBinding> bindings() {
        return bindings;
    }

    @Override
    public @Nullable LineEdit editing() {
        return edit;
    }

    @Override
    public void submit(Ui ui) {
        LineEdit e = edit;
        edit = null;
        if (e != null) {
            current(ui).apply().accept(ui, e.text());
        }
    }

    @Override
    public void escape(Ui ui) {
        edit = null;
    }

    @Override
    public void changed(Ui ui) {
        // values apply on Enter, so a half-typed number is never sent as an action
    }

    @Override
    public void tab(Ui ui, boolean backwards) {
        if (edit != null) {
            submit(ui);
        }
        cursor.move(backwards ? -1 : 1, fields(ui).size());
    }

    private static List<OptionField> fields(Ui ui) {
        State s = ui.state();
        return OptionField.all(ui.reveal()).stream()
                .filter(f -> f.visible().test(s))
                .toList();
    }

    private OptionField current(Ui ui) {
        List<OptionField> all = fields(ui);
        return all.get(cursor.index(all.size()));
    }

    private void activate(Ui ui, int step) {
        OptionField f = current(ui);
        LaunchDraft d = ui.state().editor().draft();
        if (f.kind() == OptionField.Kind.TEXT) {
            edit = new LineEdit(f.raw().apply(d));
        } else {
            f.apply().accept(ui, f.next(f.show().apply(d), step));
        }
    }

    private List<KeyBinding> keys() {
        List<KeyBinding> t = new ArrayList<>();
        t.add(KeyBinding.of(
                Key.of(KeyType.Enter, "Enter"),
                "edit",
                "edit a text field, toggle a flag, cycle a choice",
                ui -> activate(ui, 1)));
        t.add(KeyBinding.of(Key.ch(' '), "toggle", "toggle a flag or cycle a choice", ui -> activate(ui, 1))
                .hidden());
        t.add(KeyBinding.of(Key.of(KeyType.ArrowRight, "→"), "next choice", "next choice", ui -> activate(ui, 1))
                .when(ui -> current(ui).kind() == OptionField.Kind.TEXT ? "not a choice (Enter edits it)" : null)
                .hidden());
        t.add(KeyBinding.of(Key.of(KeyType.ArrowLeft, "←"), "prev choice", "previous choice", ui -> activate(ui, -1))
                .when(ui -> current(ui).kind() == OptionField.Kind.TEXT ? "not a choice (Enter edits it)" : null)
                .hidden());
        t.add(KeyBinding.of(
                        Key.ch('x'),
                        "clear",
                        "clear a text field (back to the default)",
                        ui -> current(ui).apply().accept(ui, ""))
                .when(ui -> current(ui).kind() == OptionField.Kind.TEXT ? null : "only text fields can be cleared"));
        t.add(KeyBinding.of(Key.ch('m'), "show/mask", "show or mask secrets (image login)", Ui::toggleReveal)
                .hidden());
        t.addAll(cursor.keys(ui -> fields(ui).size()));
        return List.copyOf(t);
    }

    @Override
    public void draw(Painter p, Ui ui, int top, int height) {
        LaunchDraft d = ui.state().editor().draft();
        List<Problem> problems = d.validate();
        List<OptionField> all = fields(ui);
        int index = cursor.index(all.size());
        int valueWidth = p.columns() - LABEL - 3;
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            OptionField f = all.get(i);
            boolean here = i == index;
            String kind = f.kind() == OptionField.Kind.TEXT ? "" : f.kind() == OptionField.Kind.FLAG ? "[" : "<";
            String shown = f.show().apply(d);
            String value = kind.equals("[")
                    ? "[" + (shown.equals("on") ? "x" : " ") + "] " + shown
                    : kind.equals("<") ? "< " + shown + " >" : shown;
            lines.add(new Line(i, (here ? " > " : "   ") + Text.fit(f.label(), LABEL - 3) + value, here));
            for (Problem problem : problems) {
                if (problem.field().equals(f.problemField())) {
                    for (String part :
                            Text.wrap((problem.blocking() ? "! " : "warning: ") + problem.message(), valueWidth, 2)) {
                        lines.add(new Line(
                                i, " ".repeat(LABEL) + part, false, problem.blocking() ? Style.ERROR : Style.WARNING));
                    }
                }
            }
        }
        for (Problem problem : problems) {
            if (OTHER_SCREENS.contains(problem.field())) {
                lines.add(new Line(-1, "   ! " + problem.describe() + where(problem.field()), false, Style.ERROR));
            }
        }
        p.text(0, top, " Launch options — Enter edits or toggles, ←/→ choose, x clears", Style.BOLD);
        scrollAndDraw(p, lines, index, top + 1, height - 1);
    }

    private void scrollAndDraw(Painter p, List<Line> lines, int index, int top, int rows) {
        int at = 0;
        while (at < lines.size() && lines.get(at).field() != index) {
            at++;
        }
        if (at < first) {
            first = at;
        } else if (at >= first + rows) {
            first = at - rows + 1;
        }
        first = Math.max(0, Math.min(first, Math.max(0, lines.size() - rows)));
        for (int r = 0; r < rows && first + r < lines.size(); r++) {
            Line line = lines.get(first + r);
            if (line.here() && edit != null) {
                p.text(0, top + r, line.text().substring(0, LABEL), Style.BOLD);
                Chrome.field(p, LABEL, top + r, p.columns() - LABEL - 1, edit, true);
            } else {
                Style style = line.here() ? Style.REVERSE : line.style();
                if (line.here()) {
                    p.bar(0, top + r, p.columns(), line.text(), style);
                } else {
                    p.text(0, top + r, line.text(), style);
                }
            }
        }
    }

    private static String where(String field) {
        return switch (field) {
            case "offer" -> "  (Offers, F1)";
            case "image" -> "  (Image, F2)";
            default -> "  (Env & Ports, F3)";
        };
    }

    /** One drawn line of the form and the field it belongs to. */
    private record Line(int field, String text, boolean here, Style style) {
        Line(int field, String text, boolean here) {
            this(field, text, here, Style.NORMAL);
        }
    }
}
