/** The Lanterna screens: turn keys into actions and draw state, with no I/O. */
@NullMarked
package dev.vastlaunch.tui;

import org.jspecify.annotations.NullMarked;
