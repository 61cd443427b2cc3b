package dev.vastlaunch.tui;

import dev.vastlaunch.offers.ColumnFit;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out the offers table by the one column-fitting rule ({@link ColumnFit}): which columns fit a width, how wide
 * each is, and the text of headers and rows.
 */
final class OfferTable {
    /** The cells before the first column: the cursor marker and the compare mark. */
    static final int GUTTER = 2;

    private static final int GAP = 1;
    private static final int MIN_TEXT = 8;
    private static final int MAX_TEXT = 28;
    /** Widths are measured on this many rows at most, so a huge list costs a bounded time per layout. */
    private static final int MAX_ROWS_MEASURED = 2000;

    /** The shown columns, their widths, and whether the table is the wide one (headers with units). */
    record Layout(List<OfferColumn> columns, List<Integer> widths, boolean wide) {
        Layout {
            columns = List.copyOf(columns);
            widths = List.copyOf(widths);
        }

        /** Returns whether {@code c} is shown. */
        boolean shows(OfferColumn c) {
            return columns.contains(c);
        }
    }

    private OfferTable() {}

    /** Returns the columns of {@code view} that fit in {@code width}, in table order; {@code wide} adds the wide ones. */
    static Layout layout(int width, List<Offer> view, boolean wide, OfferColumn sort) {
        List<OfferColumn> candidates = new ArrayList<>();
        List<ColumnFit.Spec> specs = new ArrayList<>();
        for (OfferColumn c : OfferColumn.values()) {
            if (c.wide() && !wide) {
                continue;
            }
            candidates.add(c);
            int header = title(c, wide).length() + (c == sort ? 1 : 0);
            int natural = Math.max(header, cellWidth(c, view));
            specs.add(new ColumnFit.Spec(natural, Math.min(natural, MIN_TEXT), c.hidePriority(wide), c.isText()));
        }
        int[] widths = ColumnFit.fit(specs, width - GUTTER - 1, GAP);
        List<OfferColumn> cols = new ArrayList<>();
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] > 0) {
                cols.add(candidates.get(i));
                shown.add(widths[i]);
            }
        }
        return new Layout(cols, shown, wide);
    }

    /** Returns the widest cell of {@code c} among the first rows of {@code view} (text capped, numbers whole). */
    private static int cellWidth(OfferColumn c, List<Offer> view) {
        if (!c.isText()) {
            return c.widestCell(view.subList(0, Math.min(view.size(), MAX_ROWS_MEASURED)));
        }
        int w = 0;
        for (int i = 0; i < Math.min(view.size(), MAX_ROWS_MEASURED); i++) {
            w = Math.max(w, c.text(view.get(i)).length());
            if (w >= MAX_TEXT) {
                return MAX_TEXT;
            }
        }
        return w;
    }

    private static String title(OfferColumn c, boolean wide) {
        return wide ? c.titleWithUnit() : c.title();
    }

    /** Returns the header line, with the sort column marked by an arrow. */
    static String header(Layout l, OfferColumn sort, boolean descending) {
        StringBuilder b = new StringBuilder(" ".repeat(GUTTER));
        for (int i = 0; i < l.columns().size(); i++) {
            OfferColumn c = l.columns().get(i);
            String title = title(c, l.wide()) + (c == sort ? (descending ? "▼" : "▲") : "");
            b.append(cell(c, title, l.widths().get(i))).append(' ');
        }
        return b.toString();
    }

    /** Returns one row's text after the gutter. */
    static String row(Offer o, Layout l) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < l.columns().size(); i++) {
            OfferColumn c = l.columns().get(i);
            b.append(cell(c, c.text(o), l.widths().get(i))).append(' ');
        }
        return b.toString();
    }

    private static String cell(OfferColumn c, String text, int width) {
        return c.isText() ? Text.fit(text, width) : Text.right(text, width);
    }
}
