package dev.vastlaunch.offers;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines at word boundaries, the one wrapping rule of the screens, the bar's panels and the shell.
 *
 * <p>A word longer than a whole line is the only thing ever cut mid-word.
 */
public final class TextWrap {
    private TextWrap() {}

    /** Returns {@code s} broken into lines of at most {@code width}, continuation lines indented by {@code indent}. */
    public static List<String> wrap(String s, int width, int indent) {
        List<String> out = new ArrayList<>();
        for (String line : s.split("\n", -1)) {
            wrapLine(line, width, indent, out);
        }
        return out;
    }

    /**
     * Returns {@code s} wrapped to {@code width}, each line's continuations indented under its second column: after
     * the first run of two or more spaces (a {@code name  description} line), else under its own first word.
     */
    public static String hanging(String s, int width) {
        List<String> out = new ArrayList<>();
        for (String line : s.split("\n", -1)) {
            wrapLine(line, width, hangAt(line, width), out);
        }
        return String.join("\n", out);
    }

    private static int hangAt(String line, int width) {
        int lead = 0;
        while (lead < line.length() && line.charAt(lead) == ' ') {
            lead++;
        }
        int gap = line.indexOf("  ", lead);
        if (gap > lead) {
            int next = gap;
            while (next < line.length() && line.charAt(next) == ' ') {
                next++;
            }
            if (next < width / 2 && next < line.length()) {
                return next;
            }
        }
        return Math.min(lead + 2, width / 2);
    }

    private static void wrapLine(String line, int width, int indent, List<String> out) {
        String rest = line;
        boolean first = true;
        while (true) {
            int room = first ? width : width - indent;
            String prefix = first ? "" : " ".repeat(indent);
            if (room <= 0 || rest.length() <= room) {
                out.add(prefix + rest);
                return;
            }
            int cut = rest.lastIndexOf(' ', room);
            while (cut > 0 && rest.charAt(cut - 1) == ' ') {
                cut--;
            }
            if (cut <= 0 || (first && cut <= leading(rest))) {
                cut = room;
            }
            out.add(prefix + rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
            first = false;
        }
    }

    private static int leading(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
