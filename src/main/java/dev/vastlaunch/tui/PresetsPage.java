package dev.vastlaunch.tui;

import com.googlecode.lanterna.input.KeyType;
import dev.vastlaunch.app.Action;
import dev.vastlaunch.launch.Preset;
import dev.vastlaunch.launch.PresetRead;
import dev.vastlaunch.launch.Secrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Draws the presets (the user's and the shipped examples, and the files that were skipped with their reason); Enter
 * quick-launches the highlighted one: search with it, best match, one confirm.
 */
final class PresetsPage implements Page {
    private final Cursor cursor = new Cursor();
    private final List<KeyBinding> bindings = keys();

    @Override
    public List<KeyBinding> bindings() {
        return bindings;
    }

    @Override
    public void tab(Ui ui, boolean backwards) {
        cursor.move(backwards ? -1 : 1, rows(ui).size());
    }

    private static List<PresetRead> rows(Ui ui) {
        return ui.state().library().presets();
    }

    private Optional<PresetRead> highlighted(Ui ui) {
        List<PresetRead> rows = rows(ui);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(cursor.index(rows.size())));
    }

    private Optional<Preset> good(Ui ui) {
        return highlighted(ui).filter(r -> r instanceof PresetRead.Good).map(r -> ((PresetRead.Good) r).preset());
    }

    private @Nullable String unusable(Ui ui) {
        if (ui.state().launch().inFlight()) {
            return "a launch is in progress";
        }
        Optional<PresetRead> r = highlighted(ui);
        if (r.isEmpty()) {
            return "no presets";
        }
        return r.get() instanceof PresetRead.Bad bad ? "this file was skipped: " + bad.reason() : null;
    }

    private List<KeyBinding> keys() {
        List<KeyBinding> t = new ArrayList<>();
        t.add(KeyBinding.of(
                        Key.of(KeyType.Enter, "Enter"),
                        "quick launch",
                        "search with the preset, pick its best match and ask to launch it (default: Cancel)",
                        ui -> good(ui).ifPresent(p -> ui.dispatch(new Action.UsePreset(p.name(), true))))
                .when(this::unusable));
        t.add(KeyBinding.of(
                        Key.ch('e'),
                        "edit",
                        "load the preset into the draft to change it (then S on Review saves it)",
                        ui -> good(ui).ifPresent(p -> ui.dispatch(new Action.UsePreset(p.name(), false))))
                .when(this::unusable));
        t.add(KeyBinding.of(
                        Key.ch('d'),
                        "delete",
                        "delete the highlighted preset of yours (asks first)",
                        ui -> highlighted(ui)
                                .ifPresent(r -> ui.ask(Prompt.ask(
                                        "Delete preset " + r.name() + "? Type y to delete", "", (u, answer) -> {
                                            if (answer.strip().equalsIgnoreCase("y")) {
                                                u.dispatch(new Action.DeletePreset(r.name()));
                                            }
                                        }))))
                .when(ui -> highlighted(ui).isEmpty()
                        ? "no presets"
                        : good(ui).map(Preset::shipped).orElse(false) ? "a shipped example cannot be deleted" : null));
        t.add(KeyBinding.of(
                Key.ch('r'), "reload", "read the preset files again", ui -> ui.dispatch(new Action.LoadPresets())));
        t.add(KeyBinding.of(Key.ch('m'), "show/mask", "show or mask secret values", Ui::toggleReveal));
        t.addAll(cursor.keys(ui -> rows(ui).size()));
        return List.copyOf(t);
    }

    @Override
    public void draw(Painter p, Ui ui, int top, int height) {
        List<PresetRead> rows = rows(ui);
        int width = p.columns() - 2;
        if (!ui.state().library().presetsLoaded()) {
            p.text(1, top, "Reading presets…", Style.NORMAL);
            return;
        }
        if (rows.isEmpty()) {
            p.text(1, top, "No presets. Save one from Review (S) or with :preset save NAME.", Style.NORMAL);
            return;
        }
        p.text(
                1,
                top,
                Text.fit(String.format("  %-18s %-7s %-30s %s", "Name", "From", "Image", "Search"), width),
                Style.BOLD);
        int listRows = Math.max(1, Math.min(rows.size(), height - 6));
        int first = cursor.scroll(listRows, rows.size());
        int selected = cursor.index(rows.size());
        for (int r = 0; r < listRows && first + r < rows.size(); r++) {
            PresetRead read = rows.get(first + r);
            boolean on = first + r == selected;
            String line;
            if (read instanceof PresetRead.Good g) {
                Preset pr = g.preset();
                line = String.format(
                        "%s %-18s %-7s %-30s %s",
                        on ? "›" : " ",
                        Text.clean(pr.name()),
                        pr.shipped() ? "shipped" : "yours",
                        Text.clean(image(pr)),
                        Text.clean(search(pr)));
            } else {
                line = (on ? "› " : "  ") + Text.clean(read.name()) + "  ✗ skipped: "
                        + Text.clean(((PresetRead.Bad) read).reason());
            }
            Style style = read instanceof PresetRead.Bad ? Style.WARNING : Style.NORMAL;
            p.text(1, top + 1 + r, Text.fit(line, width), on ? Style.REVERSE : style);
        }
        int detail = top + 2 + listRows;
        Optional<Preset> pr = good(ui);
        if (pr.isPresent()) {
            List<String> lines = new ArrayList<>();
            if (!pr.get().description().isEmpty()) {
                lines.add(pr.get().description());
            }
            lines.addAll(Text.wrap(pr.get().searchLine(), width, 4));
            // A preset saved with --secrets holds values: masked by the one rule unless revealed (m).
            String create = pr.get().createLine();
            lines.addAll(Text.wrap(ui.reveal() ? create : Secrets.maskText(create), width, 4));
            for (int i = 0; i < lines.size() && detail + i < top + height; i++) {
                p.text(1, detail + i, Text.fit(Text.clean(lines.get(i)), width), Style.NORMAL);
            }
        }
    }

    private static String image(Preset p) {
        String image = p.draft().image();
        return image != null
                ? image
                : p.draft().templateHash().map(h -> "template " + h).orElse("-");
    }

    private static String search(Preset p) {
        String line = p.searchLine();
        return line.startsWith("search offers")
                ? line.substring("search offers".length()).strip()
                : line;
    }
}
