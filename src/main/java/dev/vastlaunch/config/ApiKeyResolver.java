package dev.vastlaunch.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the API key as DESIGN §2b orders it: {@code --api-key}, {@code VAST_API_KEY}, the official CLI's file
 * {@code $XDG_CONFIG_HOME/vastai/vast_api_key}, then the legacy {@code ~/.vast_api_key}; first found wins.
 */
public final class ApiKeyResolver {
    private ApiKeyResolver() {}

    /** Returns the key and its source, or empty for demo mode; warnings go to {@code warnings}. */
    public static Optional<KeySource> resolve(@Nullable String flag, Environment env, List<String> warnings) {
        if (flag != null && !flag.isBlank()) {
            return Optional.of(new KeySource(flag.strip(), "--api-key"));
        }
        Optional<String> fromEnv = env.get("VAST_API_KEY");
        if (fromEnv.isPresent()) {
            return Optional.of(new KeySource(fromEnv.get().strip(), "VAST_API_KEY"));
        }
        for (Path file : List.of(
                env.configHome().resolve("vastai").resolve("vast_api_key"),
                env.home().resolve(".vast_api_key"))) {
            Optional<KeySource> found = readKeyFile(file, warnings);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<KeySource> readKeyFile(Path file, List<String> warnings) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            warnings.add("cannot read " + file + ": " + e.getMessage());
            return Optional.empty();
        }
        if (text.isEmpty()) {
            warnings.add(file + " is empty; ignored");
            return Optional.empty();
        }
        if (readableByOthers(file)) {
            warnings.add(file + " is readable by other users; run: chmod 600 " + file);
        }
        return Optional.of(new KeySource(text, file.toString()));
    }

    private static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return p.contains(PosixFilePermission.OTHERS_READ) || p.contains(PosixFilePermission.GROUP_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
