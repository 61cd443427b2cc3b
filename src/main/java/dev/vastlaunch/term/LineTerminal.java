package dev.vastlaunch.term;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.spi.Pty;
import org.jline.utils.ShutdownHooks;

/**
 * JLine's system terminal over the screens' pty, for line editing (the {@code :} bar and the shell), built after the
 * screens' first frame. It leaves the restore on exit to {@link TerminalOwner}: JLine's own shutdown hook would put
 * back the tty settings it found when it was built, which are the screens' raw ones.
 *
 * <p>Built without JLine's native signal set-up, which first puts every signal back to the OS default: a SIGINT in
 * that moment killed the JVM without its shutdown hooks (tty left raw), and the screens are already up when this is
 * built. A signal reaches this terminal once a handler is set on it ({@link #handle}), as the owner and the line
 * reader do.
 */
final class LineTerminal extends PosixSysTerminal {
    LineTerminal(String type, Pty pty) throws IOException {
        super("vastlaunch", type, pty, StandardCharsets.UTF_8, false, SignalHandler.SIG_DFL);
        ShutdownHooks.remove(closer);
    }
}
