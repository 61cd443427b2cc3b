package dev.vastlaunch.term;

import dev.vastlaunch.app.State;
import dev.vastlaunch.testing.FakePorts;
import dev.vastlaunch.tui.TuiApp;
import dev.vastlaunch.tui.TuiOptions;
import java.util.Map;

/**
 * Runs the screens on the real terminal, the way the app does, with a {@code :} bar that throws: scripts/e2e-terminal.sh
 * presses {@code :} and checks that the exception path restores the tty (stty, alternate screen, cursor, keypad).
 */
public final class CrashProbe {
    private CrashProbe() {}

    public static void main(String[] args) throws Exception {
        try (TerminalOwner owner = TerminalOwner.open()) {
            TuiApp.run(
                    owner,
                    State.initial(true),
                    new FakePorts().ports(),
                    state -> {
                        throw new IllegalStateException("probe: the bar failed");
                    },
                    TuiOptions.from(false, Map.of()),
                    dev.vastlaunch.tui.Outside.none());
        } catch (IllegalStateException e) {
            System.err.println("internal error: " + e.getMessage());
            System.exit(1);
        }
    }
}
