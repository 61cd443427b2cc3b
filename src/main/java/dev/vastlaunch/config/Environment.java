package dev.vastlaunch.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Returns the process environment and home directory, injectable for tests. */
public record Environment(Map<String, String> variables, Path home) {
    public Environment {
        variables = Map.copyOf(variables);
    }

    /** Returns the real environment of this process. */
    public static Environment system() {
        String home = System.getenv("HOME");
        return new Environment(
                System.getenv(),
                Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home", ".")));
    }

    /** Returns a variable's value when set and not blank. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(variables.get(name)).filter(v -> !v.isBlank());
    }

    /** Returns {@code $XDG_CONFIG_HOME}, or {@code ~/.config}. */
    public Path configHome() {
        return get("XDG_CONFIG_HOME").map(Path::of).orElse(home.resolve(".config"));
    }

    /** Returns {@code $XDG_STATE_HOME}, or {@code ~/.local/state}. */
    public Path stateHome() {
        return get("XDG_STATE_HOME").map(Path::of).orElse(home.resolve(".local").resolve("state"));
    }
}
