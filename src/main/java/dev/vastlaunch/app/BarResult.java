package dev.vastlaunch.app;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Returns what a command line asked for: actions to dispatch in order, whether to quit, and the output to show.
 *
 * @param panel what the command prints, shown over the screen until Esc; null when the screens show it themselves
 * @param ssh an ssh session the screens hand the terminal to, or null
 * @param wide the line said {@code --wide}: the screens' tables show their wide columns from now on
 */
public record BarResult(
        List<Action> actions,
        boolean quit,
        @Nullable BarPanel panel,
        @Nullable SshRequest ssh,
        boolean wide) {
    public BarResult {
        actions = List.copyOf(actions);
    }

    /** Returns a result that dispatches {@code actions}, quits when {@code quit}, and shows {@code panel}. */
    public BarResult(List<Action> actions, boolean quit, @Nullable BarPanel panel) {
        this(actions, quit, panel, null, false);
    }

    /** Returns this result, asking for the wide tables when {@code asked}. */
    public BarResult wide(boolean asked) {
        return new BarResult(actions, quit, panel, ssh, wide || asked);
    }

    /** Returns a result that opens an ssh session (the instance list is loaded first to find it). */
    public static BarResult ssh(SshRequest request) {
        return new BarResult(List.of(new Action.ListInstances()), false, null, request, false);
    }

    /** Returns the result of a cancelled prompt: nothing to do. */
    public static BarResult cancelled() {
        return new BarResult(List.of(), false, null);
    }

    /** Returns a result that dispatches {@code actions}. */
    public static BarResult of(List<Action> actions) {
        return new BarResult(actions, false, null);
    }

    /** Returns a result that dispatches {@code actions} and shows {@code panel}. */
    public static BarResult showing(List<Action> actions, BarPanel panel) {
        return new BarResult(actions, false, panel);
    }
}
