package dev.vastlaunch.config;

/** Returns one named text file as read: its text, or why it could not be read. */
public sealed interface TextFile {
    /** Returns the file's name without its ending. */
    String name();

    /** The file was read. */
    record Read(String name, String text) implements TextFile {}

    /** The file could not be read; {@code reason} says why in one line. */
    record Unreadable(String name, String reason) implements TextFile {}
}
