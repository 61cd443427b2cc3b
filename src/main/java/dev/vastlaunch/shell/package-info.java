/** The JLine command bar and shell: one command table that parses, completes and explains itself. */
@NullMarked
package dev.vastlaunch.shell;

import org.jspecify.annotations.NullMarked;
