package dev.vastlaunch.tui;

import java.util.function.BiConsumer;

/** Returns a one-line question asked on the row above the status line, and what its answer does. */
record Prompt(String label, LineEdit edit, BiConsumer<Ui, String> onSubmit) {
    /** Returns a prompt whose field starts with {@code initial}. */
    static Prompt ask(String label, String initial, BiConsumer<Ui, String> onSubmit) {
        return new Prompt(label, new LineEdit(initial), onSubmit);
    }
}
