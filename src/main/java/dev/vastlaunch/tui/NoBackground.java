package dev.vastlaunch.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.ComponentRenderer;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.TextGUIGraphics;

/**
 * The pane behind the full-screen main window; draws nothing, as the window covers every cell (filling it anyway
 * cost a fifth of each keystroke's redraw).
 */
final class NoBackground extends EmptySpace {
    @Override
    protected ComponentRenderer<EmptySpace> createDefaultRenderer() {
        return new ComponentRenderer<>() {
            @Override
            public TerminalSize getPreferredSize(EmptySpace component) {
                return TerminalSize.ONE;
            }

            @Override
            public void drawComponent(TextGUIGraphics graphics, EmptySpace component) {
                // nothing: the main window paints every cell
            }
        };
    }
}
