package dev.vastlaunch.config;

/** Returns what {@code --api-key-file} gave: the key, or why it could not be read (never showing the key). */
public sealed interface KeyFileRead permits KeyFileRead.Found, KeyFileRead.Refused {
    /** The key and where it came from. */
    record Found(KeySource key) implements KeyFileRead {}

    /** A one-line reason naming the file. */
    record Refused(String reason) implements KeyFileRead {}
}
