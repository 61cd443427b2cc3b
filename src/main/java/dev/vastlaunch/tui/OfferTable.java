package dev.vastlaunch.tui;

import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Lays out the offers table: which columns fit a width (hiding by priority) and the text of headers and rows. */
final class OfferTable {
    /** The cells before the first column: the cursor marker and the compare mark. */
    static final int GUTTER = 2;

    private OfferTable() {}

    /** Returns the columns that fit in {@code width}, in table order, dropping the highest hide priority first. */
    static List<OfferColumn> columns(int width) {
        List<OfferColumn> shown = new ArrayList<>(Arrays.asList(OfferColumn.values()));
        List<OfferColumn> byPriority = new ArrayList<>(shown);
        byPriority.sort(Comparator.comparingInt(OfferColumn::hidePriority)
                .reversed()
                .thenComparing(Comparator.comparingInt(OfferColumn::width).reversed()));
        for (OfferColumn c : byPriority) {
            if (total(shown) <= width || c.hidePriority() == 0) {
                break;
            }
            shown.remove(c);
        }
        return shown;
    }

    private static int total(List<OfferColumn> cols) {
        return GUTTER + cols.stream().mapToInt(c -> c.width() + 1).sum();
    }

    /** Returns the header line, with the sort column marked by an arrow. */
    static String header(List<OfferColumn> cols, OfferColumn sort, boolean descending) {
        StringBuilder b = new StringBuilder(" ".repeat(GUTTER));
        for (OfferColumn c : cols) {
            String title = c == sort ? c.title() + (descending ? "▼" : "▲") : c.title();
            b.append(cell(c, title)).append(' ');
        }
        return b.toString();
    }

    /** Returns one row's text after the gutter. */
    static String row(Offer o, List<OfferColumn> cols) {
        StringBuilder b = new StringBuilder();
        for (OfferColumn c : cols) {
            b.append(cell(c, c.text(o))).append(' ');
        }
        return b.toString();
    }

    private static String cell(OfferColumn c, String text) {
        boolean numeric = c != OfferColumn.GPU && c != OfferColumn.LOCATION;
        return numeric ? Text.right(text, c.width()) : Text.fit(text, c.width());
    }
}
