package dev.vastlaunch.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawEnterTest {
    private static final class StreamTerminal extends ANSITerminal {
        StreamTerminal(byte[] input) {
            super(new ByteArrayInputStream(input), new ByteArrayOutputStream(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aBareCarriageReturnDecodesAsEnter() throws Exception {
        StreamTerminal t = new StreamTerminal("\rx".getBytes(StandardCharsets.UTF_8));
        RawEnter.install(t);
        KeyStroke first = t.readInput();
        assertThat(first.getKeyType()).isEqualTo(KeyType.Enter);
        assertThat(t.readInput().getCharacter()).isEqualTo('x');
    }
}
