package dev.vastlaunch.app;

import java.util.List;

/** Returns what a command line asked for: actions to dispatch in order, and whether to quit. */
public record BarResult(List<Action> actions, boolean quit) {
    public BarResult {
        actions = List.copyOf(actions);
    }

    /** Returns the result of a cancelled prompt: nothing to do. */
    public static BarResult cancelled() {
        return new BarResult(List.of(), false);
    }

    /** Returns a result that dispatches {@code actions}. */
    public static BarResult of(List<Action> actions) {
        return new BarResult(actions, false);
    }
}
