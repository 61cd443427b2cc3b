/** One-shot commands for scripts: the shared grammar, run once through the ports, printed for humans or machines. */
@NullMarked
package dev.vastlaunch.cli;

import org.jspecify.annotations.NullMarked;
