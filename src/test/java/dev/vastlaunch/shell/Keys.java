package dev.vastlaunch.shell;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.AttributedString;

/** Drives a JLine dumb terminal (type ansi, so editing and completion work) with keystrokes given as text. */
final class Keys implements AutoCloseable {
    static final String TAB = "\t";
    static final String ENTER = "\r";
    static final String ESC = "\u001b";
    static final String CTRL_U = "\u0015";
    static final String CTRL_P = "\u0010";
    static final String BACKSPACE = "\b";

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final Terminal terminal;

    Keys(String keys) {
        this(new ByteArrayInputStream(keys.getBytes(UTF_8)));
    }

    Keys(InputStream in) {
        try {
            terminal = new DumbTerminal("t", "ansi", in, out, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        terminal.setSize(new Size(160, 40));
    }

    /** Returns what was written to the screen, without colours. */
    String screen() {
        terminal.flush();
        // stripAnsi leaves the bracketed-paste switches' tails ("2004h") behind; drop them first.
        return AttributedString.stripAnsi(out.toString(UTF_8).replaceAll("\u001b\\[\\?2004[hl]", ""));
    }

    @Override
    public void close() throws IOException {
        terminal.close();
    }
}
