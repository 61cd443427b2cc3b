package dev.vastlaunch.tui;

import com.googlecode.lanterna.terminal.Terminal;
import dev.vastlaunch.app.CommandBar;
import dev.vastlaunch.app.Ports;
import dev.vastlaunch.app.State;
import dev.vastlaunch.term.TerminalOwner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;

/** Starts the full-screen wizard: offers, image, env and ports, options, review and launch. */
public final class TuiApp {
    /** The longest the screens' start waits for the first search before its settled task runs anyway. */
    public static final long SETTLE_MAX_MILLIS = 2_000;

    private TuiApp() {}

    /**
     * Runs the screens on {@code owner}'s terminal until the user quits and returns the final state, so a shell can
     * continue with it.
     *
     * <p>Blocks; the calling thread becomes the GUI thread. The screen is always stopped and raw mode left on the way
     * out; an exception from the GUI thread is rethrown after that (the caller closes {@code owner}).
     */
    public static State run(
            TerminalOwner owner, State initial, Ports ports, CommandBar bar, TuiOptions options, Outside outside) {
        return run(owner, initial, ports, bar, options, outside, () -> {}, () -> {}, SETTLE_MAX_MILLIS);
    }

    /**
     * Runs the screens as the method above does, calling {@code drawn} once the first frame is on the screen and
     * {@code settled} once nothing started by the screens is in flight (the first search answered) or
     * {@code settleMaxMillis} after the first frame, whichever comes first.
     */
    public static State run(
            TerminalOwner owner,
            State initial,
            Ports ports,
            CommandBar bar,
            TuiOptions options,
            Outside outside,
            Runnable drawn,
            Runnable settled,
            long settleMaxMillis) {
        owner.enterRaw();
        try (Tui tui = open(owner.lanterna(), initial, ports, bar, options, outside, UnaryOperator.identity(), drawn)) {
            tui.whenSettled(settled, settleMaxMillis);
            tui.runUntilQuit();
            if (tui.interrupted()) {
                owner.markInterrupted();
            }
            return tui.state();
        } finally {
            owner.leaveRaw();
        }
    }

    /**
     * Opens the screens on any Lanterna terminal (a {@code DefaultVirtualTerminal} in tests) without running the loop;
     * the caller pumps it with {@link Tui#step()} on this thread.
     *
     * @param ownerPolicy wraps the GUI thread's task queue into the executor the session hands effect results to
     * @param drawn called once the first frame is drawn
     */
    public static Tui open(
            Terminal terminal,
            State initial,
            Ports ports,
            CommandBar bar,
            TuiOptions options,
            Outside outside,
            UnaryOperator<Executor> ownerPolicy,
            Runnable drawn) {
        try {
            return new Tui(terminal, initial, ports, bar, options, outside, ownerPolicy, drawn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
