/** The one owner of the terminal: its pty, the Lanterna adapter over it and the JLine system terminal for line editing. */
@NullMarked
package dev.vastlaunch.term;

import org.jspecify.annotations.NullMarked;
