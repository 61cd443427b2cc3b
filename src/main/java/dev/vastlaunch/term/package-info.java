/** The one owner of the terminal: the JLine system terminal and the Lanterna adapter over it. */
@NullMarked
package dev.vastlaunch.term;

import org.jspecify.annotations.NullMarked;
