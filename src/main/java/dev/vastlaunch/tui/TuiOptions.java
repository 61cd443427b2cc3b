package dev.vastlaunch.tui;

import java.util.Map;

/**
 * Returns how the screens are drawn: without any colour, and the smallest terminal the UI draws in.
 *
 * @param noColor draw without colours at all (the {@code NO_COLOR} convention or {@code --no-color})
 * @param minColumns below this width a "terminal too small" notice is shown instead of the UI
 * @param minRows below this height the same notice is shown
 * @param confirmGuardMillis how long {@code y} is ignored after the launch confirmation opens, so keys typed ahead
 *     cannot accept a spend nobody has read (tests pass 0)
 * @param fromShell the screens were opened by the shell's {@code wizard}: {@code q} goes back to the shell, which
 *     keeps the draft, so it asks nothing
 */
public record TuiOptions(boolean noColor, int minColumns, int minRows, long confirmGuardMillis, boolean fromShell) {
    /** The default time {@code y} is ignored after the confirmation opens. */
    public static final long CONFIRM_GUARD_MILLIS = 250;

    /** The smallest width the screens are laid out for. */
    public static final int MIN_COLUMNS = 60;
    /** The smallest height the screens are laid out for. */
    public static final int MIN_ROWS = 16;

    public TuiOptions {
        if (minColumns < 1 || minRows < 1) {
            throw new IllegalArgumentException("minimum size < 1: " + minColumns + "x" + minRows);
        }
    }

    /** Returns the options with colour on or off and the default minimum size. */
    public static TuiOptions of(boolean noColor) {
        return new TuiOptions(noColor, MIN_COLUMNS, MIN_ROWS, CONFIRM_GUARD_MILLIS, false);
    }

    /** Returns these options with {@code y} ignored for {@code millis} after the confirmation opens. */
    public TuiOptions withConfirmGuard(long millis) {
        return new TuiOptions(noColor, minColumns, minRows, millis, fromShell);
    }

    /** Returns these options for screens opened by the shell's {@code wizard}. */
    public TuiOptions openedFromShell() {
        return new TuiOptions(noColor, minColumns, minRows, confirmGuardMillis, true);
    }

    /** Returns the options for a {@code --no-color} flag and an environment, where a non-empty NO_COLOR wins. */
    public static TuiOptions from(boolean noColorFlag, Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        return of(noColorFlag || (noColor != null && !noColor.isEmpty()));
    }
}
