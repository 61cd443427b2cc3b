package dev.vastlaunch.term;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlocking;

/**
 * A Lanterna terminal that draws through the one JLine terminal: JLine owns the tty, Lanterna only renders.
 *
 * <p>The size comes from JLine's ioctl, not Lanterna's cursor-report probe (which stalls when output is redirected).
 * Keys reach Lanterna as soon as their bytes arrive: see {@link TtyInput} for the escape timeout.
 */
final class JLineBackedTerminal extends ANSITerminal implements InputWait {
    private final Terminal jline;
    private final TtyInput input;

    JLineBackedTerminal(Terminal jline, GatedOutput output) {
        this(jline, new TtyInput(NonBlocking.nonBlocking("lanterna", jline.input())), output);
    }

    private JLineBackedTerminal(Terminal jline, TtyInput input, GatedOutput output) {
        super(input, output, StandardCharsets.UTF_8);
        this.jline = jline;
        this.input = input;
        // Lanterna's decoder would sleep in 250 ms steps before taking a lone Esc; TtyInput waits instead.
        getInputDecoder().setTimeoutUnits(0);
        jline.handle(Terminal.Signal.WINCH, s -> refreshSize());
    }

    /** Hands Lanterna {@code b} as if it had been typed (a signal delivered as its key). */
    void inject(int b) {
        input.inject(b);
    }

    /** Re-reads the size from the tty and tells Lanterna's listeners when it changed. */
    void refreshSize() {
        org.jline.terminal.Size s = jline.getSize();
        onResized(Math.max(1, s.getColumns()), Math.max(1, s.getRows()));
    }

    @Override
    public boolean awaitInput(long millis) throws InterruptedException {
        return input.await(millis);
    }

    @Override
    protected TerminalSize findTerminalSize() {
        org.jline.terminal.Size s = jline.getSize();
        return new TerminalSize(Math.max(1, s.getColumns()), Math.max(1, s.getRows()));
    }
}
