package dev.vastlaunch.offers;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits the columns of a table into a width, the one rule of every table (the screens' offers table and the text
 * tables of the shell and the one-shot commands).
 *
 * <p>The rule: columns are taken by priority (0 first; lower numbers before higher), each at its natural width (its
 * widest cell or header), as long as it fits; a column that does not fit is dropped, and a later, narrower one may
 * still fit. Only when the priority-0 columns alone are too wide are text columns cut, down to their minimum; numbers
 * are never cut. Any width left over goes to the text columns that were cut.
 */
public final class ColumnFit {
    /**
     * One column to fit.
     *
     * @param natural the width that shows every cell whole
     * @param min the narrowest a text column may be cut to (ignored for numbers)
     * @param priority 0 never dropped; higher numbers are dropped first
     * @param text whether the cells are text, which may be cut with {@code …} as the last resort
     */
    public record Spec(int natural, int min, int priority, boolean text) {}

    private ColumnFit() {}

    /** Returns the width of each column in {@code width} cells with {@code gap} cells between columns; 0 = dropped. */
    public static int[] fit(List<Spec> specs, int width, int gap) {
        int n = specs.size();
        int[] out = new int[n];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        // Not Comparator.comparingInt: it returns a serializable lambda, which the JDK's start-up cache does not keep,
        // so the first draw waited for the JVM to generate its class.
        order.sort(
                (a, b) -> Integer.compare(specs.get(a).priority(), specs.get(b).priority()));
        int used = 0;
        for (int i : order) {
            Spec s = specs.get(i);
            int need = s.natural() + (used == 0 ? 0 : gap);
            if (s.priority() == 0 || used + need <= width) {
                out[i] = s.natural();
                used += need;
            }
        }
        if (used > width) {
            shrink(specs, out, used - width);
        }
        return out;
    }

    /** Cuts the text columns, widest first, until {@code over} cells are saved or none can give more. */
    private static void shrink(List<Spec> specs, int[] out, int over) {
        int left = over;
        while (left > 0) {
            int widest = -1;
            for (int i = 0; i < out.length; i++) {
                Spec s = specs.get(i);
                if (out[i] > 0 && s.text() && out[i] > s.min() && (widest < 0 || out[i] > out[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                break;
            }
            out[widest]--;
            left--;
        }
    }

    /** Returns the total width of the shown columns with {@code gap} cells between them. */
    public static int total(int[] widths, int gap) {
        int sum = 0;
        int shown = 0;
        for (int w : widths) {
            if (w > 0) {
                sum += w;
                shown++;
            }
        }
        return sum + Math.max(0, shown - 1) * gap;
    }

    /** Returns {@code text} cut to {@code width} cells with {@code …} at the end when it is longer. */
    public static String cut(String text, int width) {
        if (text.length() <= width) {
            return text;
        }
        return width <= 1 ? text.substring(0, Math.max(0, width)) : text.substring(0, width - 1) + "…";
    }
}
