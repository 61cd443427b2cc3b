package dev.vastlaunch.tui;

import dev.vastlaunch.app.BarPanel;
import dev.vastlaunch.app.State;
import java.util.function.BiFunction;

/** Returns a panel drawn over the screen whose text follows the state (logs arriving, for one). */
record TextPanel(String title, BiFunction<State, Integer, String> body) implements BarPanel {
    @Override
    public String render(State state, int width) {
        return body.apply(state, width);
    }
}
