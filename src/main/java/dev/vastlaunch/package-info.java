/** The composition root of vastlaunch: argument dispatch and wiring. */
@NullMarked
package dev.vastlaunch;

import org.jspecify.annotations.NullMarked;
