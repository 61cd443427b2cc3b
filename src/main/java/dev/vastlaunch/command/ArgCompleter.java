package dev.vastlaunch.command;

import dev.vastlaunch.app.State;
import java.util.List;

/**
 * Returns every candidate for one argument from the state in memory; never filters by prefix (the line reader does)
 * and never does I/O.
 */
@FunctionalInterface
public interface ArgCompleter {
    /** A completer with no candidates. */
    ArgCompleter NONE = (state, partial) -> List.of();

    /** Returns the candidates for the word being completed; {@code partial} is the word up to the cursor. */
    List<Suggestion> complete(State state, String partial);
}
