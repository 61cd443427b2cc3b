package dev.vastlaunch.app;

import dev.vastlaunch.launch.PresetRead;
import dev.vastlaunch.offers.Outcome;
import java.util.List;
import java.util.Optional;

/**
 * The saved launch recipes and the launch history on this machine (a port: files in the config and state dirs),
 * and the environment variables a preset takes values from.
 */
public interface Library {
    /** Returns every preset, the user's own and the shipped examples (the user's file of a name wins), by name. */
    List<PresetRead> presets();

    /** Writes preset {@code name} with {@code text}; {@code secret} makes the file readable by the user only. */
    Outcome<String> savePreset(String name, String text, boolean secret);

    /** Deletes the user's preset {@code name}; the answer names the file. */
    Outcome<String> deletePreset(String name);

    /** Returns the launch history, oldest first, with notes on lines or files that could not be read. */
    HistoryRead history();

    /** Appends {@code record} to the launch history; returns why it could not, if so. */
    Optional<String> record(LaunchRecord record);

    /** Returns the value of environment variable {@code name} when set and not blank. */
    Optional<String> variable(String name);

    /** Returns a library with no presets and no history that keeps nothing (for tests and tools). */
    static Library none() {
        return new Library() {
            @Override
            public List<PresetRead> presets() {
                return List.of();
            }

            @Override
            public Outcome<String> savePreset(String name, String text, boolean secret) {
                return new Outcome.Failed<>("presets cannot be saved here");
            }

            @Override
            public Outcome<String> deletePreset(String name) {
                return new Outcome.Failed<>("no preset named " + name);
            }

            @Override
            public HistoryRead history() {
                return new HistoryRead(List.of(), List.of());
            }

            @Override
            public Optional<String> record(LaunchRecord record) {
                return Optional.empty();
            }

            @Override
            public Optional<String> variable(String name) {
                return Optional.empty();
            }
        };
    }
}
