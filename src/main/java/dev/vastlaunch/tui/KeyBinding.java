package dev.vastlaunch.tui;

import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Returns one row of a key table: the key, its short label for the hint bar, its help text, why it is disabled now
 * (null when enabled), and what it does; the same rows drive dispatch, the hint bar and the help overlay.
 *
 * @param hint whether the key is shown in the bottom hint bar (all keys are listed in the help overlay)
 */
record KeyBinding(
        Key key,
        String label,
        String help,
        boolean hint,
        Function<Ui, @Nullable String> disabledReason,
        Consumer<Ui> run) {

    /** Returns an always-enabled binding shown in the hint bar. */
    static KeyBinding of(Key key, String label, String help, Consumer<Ui> run) {
        return new KeyBinding(key, label, help, true, ui -> null, run);
    }

    /** Returns this binding kept out of the hint bar (still in the help overlay). */
    KeyBinding hidden() {
        return new KeyBinding(key, label, help, false, disabledReason, run);
    }

    /** Returns this binding, disabled whenever {@code reason} returns a message. */
    KeyBinding when(Function<Ui, @Nullable String> reason) {
        return new KeyBinding(key, label, help, hint, reason, run);
    }

    /** Returns why the key does nothing now, or null when it works. */
    @Nullable
    String disabled(Ui ui) {
        return disabledReason.apply(ui);
    }
}
