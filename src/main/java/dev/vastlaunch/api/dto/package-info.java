/** Public records that mirror the Vast.ai wire format, with snake_case names. */
@NullMarked
package dev.vastlaunch.api.dto;

import org.jspecify.annotations.NullMarked;
