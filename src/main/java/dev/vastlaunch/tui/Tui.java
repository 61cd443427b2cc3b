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
import dev.vastlaunch.app.HandOff;
import dev.vastlaunch.app.Ports;
import dev.vastlaunch.app.Session;
import dev.vastlaunch.app.SshRequest;
import dev.vastlaunch.app.State;
import dev.vastlaunch.app.Status;
import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.term.InputWait;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Runs the screens on a Lanterna terminal: the GUI thread is the thread that opened it, and the session's effects
 * report back through that thread's task queue.
 *
 * <p>Confined to the thread that called {@link TuiApp#open}; {@link #close()} stops the screen and the session.
 */
public final class Tui implements AutoCloseable {
    private static final long SPIN_NANOS = 120_000_000L;
    private static final long IDLE_MILLIS = 10;
    private static final long REFRESH_SECONDS = 5;

    private final TerminalScreen screen;
    private final MultiWindowTextGUI gui;
    private final Session session;
    private final CommandBar bar;
    private final Frame frame;
    private final Ui ui;
    private final InputWait idle;
    private final Outside outside;
    private long lastSpin = System.nanoTime();
    private long lastRefresh = System.nanoTime();
    private long seenLoads = -1;
    private int refreshes;
    private @Nullable SshRequest announced;
    private boolean closed;
    private @Nullable Runnable settled;
    private long settleMaxNanos;
    private final long drawnAt;

    Tui(
            Terminal terminal,
            State initial,
            Ports ports,
            CommandBar bar,
            TuiOptions options,
            Outside outside,
            UnaryOperator<Executor> policy,
            Runnable drawn)
            throws IOException {
        this.bar = bar;
        this.outside = outside;
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
        this.ui = new Ui(session, options, ports.json(), outside, frame::invalidate);
        holder[0] = ui;
        session.addListener(ui::onState);
        gui.addWindow(new MainWindow(frame, ui::handle));
        session.dispatch(new Action.Search());
        gui.updateScreen();
        drawnAt = System.nanoTime();
        drawn.run();
    }

    /**
     * Runs {@code task} on this thread once nothing is in flight (the first search answered) or {@code maxMillis}
     * after the first frame: work that would slow the first rows down waits for it.
     */
    void whenSettled(Runnable task, long maxMillis) {
        settled = task;
        settleMaxNanos = maxMillis * 1_000_000L;
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
        SshRequest ssh = ui.pendingSsh();
        // Not while a question is open: ssh would take the terminal over it, and a key typed as ssh ends could
        // answer it (destroy, launch).
        if (ssh != null && !ui.asking()) {
            did |= trySsh(ssh);
        }
        long now = System.nanoTime();
        Runnable task = settled;
        if (task != null && (session.state().busy() == 0 || now - drawnAt > settleMaxNanos)) {
            settled = null;
            task.run();
        }
        did |= refreshInstances(now, ssh != null);
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

    /**
     * Keeps the instance list fresh while the Instances screen is open or an ssh session waits for its instance: every
     * {@value #REFRESH_SECONDS} s after the last answer, the credit every other time (well within the API's limits).
     */
    private boolean refreshInstances(long now, boolean waitingForSsh) {
        State s = session.state();
        if (s.instances().loads() != seenLoads) {
            seenLoads = s.instances().loads();
            lastRefresh = now;
        }
        boolean watching = s.screen() == dev.vastlaunch.app.Screen.INSTANCES || waitingForSsh;
        if (!watching || s.instances().loading() || now - lastRefresh < REFRESH_SECONDS * 1_000_000_000L) {
            return false;
        }
        lastRefresh = now;
        session.dispatch(new Action.ListInstances());
        if (refreshes++ % 2 == 1) {
            session.dispatch(new Action.LoadAccount());
        }
        return true;
    }

    /** Starts the ssh session asked for once its instance runs; returns whether anything changed. */
    private boolean trySsh(SshRequest want) {
        State s = session.state();
        if (s.instances().loading() || s.instances().loads() == 0) {
            return false;
        }
        Optional<Instance> found = s.instances().resolve(want.ref());
        if (found.isEmpty()) {
            ui.cancelPendingSsh();
            ui.status(Status.error("ssh: no instance has the id or label '" + Text.clean(want.ref()) + "'"));
            return true;
        }
        Instance instance = found.get();
        if (instance.isStopped()) {
            ui.cancelPendingSsh();
            ui.status(Status.error("ssh: instance " + instance.id() + " is stopped; start it first (S on Instances)"));
            return true;
        }
        Optional<List<String>> argv = instance.isRunning() ? want.argv(instance) : Optional.empty();
        if (argv.isEmpty()) {
            String wait = "ssh: waiting for instance " + instance.id() + " to run ("
                    + (instance.actualStatus() == null ? "provisioning" : Text.clean(instance.actualStatus()))
                    + "); Esc on Instances cancels";
            if (want.equals(announced)) {
                return false;
            }
            announced = want;
            ui.status(Status.info(wait));
            return true;
        }
        ui.cancelPendingSsh();
        HandOff.Ended ended = handOff(argv.get());
        if (ended instanceof HandOff.Ended.Failed failed) {
            ui.status(Status.error("ssh: " + failed.why()));
        } else {
            int code = ((HandOff.Ended.Exited) ended).code();
            ui.status(
                    code == 0
                            ? Status.info("back from ssh into instance " + instance.id())
                            : Status.warning("ssh into instance " + instance.id() + " ended with exit code " + code));
            if (want.rm()) {
                // Destroy is focused only after a session that ended well: a failed connect keeps Keep first.
                ui.askDestroy(List.of(instance.id()), code == 0);
            }
        }
        session.dispatch(new Action.ListInstances());
        return true;
    }

    /** Leaves the screen, lets {@code argv} have the terminal until it exits, and draws everything again. */
    private HandOff.Ended handOff(List<String> argv) {
        try {
            screen.stopScreen();
            HandOff.Ended ended = outside.run(argv);
            screen.startScreen();
            screen.setCursorPosition(null);
            screen.doResizeIfNecessary();
            frame.invalidate();
            gui.updateScreen();
            screen.refresh(Screen.RefreshType.COMPLETE);
            return ended;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        SshRequest ssh = result.ssh();
        if (ssh != null) {
            ui.requestSsh(ssh);
        }
        if (result.wide()) {
            ui.wide(true);
        }
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
