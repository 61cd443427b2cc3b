package dev.vastlaunch.tui;

import dev.vastlaunch.app.Screen;
import dev.vastlaunch.app.State;
import java.util.List;

/** Draws what every screen shares: the breadcrumb header, the DEMO banner, the status line and the hint bar. */
final class Chrome {
    /** The text of the banner shown in demo mode. */
    static final String DEMO = "DEMO — built-in simulator, no real money";

    private static final String[] SPINNER = {"|", "/", "-", "\\"};

    private Chrome() {}

    /** Draws the header and returns the first row free for the screen. */
    static int header(Painter p, State s, int frame) {
        String busy = s.busy() > 0 ? " [" + SPINNER[Math.floorMod(frame, SPINNER.length)] + "] working " : "";
        p.bar(0, 0, p.columns(), "", Style.REVERSE);
        p.text(0, 0, breadcrumb(s.screen(), p.columns() - busy.length() - 1), Style.REVERSE);
        if (!busy.isEmpty()) {
            p.text(p.columns() - busy.length(), 0, busy, Style.REVERSE);
        }
        if (s.demo()) {
            p.text(0, 1, " " + DEMO + " ", Style.WARNING);
            return 2;
        }
        return 1;
    }

    /**
     * Returns the breadcrumb: the wizard's steps, then the Instances screen after a bar, the current one in brackets,
     * numbered when that fits in {@code width} (Instances shortened first); when no form fits (a narrow terminal with
     * the busy spinner), only the current screen, never a cut word.
     */
    static String breadcrumb(Screen current, int width) {
        for (String[] variant :
                new String[][] {{"7 Instances", "y"}, {"7 Inst", "y"}, {"7", "y"}, {"Instances", "n"}, {"Inst", "n"}}) {
            String crumbs = crumbs(current, variant[1].equals("y"), variant[0]);
            if (crumbs.length() <= width) {
                return crumbs;
            }
        }
        return " [" + current.title() + "]";
    }

    private static String crumbs(Screen current, boolean numbered, String instances) {
        StringBuilder b = new StringBuilder(" ");
        Screen[] all =
                java.util.Arrays.stream(Screen.values()).filter(Screen::isStep).toArray(Screen[]::new);
        for (int i = 0; i < all.length; i++) {
            Screen s = all[i];
            String title = s == Screen.INSTANCES ? instances : (numbered ? (i + 1) + " " : "") + s.title();
            if (s == Screen.INSTANCES) {
                b.append(" | ");
            } else if (i > 0) {
                b.append(" › ");
            }
            b.append(s == current ? "[" + title + "]" : title);
        }
        if (!current.isStep()) {
            b.append("  ·  [").append(current.title()).append(']');
        }
        return b.toString();
    }

    /**
     * Returns the status text wrapped at word boundaries to the width, at most {@code max} lines: its start (what
     * happened, the error's cause), the last line ending in "…" when more was left.
     */
    static List<String> statusLines(Painter p, State s, int max) {
        return statusLines(s.status().text(), p.columns() - 1, max);
    }

    /** Returns {@code text} as {@link #statusLines(Painter, State, int)} shows it in {@code width} columns. */
    static List<String> statusLines(String text, int width, int max) {
        if (text.isEmpty()) {
            return List.of("");
        }
        List<String> lines = Text.wrap(" " + text, width, 1);
        if (lines.size() <= max) {
            return lines;
        }
        List<String> kept = new java.util.ArrayList<>(lines.subList(0, max));
        String last = kept.get(max - 1);
        kept.set(max - 1, (last.length() + 2 > width ? last.substring(0, Math.max(0, width - 2)) : last) + " …");
        return kept;
    }

    /** Draws the status lines from {@code row} down: the level's prefix makes its seriousness readable without colour. */
    static void status(Painter p, State s, List<String> lines, int row) {
        Style style = switch (s.status().level()) {
            case ERROR -> Style.ERROR;
            case WARNING -> Style.WARNING;
            case INFO -> Style.NORMAL;
        };
        for (int i = 0; i < lines.size(); i++) {
            p.text(0, row + i, lines.get(i), style);
        }
    }

    /** Draws the hint bar from the key table in force: enabled keys marked for hints, then the help key. */
    static void hints(Painter p, Ui ui, List<KeyBinding> table, int row) {
        StringBuilder b = new StringBuilder();
        boolean help = false;
        for (KeyBinding k : table) {
            if (!k.hint() || k.disabled(ui) != null) {
                continue;
            }
            if (k.key().name().equals("?")) {
                help = true;
                continue;
            }
            b.append(' ').append(k.key().name()).append(' ').append(k.label()).append(' ');
        }
        String tail = help ? " ? help " : "";
        String text = b.toString();
        int room = p.columns() - tail.length();
        if (text.length() > room) {
            int cut = text.lastIndexOf("  ", room - 1);
            text = cut > 0 ? text.substring(0, cut + 1) : text.substring(0, Math.max(0, room));
        }
        p.bar(0, row, p.columns(), text + " ".repeat(Math.max(0, room - text.length())) + tail, Style.REVERSE);
    }

    /** Draws an open prompt with its cursor. */
    static void prompt(Painter p, Prompt prompt, int row) {
        String label = " " + prompt.label() + ": ";
        p.text(0, row, label, Style.BOLD);
        field(p, label.length(), row, p.columns() - label.length() - 1, prompt.edit(), true);
    }

    /** Draws a text field; when focused, the cursor cell is drawn in reverse video. */
    static void field(Painter p, int col, int row, int width, LineEdit edit, boolean focused) {
        String text = edit.text();
        int from = focused ? edit.scroll(width) : 0;
        String shown = text.substring(Math.min(from, text.length()));
        p.text(col, row, Text.fit(shown, width), focused ? Style.BOLD : Style.NORMAL);
        if (focused) {
            int at = edit.cursor() - from;
            String under = edit.cursor() < text.length() ? text.substring(edit.cursor(), edit.cursor() + 1) : " ";
            p.text(col + at, row, under, Style.REVERSE);
        }
    }

    /** Draws the notice shown instead of the UI when the terminal is below the minimum size. */
    static void tooSmall(Painter p, TuiOptions o) {
        String msg = "terminal too small (" + p.columns() + "x" + p.rows() + ", need " + o.minColumns() + "x"
                + o.minRows() + ")";
        int row = Math.max(0, p.rows() / 2 - 1);
        for (String line : Text.wrap(msg, Math.max(1, p.columns()), 0)) {
            p.text(0, row++, line, Style.BOLD);
        }
        p.text(0, row, "q quits", Style.NORMAL);
    }
}
