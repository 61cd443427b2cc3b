/** Pure launch model: the draft, the always-valid request, env and port options, templates and validation. */
@NullMarked
package dev.vastlaunch.launch;

import org.jspecify.annotations.NullMarked;
