package dev.vastlaunch.launch;

/** Returns what reading a local file gave: its text, or why it was refused (one line naming the path). */
public sealed interface FileRead permits FileRead.Text, FileRead.Refused {
    /** The file's whole text. */
    record Text(String text) implements FileRead {}

    /** The file was not read; {@code reason} names the path and says what to do. */
    record Refused(String reason) implements FileRead {}
}
