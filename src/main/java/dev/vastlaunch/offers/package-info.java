/** Pure offer search: the vastai query language, its typed form and wire rendering, local filter and sort; the layout
 * rules every table and message shares ({@code ColumnFit}, {@code TextWrap}). */
@NullMarked
package dev.vastlaunch.offers;

import org.jspecify.annotations.NullMarked;
