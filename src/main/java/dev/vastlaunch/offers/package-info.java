/** Pure offer search: the vastai query language, its typed form and wire rendering, local filter and sort. */
@NullMarked
package dev.vastlaunch.offers;

import org.jspecify.annotations.NullMarked;
