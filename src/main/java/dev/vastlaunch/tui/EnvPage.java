package dev.vastlaunch.tui;

import com.googlecode.lanterna.input.KeyType;
import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.EditorState;
import dev.vastlaunch.app.Status;
import dev.vastlaunch.launch.EnvEntry;
import dev.vastlaunch.launch.EnvSpecParser;
import dev.vastlaunch.launch.Template;
import dev.vastlaunch.launch.TokenProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Draws the env and ports screen: the Docker-options text with its bad tokens flagged, and the entries table. */
final class EnvPage implements Page {
    private static final String LABEL = " Options o ";

    private final Cursor cursor = new Cursor();
    private final List<KeyBinding> bindings = keys();
    private @Nullable LineEdit edit;

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
        edit = null;
    }

    @Override
    public void escape(Ui ui) {
        edit = null;
    }

    @Override
    public void changed(Ui ui) {
        LineEdit e = edit;
        if (e != null) {
            ui.dispatch(new Action.EditEnvText(e.text()));
        }
    }

    @Override
    public void tab(Ui ui, boolean backwards) {
        edit = edit == null ? new LineEdit(ui.state().editor().envText()) : null;
    }

    private static List<EnvEntry> entries(Ui ui) {
        return ui.state().editor().draft().env().entries();
    }

    private @Nullable EnvEntry selected(Ui ui) {
        List<EnvEntry> all = entries(ui);
        return all.isEmpty() ? null : all.get(cursor.index(all.size()));
    }

    private List<KeyBinding> keys() {
        List<KeyBinding> t = new ArrayList<>();
        t.add(KeyBinding.of(
                        Key.ch('a'),
                        "add var",
                        "add an environment variable KEY=VALUE",
                        ui -> ui.ask(Prompt.ask("Variable KEY=VALUE", "", (u, text) -> putVar(u, null, text))))
                .when(EnvPage::textBroken));
        t.add(KeyBinding.of(
                        Key.ch('p'),
                        "add port",
                        "map a port: 8000, 8000/udp or 8080:80",
                        ui -> ui.ask(Prompt.ask(
                                "Port (8000, 8000/udp, 8080:80)",
                                "",
                                (u, text) -> u.dispatch(new Action.AddPort(text.strip())))))
                .when(EnvPage::textBroken));
        t.add(KeyBinding.of(Key.of(KeyType.Enter, "Enter"), "edit", "edit the highlighted entry", this::editSelected)
                .when(ui -> nothing(ui) != null ? nothing(ui) : textBroken(ui)));
        t.add(KeyBinding.of(Key.ch('d'), "delete", "remove the highlighted entry", this::deleteSelected)
                .when(ui -> nothing(ui) != null ? nothing(ui) : textBroken(ui)));
        t.add(KeyBinding.of(
                        Key.of(KeyType.Delete, "Del"), "delete", "remove the highlighted entry", this::deleteSelected)
                .when(ui -> nothing(ui) != null ? nothing(ui) : textBroken(ui))
                .hidden());
        t.add(KeyBinding.of(
                Key.ch('m'), "show/mask", "show or mask the values of secret-looking keys", Ui::toggleReveal));
        t.add(KeyBinding.of(
                Key.ch('o'),
                "options text",
                "edit the Docker options text (-e K=V -p 8000:8000)",
                ui -> edit = new LineEdit(ui.state().editor().envText())));
        t.addAll(cursor.keys(ui -> entries(ui).size()));
        return List.copyOf(t);
    }

    private static @Nullable String nothing(Ui ui) {
        return entries(ui).isEmpty() ? "no entry yet (a adds a variable, p a port)" : null;
    }

    private static @Nullable String textBroken(Ui ui) {
        return ui.state().editor().envProblems().isEmpty()
                ? null
                : "fix the flagged tokens of the options text first (o)";
    }

    private void editSelected(Ui ui) {
        EnvEntry e = selected(ui);
        if (e instanceof EnvEntry.Variable v) {
            ui.ask(Prompt.ask("Variable KEY=VALUE", v.key() + "=" + v.value(), (u, text) -> putVar(u, v.key(), text)));
        } else if (e instanceof EnvEntry.Port port) {
            ui.ask(Prompt.ask("Port (8000, 8000/udp, 8080:80)", port.spec(), (u, text) -> {
                if (EnvSpecParser.parsePort(text.strip()).isEmpty()) {
                    // Keep the old mapping: a typo must not silently lose it.
                    u.dispatch(new Action.AddPort(text.strip()));
                    return;
                }
                u.dispatch(new Action.RemoveEnv(port.wireKey()));
                u.dispatch(new Action.AddPort(text.strip()));
            }));
        } else if (e != null) {
            ui.status(Status.warning("edit " + e.toOption() + " in the options text (o)"));
        }
    }

    private void deleteSelected(Ui ui) {
        EnvEntry e = selected(ui);
        if (e != null) {
            ui.dispatch(new Action.RemoveEnv(e.wireKey()));
        }
    }

    private static void putVar(Ui ui, @Nullable String oldKey, String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            ui.status(Status.error("'" + text + "' is not KEY=VALUE"));
            return;
        }
        String key = text.substring(0, eq).strip();
        if (!EnvEntry.Variable.isValidName(key)) {
            ui.status(Status.error(
                    "'" + key + "' is not a variable name (letters, digits, _; not starting with a digit)"));
            return;
        }
        if (oldKey != null && !oldKey.equals(key)) {
            ui.dispatch(new Action.RemoveEnv(oldKey));
        }
        ui.dispatch(new Action.PutEnv(key, text.substring(eq + 1)));
    }

    @Override
    public void draw(Painter p, Ui ui, int top, int height) {
        EditorState e = ui.state().editor();
        int w = p.columns();
        p.text(0, top, " Docker options, as typed or pasted (kept in sync with the table below):", Style.BOLD);
        p.text(0, top + 1, LABEL, Style.BOLD);
        int fieldWidth = w - LABEL.length() - 1;
        LineEdit shown = edit != null ? edit : new LineEdit(masked(e, ui.reveal()));
        Chrome.field(p, LABEL.length(), top + 1, fieldWidth, shown, edit != null);
        int from = edit != null ? shown.scroll(fieldWidth) : 0;
        int row = top + 2;
        if (!e.envProblems().isEmpty()) {
            for (TokenProblem problem : e.envProblems()) {
                int col = LABEL.length() + problem.column() - 1 - from;
                if (col >= LABEL.length() && col < w) {
                    p.text(col, row, "^", Style.ERROR);
                }
            }
            row++;
            for (TokenProblem problem :
                    e.envProblems().subList(0, Math.min(3, e.envProblems().size()))) {
                row = wrapped(p, row, w, "! " + problem.describe(), 2, Style.ERROR);
            }
        }
        String inherited = templateEnv(e, ui.reveal());
        if (!inherited.isEmpty()) {
            row = wrapped(p, row, w, "From the template (yours win on the same key): " + inherited, 3, Style.NORMAL);
        }
        row++;
        table(p, ui, row, top + height - row);
    }

    /**
     * Draws {@code text} from {@code row} wrapped at word boundaries in at most {@code most} rows (the last ends with
     * {@code …} when more is left) and returns the row after it.
     */
    private static int wrapped(Painter p, int row, int columns, String text, int most, Style style) {
        List<String> lines = Text.wrap(text, columns - 2, 2);
        for (int i = 0; i < Math.min(most, lines.size()); i++) {
            String line = lines.get(i);
            if (i == most - 1 && lines.size() > most) {
                line = Text.fit(line + " …", columns - 2);
            }
            p.text(1, row++, line, style);
        }
        return row;
    }

    private static String templateEnv(EditorState e, boolean reveal) {
        Template t = e.draft().template();
        if (t == null) {
            return "";
        }
        return EnvSpecParser.parse(t.env()).spec().entries().stream()
                .map(x -> x instanceof EnvEntry.Variable v
                        ? v.key() + "=" + Text.secret(v.value(), v.isSecret(), reveal)
                        : x.toOption())
                .collect(Collectors.joining("  "));
    }

    /** Returns the options text, secret values masked unless revealed (the raw text while it has problems). */
    static String masked(EditorState e, boolean reveal) {
        if (reveal || !e.envProblems().isEmpty()) {
            return e.envText();
        }
        return e.draft().env().entries().stream()
                .map(x -> x instanceof EnvEntry.Variable v && v.isSecret()
                        ? "-e " + v.key() + "=" + Text.secret(v.value(), true, false)
                        : x.toOption())
                .collect(Collectors.joining(" "));
    }

    private void table(Painter p, Ui ui, int top, int rows) {
        List<EnvEntry> all = entries(ui);
        p.text(0, top, "   Kind  Name / mapping              Value", Style.BOLD);
        if (all.isEmpty()) {
            p.text(
                    1,
                    top + 1,
                    "No variables or ports yet: a adds a variable, p a port, o edits the text.",
                    Style.NORMAL);
            return;
        }
        int index = cursor.index(all.size());
        int first = cursor.scroll(rows - 1, all.size());
        for (int r = 0; r < rows - 1 && first + r < all.size(); r++) {
            EnvEntry x = all.get(first + r);
            boolean here = first + r == index;
            p.bar(
                    0,
                    top + 1 + r,
                    p.columns(),
                    (here ? " > " : "   ") + describe(x, ui.reveal()),
                    here && edit == null ? Style.REVERSE : Style.NORMAL);
        }
    }

    private static String describe(EnvEntry x, boolean reveal) {
        if (x instanceof EnvEntry.Variable v) {
            return "env   " + Text.fit(v.key(), 26) + " " + Text.secret(v.value(), v.isSecret(), reveal)
                    + (v.isSecret() && !reveal ? "  (secret; m shows)" : "");
        }
        if (x instanceof EnvEntry.Port port) {
            return "port  " + Text.fit(port.spec(), 26) + " container " + port.containerKey();
        }
        return "opt   " + x.toOption();
    }
}
