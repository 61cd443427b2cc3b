package dev.vastlaunch.tui;

import com.googlecode.lanterna.input.BasicCharacterPattern;
import com.googlecode.lanterna.input.CharacterPattern;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.StreamBasedTerminal;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a bare carriage return decode as Enter on a stream terminal.
 *
 * <p>In raw mode without ICRNL the Enter key sends {@code \r}; Lanterna's decoder only knows {@code \n} and
 * {@code \r\0}, waits on the partial {@code \r\0} match and then drops the byte, so Enter would do nothing.
 */
final class RawEnter {
    private RawEnter() {}

    /** Replaces the {@code \r\0} pattern of {@code terminal}'s decoder by a plain {@code \r}, when it has a decoder. */
    static void install(Terminal terminal) {
        if (!(terminal instanceof StreamBasedTerminal stream)) {
            return;
        }
        InputDecoder decoder = stream.getInputDecoder();
        List<CharacterPattern> carriageReturns = new ArrayList<>();
        for (CharacterPattern p : decoder.getPatterns()) {
            if (p instanceof BasicCharacterPattern basic
                    && basic.getPattern().length > 0
                    && basic.getPattern()[0] == '\r') {
                carriageReturns.add(p);
            }
        }
        carriageReturns.forEach(decoder::removePattern);
        decoder.addProfile(() -> List.of(new BasicCharacterPattern(new KeyStroke(KeyType.Enter), '\r')));
    }
}
