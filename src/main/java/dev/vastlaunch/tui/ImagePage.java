package dev.vastlaunch.tui;

import com.googlecode.lanterna.input.KeyType;
import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.Screen;
import dev.vastlaunch.app.State;
import dev.vastlaunch.app.Status;
import dev.vastlaunch.app.TemplatesState;
import dev.vastlaunch.launch.EnvEntry;
import dev.vastlaunch.launch.EnvSpec;
import dev.vastlaunch.launch.EnvSpecParser;
import dev.vastlaunch.launch.LaunchDraft;
import dev.vastlaunch.launch.Template;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Draws the image and template screen: the images launched here recently, then the searchable templates with their
 * defaults, and a free image field.
 */
final class ImagePage implements Page {
    private enum Focus {
        LIST,
        SEARCH,
        IMAGE
    }

    private final Cursor cursor = new Cursor();
    private final List<KeyBinding> bindings = keys();
    private Focus focus = Focus.LIST;
    private @Nullable LineEdit edit;
    /** The template a second Enter would put in place of a typed image; a pick over a typed image is confirmed. */
    private @Nullable String armed;

    @Override
    public List<KeyBinding> bindings() {
        return bindings;
    }

    @Override
    public @Nullable LineEdit editing() {
        return focus == Focus.LIST ? null : edit;
    }

    @Override
    public void submit(Ui ui) {
        LineEdit e = edit;
        if (focus == Focus.IMAGE && e != null) {
            ui.dispatch(new Action.SetImage(e.text()));
        }
        armed = null;
        focus = Focus.LIST;
    }

    @Override
    public void escape(Ui ui) {
        if (focus == Focus.SEARCH) {
            ui.dispatch(new Action.SearchTemplates(""));
        }
        focus = Focus.LIST;
    }

    @Override
    public void changed(Ui ui) {
        LineEdit e = edit;
        if (focus == Focus.SEARCH && e != null) {
            cursor.set(0);
            ui.dispatch(new Action.SearchTemplates(e.text()));
        }
    }

    @Override
    public void tab(Ui ui, boolean backwards) {
        int i = focus == Focus.LIST ? 0 : focus == Focus.SEARCH ? 1 : 2;
        focus(ui, Focus.values()[Math.floorMod(i + (backwards ? -1 : 1), 3)]);
    }

    private void focus(Ui ui, Focus next) {
        focus = next;
        LaunchDraft d = ui.state().editor().draft();
        edit = switch (next) {
            case LIST -> null;
            case SEARCH -> new LineEdit(ui.state().templates().search());
            case IMAGE -> new LineEdit(d.image() == null ? "" : d.image());
        };
    }

    /** Applies {@code tpl}; over a typed image, only on a second Enter, after saying what it replaces. */
    private void pick(Ui ui, Template tpl) {
        String typed = ui.state().editor().draft().image();
        boolean onItsOwn =
                typed != null && ui.state().editor().draft().templateHash().isEmpty();
        if (onItsOwn && !tpl.hashId().equals(armed)) {
            armed = tpl.hashId();
            ui.dispatch(new Action.ShowStatus(Status.warning("Image " + typed + " is typed: press Enter again to use"
                    + " template " + tpl.name() + " (" + tpl.imageRef() + ") instead.")));
            return;
        }
        armed = null;
        if (onItsOwn) {
            ui.dispatch(new Action.SetImage(""));
        }
        ui.dispatch(new Action.ApplyTemplate(tpl.hashId()));
        ui.dispatch(new Action.Go(Screen.ENV));
    }

    /** Returns how many rows the list has: the recent images first, then the templates. */
    private static int rows(State s) {
        return s.templates().visibleImages().size() + s.templates().visible().size();
    }

    private @Nullable Template highlighted(State s) {
        int images = s.templates().visibleImages().size();
        int i = cursor.index(rows(s));
        List<Template> visible = s.templates().visible();
        return i < images || visible.isEmpty() ? null : visible.get(i - images);
    }

    /** Returns the recent image under the cursor, or null when the cursor is on a template. */
    private @Nullable String highlightedImage(State s) {
        List<String> images = s.templates().visibleImages();
        int i = cursor.index(rows(s));
        return i < images.size() ? images.get(i) : null;
    }

