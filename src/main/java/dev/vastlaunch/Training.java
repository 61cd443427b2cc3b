package dev.vastlaunch;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.vastlaunch.app.BarResult;
import dev.vastlaunch.app.State;
import dev.vastlaunch.cli.GlobalOptions;
import dev.vastlaunch.config.Environment;
import dev.vastlaunch.tui.Outside;
import dev.vastlaunch.tui.Tui;
import dev.vastlaunch.tui.TuiApp;
import dev.vastlaunch.tui.TuiOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Runs the app once headless so the launcher can record a start-up cache of everything a real start loads: the
 * screens (demo search drawn on a virtual terminal) or the one-shot commands; never touches the tty or the network
 * beyond loopback.
 */
final class Training {
    private static final long LIMIT_MILLIS = 5_000;

    private Training() {}

    /**
     * Runs the one-shot path: a dry-run create, then a demo search printed as JSON (output discarded); the caller
     * points the state dir at a scratch directory, as the demo account is kept there.
     */
    static int runOneShot(PrintStream err) {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        int dry = Main.run(
                new String[] {"--dry-run", "create", "instance", "1", "--image", "vastai/pytorch", "--disk", "40"},
                sink,
                sink);
        int search = Main.run(new String[] {"--demo", "search", "offers", "gpu_name=RTX_4090", "--raw"}, sink, err);
        return dry == 0 && search == 0 ? 0 : 1;
    }

    static int run(PrintStream err) {
        GlobalOptions g = GlobalOptions.parse(List.of("--demo")).options();
        if (g == null) {
            return 1;
        }
        try (Backend backend = Backend.connect(g, Environment.system(), err);
                Tui tui = TuiApp.open(
                        new DefaultVirtualTerminal(new TerminalSize(100, 30)),
                        State.initial(true),
                        backend.ports(),
                        state -> BarResult.cancelled(),
                        TuiOptions.of(false),
                        Outside.none(),
                        UnaryOperator.identity())) {
            long end = System.currentTimeMillis() + LIMIT_MILLIS;
            while (System.currentTimeMillis() < end
                    && tui.state().offers().loaded().isEmpty()) {
                tui.step();
                Thread.sleep(10);
            }
            tui.step();
            return 0;
        } catch (Backend.UsageException | IOException e) {
            err.println("training run failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
