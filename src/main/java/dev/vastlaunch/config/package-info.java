/** Configuration: flags, environment, files and the API key source, resolved into values. */
@NullMarked
package dev.vastlaunch.config;

import org.jspecify.annotations.NullMarked;
