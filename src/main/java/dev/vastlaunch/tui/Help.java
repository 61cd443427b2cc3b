package dev.vastlaunch.tui;

import java.util.ArrayList;
import java.util.List;

/** Draws the help box, generated from the same key tables that dispatch keys and draw the hint bar. */
final class Help {
    private Help() {}

    /** Returns the help lines for the current screen: its keys, the global keys and the text-field keys. */
    static List<String> lines(Ui ui) {
        List<String> out = new ArrayList<>();
        out.add("Keys on " + ui.state().screen().title() + " (a key that is off says why):");
        section(out, ui, ui.page().bindings());
        out.add("");
        out.add("Everywhere:");
        section(out, ui, GlobalKeys.TABLE);
        out.add("  F1-F6 / 1-6  go to a screen (F-keys also while typing)");
        out.add("");
        out.add("In text fields:");
        section(out, ui, GlobalKeys.FIELD);
        out.add("  ←/→ Home End ^A ^E  move   Backspace Del ^U ^K ^W  delete");
        return out;
    }

    private static void section(List<String> out, Ui ui, List<KeyBinding> table) {
        for (KeyBinding b : table) {
            String name = b.key().name();
            boolean screenKey = (name.startsWith("F") && name.length() == 2)
                    || (name.length() == 1 && Character.isDigit(name.charAt(0)));
            if (screenKey) {
                continue;
            }
            String reason = b.disabled(ui);
            out.add("  " + Text.fit(b.key().name(), 7) + b.help());
            if (reason != null) {
                out.add("         [off: " + reason + "]");
            }
        }
    }

    /** Draws the help box over the screen's rows. */
    static void draw(Painter p, Ui ui, int top, int height) {
        int width = p.columns();
        List<String> lines = new ArrayList<>();
        for (String line : lines(ui)) {
            lines.addAll(Text.wrap(line, width - 4, line.startsWith("  ") ? 9 : 2));
        }
        Dialogs.box(p, 0, top, width, height);
        p.text(2, top, " Help — Esc closes, ↓/↑ j/k PgDn/PgUp Home/End scroll ", Style.BOLD);
        int rows = height - 2;
        int first = Math.min(ui.helpScroll(), Math.max(0, lines.size() - rows));
        ui.helpScroll(first);
        for (int r = 0; r < rows && first + r < lines.size(); r++) {
            String line = lines.get(first + r);
            p.text(2, top + 1 + r, line, line.contains("[off:") ? Style.WARNING : Style.NORMAL);
        }
    }
}
