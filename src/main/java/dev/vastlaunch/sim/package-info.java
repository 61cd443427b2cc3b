/** The built-in Vast API simulator: a real HTTP server with its own catalog, query evaluator and instances. */
@NullMarked
package dev.vastlaunch.sim;

import org.jspecify.annotations.NullMarked;
