package dev.vastlaunch.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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
    /** The one-line warning for a key given with {@code --api-key}: other local users can read the command line. */
    public static final String COMMAND_LINE_WARNING = "--api-key shows the key to other local users (ps,"
            + " /proc/PID/cmdline); use VAST_API_KEY, the key file $XDG_CONFIG_HOME/vastai/vast_api_key, or"
            + " --api-key-file FILE|- instead";

    private static final int MAX_KEY_FILE = 4096;

    private ApiKeyResolver() {}

    /** Returns the key and its source, or empty for demo mode; warnings go to {@code warnings}. */
    public static Optional<KeySource> resolve(@Nullable String flag, Environment env, List<String> warnings) {
        return resolveWith(
                flag != null && !flag.isBlank() ? new KeySource(flag.strip(), "--api-key") : null, env, warnings);
    }

    /** Returns {@code given} (from a command-line option) when set, else the key found as DESIGN §2b orders it. */
    public static Optional<KeySource> resolveWith(@Nullable KeySource given, Environment env, List<String> warnings) {
        if (given != null) {
            return Optional.of(given);
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

    /**
     * Returns the key named by {@code --api-key-file}: the first line of {@code file}, or of {@code stdin} when it is
     * {@code -}; only regular files are read, at most 4096 bytes.
     */
    public static KeyFileRead fromFile(String file, InputStream stdin) {
        byte[] bytes;
        String origin = file.equals("-") ? "--api-key-file - (stdin)" : file;
        try {
            if (file.equals("-")) {
                bytes = firstLine(stdin);
            } else {
                Path path = Path.of(file);
                if (!Files.isRegularFile(path)) {
                    return new KeyFileRead.Refused("--api-key-file: '" + file + "' is not a readable file");
                }
                try (InputStream in = Files.newInputStream(path)) {
                    bytes = firstLine(in);
                }
            }
        } catch (IOException | InvalidPathException e) {
            return new KeyFileRead.Refused("--api-key-file: cannot read '" + file + "'");
        }
        String key = new String(bytes, StandardCharsets.UTF_8).strip();
        if (key.isEmpty()) {
            return new KeyFileRead.Refused("--api-key-file: no key in the first line of " + origin);
        }
        return new KeyFileRead.Found(new KeySource(key, "--api-key-file " + file));
    }

    private static byte[] firstLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n' && line.size() < MAX_KEY_FILE; b = in.read()) {
            line.write(b);
        }
        return line.toByteArray();
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
