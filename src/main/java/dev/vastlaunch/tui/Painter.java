package dev.vastlaunch.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;

/**
 * Draws cleaned, clipped text into one frame; the only place that touches Lanterna's graphics, so every string is
 * sanitized and no colour is ever set when colours are off.
 */
final class Painter {
    private final TextGraphics g;
    private final boolean color;
    private final int columns;
    private final int rows;

    Painter(TextGraphics g, boolean color) {
        this.g = g;
        this.color = color;
        this.columns = g.getSize().getColumns();
        this.rows = g.getSize().getRows();
    }

    int columns() {
        return columns;
    }

    int rows() {
        return rows;
    }

    /** Blanks the whole frame. */
    void clear() {
        style(Style.NORMAL);
        g.fill(' ');
    }

    /** Draws {@code text} at a cell, clipped at the right edge. */
    void text(int col, int row, String text, Style style) {
        if (row < 0 || row >= rows || col >= columns || col < 0) {
            return;
        }
        String s = TerminalTextUtils.fitString(Text.clean(text), columns - col);
        if (s.isEmpty()) {
            return;
        }
        style(style);
        g.putString(col, row, s);
        style(Style.NORMAL);
    }

    /** Draws {@code text} padded to {@code width} cells, so a reverse-video bar spans the width. */
    void bar(int col, int row, int width, String text, Style style) {
        text(col, row, Text.fit(Text.clean(text), Math.min(width, columns - col)), style);
    }

    private void style(Style s) {
        g.clearModifiers();
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
        switch (s) {
            case NORMAL -> {}
            case BOLD -> g.enableModifiers(SGR.BOLD);
            case REVERSE -> g.enableModifiers(SGR.REVERSE);
            case ACCENT -> {
                g.enableModifiers(SGR.BOLD);
                colour(TextColor.ANSI.CYAN);
            }
            case ERROR -> {
                g.enableModifiers(SGR.BOLD);
                colour(TextColor.ANSI.RED);
            }
            case WARNING -> {
                g.enableModifiers(SGR.BOLD);
                colour(TextColor.ANSI.YELLOW);
            }
            case OK -> {
                g.enableModifiers(SGR.BOLD);
                colour(TextColor.ANSI.GREEN);
            }
        }
    }

    private void colour(TextColor fg) {
        if (color) {
            g.setForegroundColor(fg);
        }
    }
}