    /** Uses the recent {@code image}: a template applied stays, with this image in place of its own. */
    private static void pickImage(Ui ui, String image) {
        ui.dispatch(new Action.SetImage(image));
        ui.dispatch(new Action.Go(Screen.ENV));
    }

    private List<KeyBinding> keys() {
        List<KeyBinding> t = new ArrayList<>();
        t.add(KeyBinding.of(
                        Key.of(KeyType.Enter, "Enter"),
                        "use",
                        "use the recent image or apply the template, and go on to Env & Ports",
                        ui -> {
                            String image = highlightedImage(ui.state());
                            Template tpl = highlighted(ui.state());
                            if (image != null) {
                                pickImage(ui, image);
                            } else if (tpl != null) {
                                pick(ui, tpl);
                            }
                        })
                .when(ui -> rows(ui.state()) == 0
                        ? (ui.state().templates().loading()
                                ? "templates are still loading"
                                : "no template matches (type an image with i instead)")
                        : null));
        t.add(KeyBinding.of(
                Key.ch('/'), "search", "search templates by name, image or hash", ui -> focus(ui, Focus.SEARCH)));
        t.add(KeyBinding.of(
                Key.ch('i'),
                "image",
                "type a free image:tag instead of (or over) a template",
                ui -> focus(ui, Focus.IMAGE)));
        t.add(KeyBinding.of(
                        Key.ch('x'),
                        "no template",
                        "drop the applied template",
                        ui -> ui.dispatch(new Action.ClearTemplate()))
                .when(ui -> ui.state().editor().draft().templateHash().isEmpty() ? "no template is applied" : null));
        t.addAll(cursor.keys(ui -> rows(ui.state())));
        return List.copyOf(t);
    }

    @Override
    public void draw(Painter p, Ui ui, int top, int height) {
        State s = ui.state();
        LaunchDraft d = s.editor().draft();
        int w = p.columns();
        p.text(0, top, " Search /", Style.BOLD);
        LineEdit search = focus == Focus.SEARCH && edit != null
                ? edit
                : new LineEdit(s.templates().search());
        Chrome.field(p, 10, top, w - 11, search, focus == Focus.SEARCH);
        p.text(0, top + 1, " Image  i", Style.BOLD);
        LineEdit image = focus == Focus.IMAGE && edit != null ? edit : new LineEdit(d.image() == null ? "" : d.image());
        Chrome.field(p, 10, top + 1, w - 11, image, focus == Focus.IMAGE);
        p.text(0, top + 2, " Using: " + using(d), Style.ACCENT);
        int listWidth = Math.min(40, w / 2);
        list(p, s.templates(), d, top + 3, height - 3, listWidth);
        Template t = highlighted(s);
        String recent = highlightedImage(s);
        if (recent != null) {
            imageDetails(p, recent, d, listWidth + 1, top + 3, height - 3, w - listWidth - 2);
        } else if (t != null) {
            details(p, t, ui.reveal(), listWidth + 1, top + 3, height - 3, w - listWidth - 2);
        }
    }

    private static String using(LaunchDraft d) {
        List<String> parts = new ArrayList<>();
        Template t = d.template();
        if (t != null) {
            parts.add("template " + t.name());
        } else if (d.templateHashId() != null) {
            parts.add("template " + d.templateHashId());
        }
        if (d.image() != null) {
            parts.add("image " + d.image() + (parts.isEmpty() ? "" : " (overrides the template's)"));
        }
        return parts.isEmpty()
                ? "nothing chosen yet: pick a template (Enter) or type an image (i)"
                : String.join(", ", parts);
    }

