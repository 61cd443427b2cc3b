package dev.vastlaunch.command;

import dev.vastlaunch.app.LaunchRecord;
import dev.vastlaunch.launch.Preset;
import dev.vastlaunch.launch.PresetRead;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints the presets and the launch history as tables, the same in the shell, the scripts and the bar. */
public final class LibraryText {
    private LibraryText() {}

    /** Returns the presets table, then one line per file that was skipped, with its reason. */
    public static String presets(List<PresetRead> presets, int width) {
        List<TextTable.Column> cols = List.of(
                new TextTable.Column("Name", 0, false),
                new TextTable.Column("From", 3, false),
                new TextTable.Column("Image", 1, false),
                new TextTable.Column("Search", 2, false),
                new TextTable.Column("About", 4, false));
        // Long searches and descriptions are cut so the table keeps its columns; preset show prints them whole.
        List<List<String>> rows = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (PresetRead r : presets) {
            if (r instanceof PresetRead.Good g) {
                Preset p = g.preset();
                rows.add(List.of(
                        Tables.cell(p.name()),
                        p.shipped() ? "shipped" : "yours",
                        Tables.cell(image(p)),
                        Tables.cell(cut(search(p), 60)),
                        Tables.cell(cut(p.description(), 60))));
            } else {
                bad.add("skipped " + Tables.cell(r.name()) + ": " + Tables.cell(((PresetRead.Bad) r).reason()));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(
                rows.isEmpty()
                        ? "No presets."
                        : TextTable.render(cols, rows, width).stripTrailing());
        bad.forEach(b -> out.append('\n').append(b));
        return out.toString();
    }

    /** Returns the history table, the latest launch first and numbered 1 (the number {@code relaunch N} takes). */
    public static String history(List<LaunchRecord> records, int width) {
        if (records.isEmpty()) {
            return "No launches yet.";
        }
        List<TextTable.Column> cols = List.of(
                new TextTable.Column("N", 0, true),
                new TextTable.Column("When (UTC)", 2, false),
                new TextTable.Column("Recipe", 0, false),
                new TextTable.Column("Offer", 3, true),
                new TextTable.Column("GPU", 1, false),
                new TextTable.Column("$/hr", 1, true),
                new TextTable.Column("Instance", 2, true),
                new TextTable.Column("Outcome", 0, false));
        List<List<String>> rows = new ArrayList<>();
        for (int n = 1; n <= records.size(); n++) {
            LaunchRecord r = records.get(records.size() - n);
            rows.add(List.of(
                    Integer.toString(n),
                    when(r),
                    Tables.cell(r.recipe()),
                    Long.toString(r.offerId()),
                    Tables.cell(r.offer()),
                    r.perHour() > 0 ? String.format(Locale.ROOT, "%.4f", r.perHour()) : "-",
                    r.instanceId() == null ? "-" : Long.toString(r.instanceId()),
                    Tables.cell(r.outcome())));
        }
        return TextTable.render(cols, rows, width).stripTrailing();
    }

    /** Returns {@code text} line by line through the one cell sanitizer, without its last line break. */
    public static String lines(String text) {
        return String.join("\n", text.stripTrailing().lines().map(Tables::cell).toList());
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** Returns a record's time as {@code 2026-11-29 08:55}. */
    public static String when(LaunchRecord r) {
        String t = r.time().toString();
        return t.length() >= 16 ? t.substring(0, 10) + " " + t.substring(11, 16) : t;
    }

    /** Returns the image or template a preset launches. */
    public static String image(Preset p) {
        String image = p.draft().image();
        return image != null
                ? image
                : p.draft().templateHash().map(h -> "template " + h).orElse("-");
    }

    /** Returns a preset's search line without its verb. */
    public static String search(Preset p) {
        String line = p.searchLine();
        return line.startsWith("search offers")
                ? line.substring("search offers".length()).strip()
                : line;
    }
}
