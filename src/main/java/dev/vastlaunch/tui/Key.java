package dev.vastlaunch.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.jspecify.annotations.Nullable;

/**
 * Names one key a binding reacts to: a key type, or a character (with Ctrl), and how it is written in hints and help.
 */
record Key(KeyType type, @Nullable Character ch, boolean ctrl, String name) {
    /** Returns a plain character key, e.g. {@code q}. */
    static Key ch(char c) {
        return new Key(KeyType.Character, c, false, c == ' ' ? "Space" : String.valueOf(c));
    }

    /** Returns a character key with a display name of its own. */
    static Key ch(char c, String name) {
        return new Key(KeyType.Character, c, false, name);
    }

    /** Returns Ctrl plus a letter, e.g. {@code ^C}. */
    static Key ctrl(char c) {
        return new Key(KeyType.Character, c, true, "^" + Character.toUpperCase(c));
    }

    /** Returns a special key such as Enter or F1. */
    static Key of(KeyType type, String name) {
        return new Key(type, null, false, name);
    }

    /** Returns whether {@code k} is this key. */
    boolean matches(KeyStroke k) {
        if (k.getKeyType() != type) {
            return false;
        }
        if (type != KeyType.Character) {
            return true;
        }
        Character c = k.getCharacter();
        return c != null && c.equals(ch) && k.isCtrlDown() == ctrl && !k.isAltDown();
    }

    /**
     * Returns the key a terminal meant: a bare carriage return (raw mode without ICRNL) arrives as Ctrl-M, a tab as
     * Ctrl-I and some backspaces as Ctrl-H, which are the same bytes as Enter, Tab and Backspace.
     */
    static KeyStroke normalize(KeyStroke k) {
        if (k.getKeyType() != KeyType.Character || !k.isCtrlDown() || k.isAltDown() || k.getCharacter() == null) {
            return k;
        }
        return switch (k.getCharacter()) {
            case 'm', 'j' -> new KeyStroke(KeyType.Enter);
            case 'i' -> new KeyStroke(KeyType.Tab);
            case 'h' -> new KeyStroke(KeyType.Backspace);
            default -> k;
        };
    }

    /** Returns how a pressed key is written in a status message. */
    static String describe(KeyStroke k) {
        if (k.getKeyType() == KeyType.Character && k.getCharacter() != null) {
            char c = k.getCharacter();
            return (k.isCtrlDown() ? "^" : "") + (k.isAltDown() ? "Alt-" : "") + (c == ' ' ? "Space" : c);
        }
        return k.getKeyType().name();
    }
}
