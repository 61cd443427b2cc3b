package dev.vastlaunch.tui;

import com.googlecode.lanterna.input.KeyType;
import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.LaunchRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Draws the launch history, latest first; Enter runs the highlighted recipe again against a fresh search. */
final class HistoryPage implements Page {
    private final Cursor cursor = new Cursor();
    private final List<KeyBinding> bindings = keys();

    @Override
    public List<KeyBinding> bindings() {
        return bindings;
    }

    @Override
    public void tab(Ui ui, boolean backwards) {
        cursor.move(backwards ? -1 : 1, size(ui));
    }

    private static int size(Ui ui) {
        return ui.state().library().history().size();
    }

    /** Returns the highlighted launch's number: 1 = the latest. */
    private Optional<Integer> number(Ui ui) {
        int n = size(ui);
        return n == 0 ? Optional.empty() : Optional.of(cursor.index(n) + 1);
    }

    private List<KeyBinding> keys() {
        List<KeyBinding> t = new ArrayList<>();
        t.add(KeyBinding.of(
                        Key.of(KeyType.Enter, "Enter"),
                        "relaunch",
                        "run this recipe again on a fresh search: best match, one confirm (default: Cancel)",
                        ui -> number(ui).ifPresent(n -> ui.dispatch(new Action.Relaunch(n))))
                .when(ui -> ui.state().launch().inFlight()
                        ? "a launch is in progress"
                        : size(ui) == 0 ? "no launches yet" : null));
        t.add(KeyBinding.of(
                Key.ch('r'), "reload", "read the history again", ui -> ui.dispatch(new Action.LoadHistory())));
        t.addAll(cursor.keys(HistoryPage::size));
        return List.copyOf(t);
    }

    @Override
    public void draw(Painter p, Ui ui, int top, int height) {
        List<LaunchRecord> records = ui.state().library().history();
        int width = p.columns() - 2;
        if (!ui.state().library().historyLoaded()) {
            p.text(1, top, "Reading the launch history…", Style.NORMAL);
            return;
        }
        int row = top;
        for (String note : ui.state().library().historyNotes()) {
            p.text(1, row++, Text.fit("! " + Text.clean(note), width), Style.WARNING);
        }
        if (records.isEmpty()) {
            p.text(1, row, "No launches yet: every launch attempt is listed here.", Style.NORMAL);
            return;
        }
        p.text(
                1,
                row++,
                Text.fit(
                        String.format(
                                "  %3s %-16s %-14s %-14s %9s %10s %s",
                                "N", "When (UTC)", "Recipe", "GPU", "$/hr", "Instance", "Outcome"),
                        width),
                Style.BOLD);
        int listRows = Math.max(1, Math.min(records.size(), top + height - row - 3));
        int first = cursor.scroll(listRows, records.size());
        int selected = cursor.index(records.size());
        for (int r = 0; r < listRows && first + r < records.size(); r++) {
            int n = first + r + 1;
            LaunchRecord rec = records.get(records.size() - n);
            boolean on = first + r == selected;
            String when = rec.time().toString();
            String line = String.format(
                    Locale.ROOT,
                    "%s %3d %-16s %-14s %-14s %9s %10s %s",
                    on ? "›" : " ",
                    n,
                    when.length() >= 16 ? when.substring(0, 10) + " " + when.substring(11, 16) : when,
                    Text.fit(Text.clean(rec.recipe()), 14).strip(),
                    Text.fit(Text.clean(rec.offer()), 14).strip(),
                    rec.perHour() > 0 ? String.format(Locale.ROOT, "%.4f", rec.perHour()) : "-",
                    rec.instanceId() == null ? "-" : rec.instanceId().toString(),
                    Text.clean(rec.outcome()));
            p.text(1, row + r, Text.fit(line, width), on ? Style.REVERSE : Style.NORMAL);
        }
        int detail = row + listRows + 1;
        LaunchRecord rec = records.get(records.size() - 1 - selected);
        List<String> lines = new ArrayList<>(Text.wrap(rec.searchLine(), width, 4));
        lines.addAll(Text.wrap(rec.createLine(), width, 4));
        for (int i = 0; i < lines.size() && detail + i < top + height; i++) {
            p.text(1, detail + i, Text.fit(Text.clean(lines.get(i)), width), Style.NORMAL);
        }
    }
}
