package dev.vastlaunch.command;

import dev.vastlaunch.app.Pricing;
import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.Template;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Formats offers, instances and templates as tables for people and as JSON-ready maps for scripts. */
public final class Tables {
    private Tables() {}

    public static String offers(List<Offer> offers, int width) {
        List<TextTable.Column> cols = new ArrayList<>();
        for (OfferColumn c : OfferColumn.values()) {
            cols.add(new TextTable.Column(
                    c.title(), c.hidePriority(), c != OfferColumn.GPU && c != OfferColumn.LOCATION));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Offer o : offers) {
            List<String> row = new ArrayList<>();
            for (OfferColumn c : OfferColumn.values()) {
                row.add(cell(c.text(o)));
            }
            rows.add(row);
        }
        return TextTable.render(cols, rows, width);
    }

    /** Returns the instances table at {@code width} columns, its times and spend counted up to now. */
    public static String instances(List<Instance> list, int width) {
        return instances(list, width, System.currentTimeMillis() / 1000.0);
    }

    /** Returns the instances table: $/h now and spend so far from the one price function, at {@code now}. */
    public static String instances(List<Instance> list, int width, double now) {
        List<TextTable.Column> cols = List.of(
                new TextTable.Column("ID", 0, true),
                new TextTable.Column("Status", 0, false),
                new TextTable.Column("GPU", 0, false),
                new TextTable.Column("$/hr", 1, true),
                new TextTable.Column("Up", 3, true),
                new TextTable.Column("Spent", 2, true),
                new TextTable.Column("Label", 4, false),
                new TextTable.Column("Image", 5, false),
                new TextTable.Column("SSH", 2, false));
        List<List<String>> rows = new ArrayList<>();
        for (Instance i : list) {
            rows.add(List.of(
                    String.valueOf(i.id()),
                    i.actualStatus() == null ? "provisioning" : cell(i.actualStatus()),
                    i.numGpus() + "x " + cell(i.gpuName()),
                    String.format(Locale.ROOT, "%.4f", Pricing.perHourNow(i)),
                    i.age(now),
                    String.format(Locale.ROOT, "%.2f", Pricing.spentSoFar(i, now)),
                    i.label() == null ? "-" : cell(i.label()),
                    cell(i.image()),
                    i.sshTarget().map(t -> cell(t.url())).orElse("-")));
        }
        return TextTable.render(cols, rows, width);
    }

    public static String templates(List<Template> list, int width) {
        List<TextTable.Column> cols = List.of(
                new TextTable.Column("Name", 0, false),
                new TextTable.Column("Image", 0, false),
                new TextTable.Column("Mode", 2, false),
                new TextTable.Column("Disk", 3, true),
                new TextTable.Column("Hash", 1, false));
        List<List<String>> rows = new ArrayList<>();
        for (Template t : list) {
            rows.add(List.of(
                    cell(t.name()) + (t.recommended() ? " *" : ""),
                    cell(t.imageRef()),
                    cell(t.runtype()),
                    Math.round(t.recommendedDiskGb()) + "G",
                    t.hashId()));
        }
        return TextTable.render(cols, rows, width);
    }

    /** Returns lines of server text (a log) safe for a terminal: newlines and tabs kept, other controls dropped. */
    public static String sanitizeLines(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Returns text safe for one table cell: control characters and newlines removed. */
    public static String cell(@Nullable String s) {
        if (s == null || s.isEmpty()) {
            return "-";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        return out.toString();
    }
}
