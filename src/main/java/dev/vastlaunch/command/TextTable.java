package dev.vastlaunch.command;

import java.util.ArrayList;
import java.util.List;

/** Lays out rows as aligned columns, dropping the columns that do not fit the width, least important first. */
public final class TextTable {
    /** One column: header, importance (0 never dropped; higher dropped first), and right alignment. */
    record Column(String header, int dropPriority, boolean right) {}

    private TextTable() {}

    public static String render(List<Column> columns, List<List<String>> rows, int width) {
        int n = columns.size();
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            widths[i] = columns.get(i).header().length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        boolean[] shown = new boolean[n];
        java.util.Arrays.fill(shown, true);
        while (total(widths, shown) > width) {
            int drop = -1;
            for (int i = 0; i < n; i++) {
                if (shown[i]
                        && columns.get(i).dropPriority() > 0
                        && (drop < 0
                                || columns.get(i).dropPriority()
                                        > columns.get(drop).dropPriority())) {
                    drop = i;
                }
            }
            if (drop < 0) {
                break;
            }
            shown[drop] = false;
        }
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        columns.forEach(c -> header.add(c.header()));
        line(out, columns, header, widths, shown);
        for (List<String> row : rows) {
            line(out, columns, row, widths, shown);
        }
        return out.toString();
    }

    private static int total(int[] widths, boolean[] shown) {
        int sum = 0;
        for (int i = 0; i < widths.length; i++) {
            if (shown[i]) {
                sum += widths[i] + 2;
            }
        }
        return sum;
    }

    private static void line(StringBuilder out, List<Column> cols, List<String> cells, int[] widths, boolean[] shown) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cols.size(); i++) {
            if (!shown[i]) {
                continue;
            }
            String cell = cells.get(i);
            String pad = " ".repeat(widths[i] - cell.length());
            line.append(cols.get(i).right() ? pad + cell : cell + pad).append("  ");
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
