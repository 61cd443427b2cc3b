/** The Vast.ai HTTP client, the only place OkHttp and Moshi talk to the real API. */
@NullMarked
package dev.vastlaunch.api;

import org.jspecify.annotations.NullMarked;
