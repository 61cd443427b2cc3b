package dev.vastlaunch.launch;

/** Returns one preset file as read: a usable preset, or its name and why it was skipped. */
public sealed interface PresetRead {
    /** Returns the preset's name (the file name without {@code .preset}). */
    String name();

    /** The file holds a valid recipe. */
    record Good(Preset preset) implements PresetRead {
        @Override
        public String name() {
            return preset.name();
        }
    }

    /** The file cannot be used; {@code reason} says why in one line. */
    record Bad(String name, String reason) implements PresetRead {}
}
