package dev.vastlaunch.command;

import dev.vastlaunch.offers.ColumnFit;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out rows as aligned columns no wider than a width, by the one column-fitting rule ({@link ColumnFit}):
 * columns dropped by priority, text cut with {@code …} only as the last resort, numbers never cut.
 */
public final class TextTable {
    private static final int GAP = 2;
    private static final int MIN_TEXT = 8;

    /** One column: header, priority (0 never dropped; higher dropped first), and whether it holds numbers. */
    record Column(String header, int dropPriority, boolean right) {}

    private TextTable() {}

    /** Returns the table as lines of at most {@code width} characters, each ending with a newline. */
    public static String render(List<Column> columns, List<List<String>> rows, int width) {
        List<ColumnFit.Spec> specs = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            int natural = c.header().length();
            for (List<String> row : rows) {
                natural = Math.max(natural, row.get(i).length());
            }
            specs.add(new ColumnFit.Spec(
                    natural, Math.min(natural, Math.max(MIN_TEXT, c.header().length())), c.dropPriority(), !c.right()));
        }
        int[] widths = ColumnFit.fit(specs, width, GAP);
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        columns.forEach(c -> header.add(c.header()));
        line(out, columns, header, widths);
        for (List<String> row : rows) {
            line(out, columns, row, widths);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<Column> cols, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cols.size(); i++) {
            if (widths[i] == 0) {
                continue;
            }
            String cell = cols.get(i).right() ? cells.get(i) : ColumnFit.cut(cells.get(i), widths[i]);
            String pad = " ".repeat(Math.max(0, widths[i] - cell.length()));
            line.append(cols.get(i).right() ? pad + cell : cell + pad).append(" ".repeat(GAP));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
