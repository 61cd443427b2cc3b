/** End-to-end tests of the client against the simulator over real HTTP. */
@NullMarked
package dev.vastlaunch.flow;

import org.jspecify.annotations.NullMarked;
