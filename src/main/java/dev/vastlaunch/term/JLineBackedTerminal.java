package dev.vastlaunch.term;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Size;
import org.jline.terminal.spi.Pty;
import org.jline.utils.NonBlockingInputStream;

/**
 * A Lanterna terminal on the tty's pty as JLine opens it: JLine owns the tty, Lanterna only renders.
 *
 * <p>The size comes from the pty's ioctl, not Lanterna's cursor-report probe (which stalls when output is redirected).
 * Keys reach Lanterna as soon as their bytes arrive: see {@link TtyInput} for the escape timeout.
 */
final class JLineBackedTerminal extends ANSITerminal implements InputWait {
    /** The size assumed when the tty does not tell its own. */
    private static final Size FALLBACK = new Size(80, 24);

    /** How often an idle wait re-reads the size while no SIGWINCH handler exists. */
    private static final long SIZE_POLL_NANOS = 100_000_000L;

    private final Pty pty;
    private final TtyInput input;
    /** Whether SIGWINCH calls {@link #refreshSize()}; until then {@link #awaitInput} polls the size. */
    private volatile boolean resizesSignalled;
    /** When an idle wait last read the size ({@link System#nanoTime()}); read and written on the screens' thread. */
    private long sizeReadAt = System.nanoTime();

    JLineBackedTerminal(Pty pty, NonBlockingInputStream in, GatedOutput output) {
        this(pty, new TtyInput(in), output);
    }

    private JLineBackedTerminal(Pty pty, TtyInput input, GatedOutput output) {
        super(input, output, StandardCharsets.UTF_8);
        this.pty = pty;
        this.input = input;
        // Lanterna's decoder would sleep in 250 ms steps before taking a lone Esc; TtyInput waits instead.
        getInputDecoder().setTimeoutUnits(0);
    }

    /** Hands Lanterna {@code b} as if it had been typed (a signal delivered as its key). */
    void inject(int b) {
        input.inject(b);
    }

    /** Re-reads the size from the tty and tells Lanterna's listeners when it changed. */
    void refreshSize() {
        Size s = size();
        onResized(Math.max(1, s.getColumns()), Math.max(1, s.getRows()));
    }

    /** Records that SIGWINCH now reaches {@link #refreshSize()}, so idle waits stop reading the size. */
    void resizesSignalled() {
        resizesSignalled = true;
    }

    /**
     * Waits up to {@code millis} for input; first re-reads the size (at most every 100 ms) while no SIGWINCH handler
     * exists.
     */
    @Override
    public boolean awaitInput(long millis) throws InterruptedException {
        if (!resizesSignalled) {
            long now = System.nanoTime();
            if (now - sizeReadAt >= SIZE_POLL_NANOS) {
                sizeReadAt = now;
                refreshSize();
            }
        }
        return input.await(millis);
    }

    @Override
    protected TerminalSize findTerminalSize() {
        Size s = size();
        return new TerminalSize(Math.max(1, s.getColumns()), Math.max(1, s.getRows()));
    }

    private Size size() {
        try {
            return pty.getSize();
        } catch (IOException e) {
            return FALLBACK;
        }
    }
}
