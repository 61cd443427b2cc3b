package dev.vastlaunch.tui;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Draws one wizard screen from the state and names its keys; typing in a focused field bypasses the key table. A
 * screen without text fields keeps the defaults: no field, and field events do nothing.
 */
interface Page {
    /** Returns the screen's key table, used when no text field has the keys. */
    List<KeyBinding> bindings();

    /** Returns the text field that has the keys, or null when the key table applies. */
    default @Nullable LineEdit editing() {
        return null;
    }

    /** Handles Enter in the focused text field. */
    default void submit(Ui ui) {}

    /** Handles Esc in the focused text field. */
    default void escape(Ui ui) {}

    /** Reacts to a changed text in the focused field (live search, live checks). */
    default void changed(Ui ui) {}

    /** Moves the focus to the next (or previous) field of the screen. */
    default void tab(Ui ui, boolean backwards) {}

    /** Draws the screen's body into rows {@code top} to {@code top + height - 1}. */
    void draw(Painter p, Ui ui, int top, int height);
}
