package dev.vastlaunch.tui;

import dev.vastlaunch.offers.TextWrap;
import java.util.List;
import java.util.Locale;

/** Formats text for the screens: strips control characters, fits widths, wraps lines and writes money. */
final class Text {
    private Text() {}

    /** Returns {@code s} with tabs as spaces and every other control character as {@code ?}, so Lanterna accepts it. */
    static String clean(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c == '\t' ? ' ' : (c < 0x20 || (c >= 0x7f && c < 0xa0)) ? '?' : c;
            if (r != c && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(r);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Returns {@code s} cut or padded with spaces to exactly {@code width} characters. */
    static String fit(String s, int width) {
        if (width <= 0) {
            return "";
        }
        if (s.length() > width) {
            return width == 1 ? s.substring(0, 1) : s.substring(0, width - 1) + "…";
        }
        return s + " ".repeat(width - s.length());
    }

    /** Returns {@code s} right-aligned in {@code width} characters (cut when longer). */
    static String right(String s, int width) {
        return s.length() >= width ? fit(s, width) : " ".repeat(width - s.length()) + s;
    }

    /** Returns {@code s} broken into lines of at most {@code width}, continuation lines indented by {@code indent}. */
    static List<String> wrap(String s, int width, int indent) {
        return TextWrap.wrap(s, width, indent);
    }

    /** Returns dollars with four decimals, e.g. {@code $0.3520}. */
    static String money(double dollars) {
        return String.format(Locale.ROOT, "$%.4f", dollars);
    }

    /** Returns dollars with two decimals, e.g. {@code $8.45}. */
    static String money2(double dollars) {
        return String.format(Locale.ROOT, "$%.2f", dollars);
    }

    /** Returns a number without a trailing {@code .0}. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value)
                : String.valueOf(value);
    }

    /** Returns {@code value} masked when it is a secret that is not revealed. */
    static String secret(String value, boolean secret, boolean reveal) {
        return secret && !reveal && !value.isEmpty() ? "********" : value;
    }
}
