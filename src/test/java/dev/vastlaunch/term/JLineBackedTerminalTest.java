package dev.vastlaunch.term;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.spi.Pty;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.jline.utils.NonBlocking;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class JLineBackedTerminalTest {
    /** A pty whose size the test sets; counts how often it is asked. */
    private static final class SizedPty implements Pty {
        volatile Size size = new Size(100, 30);
        final java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public Size getSize() {
            asked.incrementAndGet();
            return size;
        }

        @Override
        public InputStream getMasterInput() {
            return InputStream.nullInputStream();
        }

        @Override
        public OutputStream getMasterOutput() {
            return OutputStream.nullOutputStream();
        }

        @Override
        public InputStream getSlaveInput() {
            return InputStream.nullInputStream();
        }

        @Override
        public OutputStream getSlaveOutput() {
            return OutputStream.nullOutputStream();
        }

        @Override
        public Attributes getAttr() {
            return new Attributes();
        }

        @Override
        public void setAttr(Attributes attr) {}

        @Override
        public void setSize(Size size) {}

        @Override
        public @Nullable SystemStream getSystemStream() {
            return null;
        }

        @Override
        public @Nullable TerminalProvider getProvider() {
            return null;
        }

        @Override
        public void close() {}
    }

    private static JLineBackedTerminal terminal(SizedPty pty) {
        return new JLineBackedTerminal(
                pty,
                NonBlocking.nonBlocking("test", new ByteArrayInputStream(new byte[0])),
                new GatedOutput(new ByteArrayOutputStream()));
    }

    @Test
    void aResizeBeforeAnySigwinchHandlerIsSeenByAnIdleWait() throws Exception {
        SizedPty pty = new SizedPty();
        JLineBackedTerminal terminal = terminal(pty);
        assertThat(terminal.getTerminalSize()).isEqualTo(new TerminalSize(100, 30));
        List<TerminalSize> seen = new ArrayList<>();
        terminal.addResizeListener((t, size) -> seen.add(size));

        pty.size = new Size(80, 24);
        Thread.sleep(120);
        var unused = terminal.awaitInput(1);

        assertThat(seen).containsExactly(new TerminalSize(80, 24));
    }

    @Test
    void onceSigwinchIsHandledIdleWaitsLeaveTheSizeAlone() throws Exception {
        SizedPty pty = new SizedPty();
        JLineBackedTerminal terminal = terminal(pty);
        terminal.resizesSignalled();
        int before = pty.asked.get();

        pty.size = new Size(80, 24);
        Thread.sleep(120);
        var unused = terminal.awaitInput(1);

        assertThat(pty.asked.get()).isEqualTo(before);
    }
}
