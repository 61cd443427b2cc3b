package dev.vastlaunch.tui;

import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.function.ToIntFunction;

/** Holds the highlighted row of a list and its scroll position; only the visible page is ever drawn. */
final class Cursor {
    private int index;
    private int first;
    private int page = 10;

    /** Returns the highlighted row, kept inside a list of {@code size} rows. */
    int index(int size) {
        index = Math.max(0, Math.min(index, size - 1));
        return index;
    }

    /** Returns the first row to draw when {@code rows} fit, keeping the highlighted row visible. */
    int scroll(int rows, int size) {
        page = Math.max(1, rows);
        int i = index(size);
        if (i < first) {
            first = i;
        } else if (i >= first + page) {
            first = i - page + 1;
        }
        first = Math.max(0, Math.min(first, size - page));
        return first;
    }

    /** Moves the highlight by {@code delta} rows. */
    void move(int delta, int size) {
        index = Math.max(0, Math.min(index + delta, size - 1));
    }

    /** Puts the highlight on row {@code i}. */
    void set(int i) {
        index = Math.max(0, i);
    }

    /** Returns the movement keys of a list whose size {@code size} reads from the state. */
    List<KeyBinding> keys(ToIntFunction<Ui> size) {
        return List.of(
                KeyBinding.of(Key.of(KeyType.ArrowDown, "↓"), "down", "next row", ui -> move(1, size.applyAsInt(ui)))
                        .hidden(),
                KeyBinding.of(Key.of(KeyType.ArrowUp, "↑"), "up", "previous row", ui -> move(-1, size.applyAsInt(ui)))
                        .hidden(),
                KeyBinding.of(
                                Key.of(KeyType.PageDown, "PgDn"),
                                "page down",
                                "next page",
                                ui -> move(page, size.applyAsInt(ui)))
                        .hidden(),
                KeyBinding.of(
                                Key.of(KeyType.PageUp, "PgUp"),
                                "page up",
                                "previous page",
                                ui -> move(-page, size.applyAsInt(ui)))
                        .hidden(),
                KeyBinding.of(Key.of(KeyType.Home, "Home"), "first", "first row", ui -> set(0))
                        .hidden(),
                KeyBinding.of(Key.of(KeyType.End, "End"), "last", "last row", ui -> set(size.applyAsInt(ui) - 1))
                        .hidden(),
                KeyBinding.of(Key.ch('j'), "down", "next row", ui -> move(1, size.applyAsInt(ui)))
                        .hidden(),
                KeyBinding.of(Key.ch('k'), "up", "previous row", ui -> move(-1, size.applyAsInt(ui)))
                        .hidden(),
                KeyBinding.of(Key.ch('g'), "first", "first row", ui -> set(0)).hidden(),
                KeyBinding.of(Key.ch('G'), "last", "last row", ui -> set(size.applyAsInt(ui) - 1))
                        .hidden());
    }
}
