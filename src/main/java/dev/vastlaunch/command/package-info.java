/** The one command grammar: the verb table (names, flags, parsing, completion, usage) read by the one-shot CLI, the shell and the bar. */
@NullMarked
package dev.vastlaunch.command;

import org.jspecify.annotations.NullMarked;
