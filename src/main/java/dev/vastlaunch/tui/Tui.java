package dev.vastlaunch.tui;

import com.googlecode.lanterna.gui2.DefaultWindowManager;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.BarPanel;
import dev.vastlaunch.app.BarResult;
import dev.vastlaunch.app.CommandBar;
import dev.vastlaunch.app.Ports;
import dev.vastlaunch.app.Session;
import dev.vastlaunch.app.State;
import dev.vastlaunch.term.InputWait;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;

/**
 * Runs the screens on a Lanterna terminal: the GUI thread is the thread that opened it, and the session's effects
 * report back through that thread's task queue.
 *
 * <p>Confined to the thread that called {@link TuiApp#open}; {@link #close()} stops the screen and the session.
 */
public final class Tui implements AutoCloseable {
    private static final long SPIN_NANOS = 120_000_000L;
    private static final long IDLE_MILLIS = 10;

    private final TerminalScreen screen;
    private final MultiWindowTextGUI gui;
    private final Session session;
    private final CommandBar bar;
    private final Frame frame;
    private final Ui ui;
    private final InputWait idle;
    private long lastSpin = System.nanoTime();
    private boolean closed;

    Tui(
            Terminal terminal,
            State initial,
            Ports ports,
            CommandBar bar,
            TuiOptions options,
            UnaryOperator<Executor> policy)
            throws IOException {
        this.bar = bar;
        // Between loop passes, wake as soon as a key arrives (a real tty) or after the tick (tests, virtual terminals).
        this.idle = terminal instanceof InputWait wait ? wait : Tui::sleep;
        RawEnter.install(terminal);
        this.screen = new TerminalScreen(terminal);
        screen.startScreen();
        screen.setCursorPosition(null);
        this.gui = new MultiWindowTextGUI(
                new SameTextGUIThread.Factory(), screen, new DefaultWindowManager(), null, new NoBackground());
        Executor owner = policy.apply(gui.getGUIThread()::invokeLater);
        this.session = new Session(initial, ports, owner);
        Ui[] holder = new Ui[1];
        this.frame = new Frame(p -> holder[0].draw(p), !options.noColor());
        this.ui = new Ui(session, options, ports.json(), frame::invalidate);
        holder[0] = ui;
        session.addListener(ui::onState);
        gui.addWindow(new MainWindow(frame, ui::handle));
        session.dispatch(new Action.Search());
        gui.updateScreen();
    }

    /** Returns the current state. */
    public State state() {
        return session.state();
    }

    /** Returns whether the user asked to quit (q confirmed, Ctrl-C, the bar's quit, or end of input). */
    public boolean quitRequested() {
        return ui.quitRequested();
    }

    /** Returns whether the screens ended on Ctrl-C (the key, or SIGINT delivered as the key): exit status 130. */
    public boolean interrupted() {
        return ui.interrupted();
    }

    /**
     * Processes pending keys and effect results once and redraws if needed; returns whether anything happened.
     *
     * <p>Exceptions thrown by a key handler or an effect result propagate to the caller.
     */
    public boolean step() {
        boolean did;
        try {
            did = gui.getGUIThread().processEventsAndUpdate();
        } catch (EOFException e) {
            ui.quitNow();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (ui.takeBarRequest()) {
            commandBar();
            did = true;
        }
        long now = System.nanoTime();
        if (session.state().busy() > 0 && now - lastSpin > SPIN_NANOS) {
            lastSpin = now;
            ui.tick();
        }
        return did;
    }

    /** Runs the event loop until the user quits. */
    public void runUntilQuit() {
        while (!ui.quitRequested()) {
            if (!step()) {
                try {
                    idle.awaitInput(IDLE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static boolean sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return false;
    }

    /** Reads one command on the bar, dispatches its actions, then repaints everything the prompt may have hidden. */
    private void commandBar() {
        BarResult result = bar.read(session.state());
        result.actions().forEach(session::dispatch);
        BarPanel panel = result.panel();
        if (panel != null) {
            ui.show(panel);
        }
        if (result.quit()) {
            ui.quitNow();
        }
        try {
            screen.doResizeIfNecessary();
            frame.invalidate();
            gui.updateScreen();
            screen.refresh(Screen.RefreshType.COMPLETE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the effects and the screen (leaving the alternate screen); safe to call twice. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        session.close();
        try {
            screen.stopScreen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
