package dev.vastlaunch.app;

/** Returns what a command of the {@code :} bar prints, drawn over the screen until Esc and redrawn as answers arrive. */
public interface BarPanel {
    /** Returns the panel's title, e.g. {@code show instances}. */
    String title();

    /** Returns the text for {@code state}, lines at most {@code width} columns where it can. */
    String render(State state, int width);
}
