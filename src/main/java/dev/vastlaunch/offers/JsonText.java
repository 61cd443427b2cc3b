package dev.vastlaunch.offers;

import org.jspecify.annotations.Nullable;

/**
 * Writes the wire's JSON: the one writer behind the body sent, {@code --dry-run}, Review, the {@code curl} line and
 * {@code --raw}; implemented with Moshi by the client, so every place writes the same bytes for the same tree.
 */
public interface JsonText {
    /** Returns a tree of maps, lists, strings, numbers, booleans and nulls as compact JSON, keys in map order. */
    String compact(@Nullable Object tree);

    /** Returns the same tree indented by {@code indent} spaces per level. */
    String pretty(@Nullable Object tree, int indent);
}
