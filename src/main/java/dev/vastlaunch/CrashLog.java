package dev.vastlaunch;

import dev.vastlaunch.launch.Secrets;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Writes an unexpected exception to {@code crash.log} in the state dir, with the API key masked. */
final class CrashLog {
    private CrashLog() {}

    /** Returns the file written, or empty when it could not be written. */
    static Optional<Path> write(Path stateDir, Throwable t, @Nullable String secret) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        String text = Instant.now() + " vastlaunch " + Backend.VERSION + "\n" + trace;
        if (secret != null && !secret.isEmpty()) {
            text = text.replace(secret, Secrets.MASK);
        }
        text = Secrets.maskText(text);
        Path file = stateDir.resolve("crash.log");
        try {
            Files.createDirectories(stateDir);
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return Optional.of(file);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