    private void list(Painter p, TemplatesState ts, LaunchDraft d, int top, int rows, int width) {
        List<String> images = ts.visibleImages();
        List<Template> visible = ts.visible();
        String title = images.isEmpty()
                ? " Templates (" + visible.size() + ")"
                : " Recent images (" + images.size() + ") & templates (" + visible.size() + ")";
        p.text(0, top, Text.fit(title, width), Style.BOLD);
        int total = images.size() + visible.size();
        if (total == 0) {
            p.text(1, top + 1, ts.loading() ? "Loading templates…" : "No template matches.", Style.NORMAL);
            return;
        }
        int index = cursor.index(total);
        int first = cursor.scroll(rows - 1, total);
        String applied = d.templateHash().orElse("");
        for (int r = 0; r < rows - 1 && first + r < total; r++) {
            int i = first + r;
            boolean here = i == index;
            String line;
            if (i < images.size()) {
                String image = images.get(i);
                line = (here ? ">" : " ") + "I" + (image.equals(d.image()) ? "=" : " ") + " " + image;
            } else {
                Template t = visible.get(i - images.size());
                String mark = ts.isRecent(t) ? "U" : t.recommended() ? "R" : " ";
                line = (here ? ">" : " ") + mark + (t.hashId().equals(applied) ? "=" : " ") + " " + t.name();
            }
            p.bar(0, top + 1 + r, width, line, here && focus == Focus.LIST ? Style.REVERSE : Style.NORMAL);
        }
        if (ts.loading() && visible.isEmpty() && rows > images.size() + 1) {
            p.text(1, top + 1 + images.size(), "Loading templates…", Style.NORMAL);
        }
        // The legend goes below the list when the rows leave room for it.
        List<String> legend = Text.wrap(
                (images.isEmpty() ? "" : "I image launched here, ")
                        + "U template used here recently, R recommended, = in use",
                width - 1,
                1);
        int below = top + 2 + Math.min(total, rows - 1);
        if (below + legend.size() <= top + rows) {
            column(p, legend, 1, below, legend.size(), width - 1);
        }
    }

    private static void imageDetails(Painter p, String image, LaunchDraft d, int col, int top, int rows, int width) {
        List<String> lines = new ArrayList<>();
        lines.add("Image:  " + image);
        lines.add("Launched from this machine recently.");
        lines.add(
                d.templateHash().isPresent()
                        ? "Enter keeps the applied template and runs this image in place of the template's."
                        : "Enter uses this image (no template: set env, ports and the launch mode next).");
        p.text(col, top, Text.fit(image, width), Style.BOLD);
        column(p, lines, col, top + 1, rows - 1, width);
    }

    private static void details(Painter p, Template t, boolean reveal, int col, int top, int rows, int width) {
        List<String> lines = new ArrayList<>();
        lines.add("Image:  " + t.imageRef());
        String direct =
                ("ssh".equals(t.runtype()) && t.sshDirect()) || ("jupyter".equals(t.runtype()) && t.jupyterDirect())
                        ? " (direct)"
                        : " (proxy)";
        lines.add("Mode:   " + (t.runtype().isEmpty() ? "args" : t.runtype()) + direct);
        lines.add("Disk:   " + Text.number(t.recommendedDiskGb()) + " GB recommended");
        EnvSpec env = EnvSpecParser.parse(t.env()).spec();
        for (EnvEntry.Variable v : env.variables()) {
            lines.add("Env:    " + v.key() + "=" + Text.secret(v.value(), v.isSecret(), reveal));
        }
        for (EnvEntry.Port port : env.ports()) {
            lines.add("Port:   " + port.spec());
        }
        if (!t.onstart().isBlank()) {
            lines.add("Onstart: " + t.onstart().strip().replace('\n', ';'));
        }
        if (t.jupyterDir() != null) {
            lines.add("Jupyter dir: " + t.jupyterDir() + (t.useJupyterLab() ? " (lab)" : ""));
        }
        lines.add("Hash:   " + t.hashId());
        if (!t.description().isBlank()) {
            lines.add(t.description());
        }
        p.text(col, top, Text.fit(t.name() + (t.recommended() ? "  [recommended]" : ""), width), Style.BOLD);
        column(p, lines, col, top + 1, rows - 1, width);
    }

    /** Draws {@code lines} wrapped at word boundaries from row {@code top}, at most {@code rows} rows. */
    private static void column(Painter p, List<String> lines, int col, int top, int rows, int width) {
        int row = top;
        for (String line : lines) {
            for (String part : Text.wrap(line, width, 2)) {
                if (row >= top + rows) {
                    return;
                }
                p.text(col, row++, part, Style.NORMAL);
            }
        }
    }
}
