package dev.vastlaunch.app;

import java.util.List;

/** Returns the state after an action and the effects it asks for. */
public record Next(State state, List<Effect> effects) {
    public Next {
        effects = List.copyOf(effects);
    }

    /** Returns the next state with no effect. */
    public static Next of(State state) {
        return new Next(state, List.of());
    }

    /** Returns the next state with effects. */
    public static Next of(State state, Effect... effects) {
        return new Next(state, List.of(effects));
    }
}
