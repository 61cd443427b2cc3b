package dev.vastlaunch.tui;

import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import java.util.function.Consumer;

/** Holds the frame full screen and hands every key to the key router instead of Lanterna's focus handling. */
final class MainWindow extends BasicWindow {
    private final Consumer<KeyStroke> keys;

    MainWindow(Frame frame, Consumer<KeyStroke> keys) {
        this.keys = keys;
        setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS, Window.Hint.NO_POST_RENDERING));
        setComponent(frame);
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        keys.accept(key);
        return true;
    }
}
