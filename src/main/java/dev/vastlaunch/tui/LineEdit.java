package dev.vastlaunch.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** Holds one line of text being typed, with a cursor and the usual editing keys (emacs-style controls included). */
final class LineEdit {
    private final StringBuilder text;
    private int cursor;

    LineEdit(String initial) {
        this.text = new StringBuilder(Text.clean(initial));
        this.cursor = text.length();
    }

    String text() {
        return text.toString();
    }

    int cursor() {
        return cursor;
    }

    /** Replaces the text and puts the cursor at its end. */
    void set(String value) {
        text.setLength(0);
        text.append(Text.clean(value));
        cursor = text.length();
    }

    /** Applies an editing key; returns whether it was one (the text or cursor may have changed). */
    boolean handle(KeyStroke k) {
        KeyType type = k.getKeyType();
        if (type == KeyType.Character && !k.isAltDown()) {
            char c = k.getCharacter();
            if (k.isCtrlDown()) {
                return control(c);
            }
            if (c >= 0x20 && c != 0x7f) {
                text.insert(cursor++, c);
            }
            return true;
        }
        switch (type) {
            case Backspace -> {
                if (cursor > 0) {
                    text.deleteCharAt(--cursor);
                }
            }
            case Delete -> {
                if (cursor < text.length()) {
                    text.deleteCharAt(cursor);
                }
            }
            case ArrowLeft -> cursor = Math.max(0, cursor - 1);
            case ArrowRight -> cursor = Math.min(text.length(), cursor + 1);
            case Home -> cursor = 0;
            case End -> cursor = text.length();
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean control(char c) {
        switch (c) {
            case 'a' -> cursor = 0;
            case 'e' -> cursor = text.length();
            case 'u' -> {
                text.delete(0, cursor);
                cursor = 0;
            }
            case 'k' -> text.setLength(cursor);
            case 'w' -> {
                int start = cursor;
                while (start > 0 && text.charAt(start - 1) == ' ') {
                    start--;
                }
                while (start > 0 && text.charAt(start - 1) != ' ') {
                    start--;
                }
                text.delete(start, cursor);
                cursor = start;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Returns the first character shown when the field is {@code width} wide, keeping the cursor visible. */
    int scroll(int width) {
        return Math.max(0, cursor - Math.max(1, width - 1));
    }
}
