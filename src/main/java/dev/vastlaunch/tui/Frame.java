package dev.vastlaunch.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AbstractComponent;
import com.googlecode.lanterna.gui2.ComponentRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import java.util.function.Consumer;

/** Fills the window and draws the whole frame from the state on each redraw; there are no child widgets. */
final class Frame extends AbstractComponent<Frame> {
    private final Consumer<Painter> paint;
    private final boolean color;

    Frame(Consumer<Painter> paint, boolean color) {
        this.paint = paint;
        this.color = color;
    }

    @Override
    protected ComponentRenderer<Frame> createDefaultRenderer() {
        return new ComponentRenderer<>() {
            @Override
            public TerminalSize getPreferredSize(Frame component) {
                return TerminalSize.ONE;
            }

            @Override
            public void drawComponent(TextGUIGraphics graphics, Frame component) {
                paint.accept(new Painter(graphics, color));
            }
        };
    }
}
