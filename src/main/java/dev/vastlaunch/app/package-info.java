/** Pure state machine shared by the screens and the command bar: state, actions, effects and the update function. */
@NullMarked
package dev.vastlaunch.app;

import org.jspecify.annotations.NullMarked;
