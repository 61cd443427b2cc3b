package dev.vastlaunch.tui;

/** Lists the boxes drawn over a screen that take the keys while open. */
enum Overlay {
    NONE,
    HELP,
    COMPARE,
    OUTPUT,
    QUIT,
    DESTROY
}
