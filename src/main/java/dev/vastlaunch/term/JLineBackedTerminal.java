package dev.vastlaunch.term;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlocking;
import org.jline.utils.NonBlockingInputStream;

/**
 * A Lanterna terminal that draws through the one JLine terminal: JLine owns the tty, Lanterna only renders.
 *
 * <p>The size comes from JLine's ioctl, not Lanterna's cursor-report probe (which stalls when output is redirected).
 */
final class JLineBackedTerminal extends ANSITerminal {
    private final Terminal jline;

    JLineBackedTerminal(Terminal jline, GatedOutput output) {
        super(new PollingInput(NonBlocking.nonBlocking("lanterna", jline.input())), output, StandardCharsets.UTF_8);
        this.jline = jline;
        jline.handle(Terminal.Signal.WINCH, s -> refreshSize());
    }

    /** Re-reads the size from the tty and tells Lanterna's listeners when it changed. */
    void refreshSize() {
        org.jline.terminal.Size s = jline.getSize();
        onResized(Math.max(1, s.getColumns()), Math.max(1, s.getRows()));
    }

    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        org.jline.terminal.Size s = jline.getSize();
        return new TerminalSize(Math.max(1, s.getColumns()), Math.max(1, s.getRows()));
    }

    /** Makes JLine's stream look like a blocking stream with a working {@code available()}, as Lanterna polls it. */
    private static final class PollingInput extends InputStream {
        private final NonBlockingInputStream in;

        PollingInput(NonBlockingInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int c;
            do {
                c = in.read(100);
            } while (c == NonBlockingInputStream.READ_EXPIRED);
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int c = read();
            if (c < 0) {
                return -1;
            }
            b[off] = (byte) c;
            return 1;
        }

        @Override
        public int available() throws IOException {
            return in.peek(1) >= 0 ? 1 : 0;
        }
    }
}
