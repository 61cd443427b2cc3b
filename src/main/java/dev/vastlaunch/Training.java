package dev.vastlaunch;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.vastlaunch.app.BarResult;
import dev.vastlaunch.app.CommandBar;
import dev.vastlaunch.app.State;
import dev.vastlaunch.cli.GlobalOptions;
import dev.vastlaunch.config.Environment;
import dev.vastlaunch.term.TerminalOwner;
import dev.vastlaunch.tui.Outside;
import dev.vastlaunch.tui.Tui;
import dev.vastlaunch.tui.TuiApp;
import dev.vastlaunch.tui.TuiOptions;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;

/**
 * Runs the app once so the launcher can record a start-up cache of everything a real start loads: the screens (a demo
 * start on the pseudo-terminal the launcher gives it, or on a virtual terminal) or the one-shot commands; never
 * touches the user's tty or the network beyond loopback.
 */
final class Training {
    private static final long LIMIT_MILLIS = 5_000;
    /** The longest the screens' recording run may take before it ends without a cache (the launcher then starts). */
    private static final long WATCHDOG_MILLIS = 30_000;

    /**
     * What the screens' recording run types once the rows are in, a key every {@link #WALK_PAUSE_MILLIS}: a user's
     * first minute (rows moved, an offer chosen, every screen, help, the filter) and then quit. Recording only the
     * start left each of those to the interpreter on its first press: 45-80 ms each in round one of the bench's
     * keys, ~20 ms from round two on (tmux, 8 rounds).
     */
    private static final String[] WALK = {
        "\u001b[B",
        "\u001b[A",
        "\u001b[B",
        "\n",
        "1",
        "2",
        "3",
        "4",
        "5",
        "7",
        "1",
        "?",
        "\u001b",
        "/",
        "x",
        "y",
        "\u001b",
        "q",
        "y"
    };

    private static final long WALK_PAUSE_MILLIS = 60;

    private Training() {}

    /**
     * Types {@link #WALK} into the screens through {@code type} from a daemon thread, one key at a time with pauses,
     * so each is read, handled and drawn on its own; the last two quit (and confirm when a draft would be lost).
     */
    static void walk(IntConsumer type) {
        Thread walker = new Thread(
                () -> {
                    try {
                        for (String key : WALK) {
                            Thread.sleep(WALK_PAUSE_MILLIS);
                            key.chars().forEach(type);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "vastlaunch-training-keys");
        walker.setDaemon(true);
        walker.start();
    }

    /**
     * Runs the one-shot path: a dry-run create, then a demo search printed as JSON (output discarded); the caller
     * points the state dir at a scratch directory, as the demo account is kept there.
     */
    static int runOneShot(PrintStream err) {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        int dry = runOffline(err);
        int search = Main.run(new String[] {"--demo", "search", "offers", "gpu_name=RTX_4090", "--raw"}, sink, err);
        return dry == 0 && search == 0 ? 0 : 1;
    }

    /**
     * Runs the path of a command that reaches no server: a dry-run create and a dry-run search (output discarded).
     * Its own start-up cache holds about half the classes of the one-shot cache, which the JVM sets up at every start.
     */
    static int runOffline(PrintStream err) {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        int create = Main.run(
                new String[] {"--dry-run", "create", "instance", "1", "--image", "vastai/pytorch", "--disk", "40"},
                sink,
                err);
        int search =
                Main.run(new String[] {"--dry-run", "search", "offers", "gpu_name=RTX_4090", "-o", "dph"}, sink, err);
        return create == 0 && search == 0 ? 0 : 1;
    }

    /**
     * Runs the screens' start as a real start does (the backend starting beside the screens, the rows filled when the
     * search answers), on the tty when there is one (the launcher gives the training run a pseudo-terminal): the very
     * path of a start, with the line-editing terminal built and a user's first keys typed once the rows are in
     * ({@link #walk}); else on a virtual terminal.
     */
    static int run(PrintStream err) {
        GlobalOptions g = GlobalOptions.parse(List.of("--demo")).options();
        if (g == null) {
            return 1;
        }
        Environment env = Environment.system();
        if (TerminalOwner.unavailableReason().isEmpty()) {
            endAfter(WATCHDOG_MILLIS, err);
            return Interactive.run(g, env, err, true);
        }
        try (StartingBackend backend = StartingBackend.start(Backend.plan(g, env, err))) {
            return pump(new DefaultVirtualTerminal(new TerminalSize(100, 30)), backend, s -> BarResult.cancelled());
        } catch (Backend.UsageException e) {
            err.println("training run failed: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Ends the JVM with status 1 after {@code millis} unless it ended before: a start on the real path waits for
     * {@code q} to quit, and a screen that does not take it (a question open) must not hold the user's start.
     */
    private static void endAfter(long millis, PrintStream err) {
        Thread watchdog = new Thread(
                () -> {
                    try {
                        Thread.sleep(millis);
                    } catch (InterruptedException e) {
                        return;
                    }
                    err.println("training run: the screens did not quit; ending without a start-up cache");
                    Runtime.getRuntime().exit(1);
                },
                "vastlaunch-training-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** Opens the screens on {@code terminal} and pumps them until the offer rows are drawn (or the time limit). */
    private static int pump(Terminal terminal, StartingBackend backend, CommandBar bar) {
        try (Tui tui = TuiApp.open(
                terminal,
                State.initial(true),
                backend.ports(),
                bar,
                TuiOptions.of(false),
                Outside.none(),
                UnaryOperator.identity(),
                backend::release)) {
            long end = System.currentTimeMillis() + LIMIT_MILLIS;
            while (System.currentTimeMillis() < end
                    && tui.state().offers().loaded().isEmpty()) {
                tui.step();
                Thread.sleep(10);
            }
            tui.step();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
