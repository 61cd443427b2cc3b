package dev.vastlaunch.tui;

/** Lists how a piece of text is drawn; each style still reads right without colour. */
enum Style {
    NORMAL,
    BOLD,
    REVERSE,
    ACCENT,
    ERROR,
    WARNING,
    OK
}
