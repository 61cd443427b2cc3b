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
 */
final class LineTerminal extends PosixSysTerminal {
    LineTerminal(String type, Pty pty) throws IOException {
        super("vastlaunch", type, pty, StandardCharsets.UTF_8, true, SignalHandler.SIG_DFL);
        ShutdownHooks.remove(closer);
    }
}
