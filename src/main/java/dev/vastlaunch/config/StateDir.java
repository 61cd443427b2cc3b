package dev.vastlaunch.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Owns the state dir ({@code $XDG_STATE_HOME/vastlaunch}): the command history, the recently launched templates, the
 * demo account and the crash log; files it writes are replaced atomically (temp file + rename), readable by the
 * user only, in a directory only the user can enter.
 */
public record StateDir(Path dir) {
    private static final String RECENT_TEMPLATES = "recent-templates";

    /** Returns the state dir of {@code env}. */
    public static StateDir of(Environment env) {
        return new StateDir(env.stateHome().resolve("vastlaunch"));
    }

    /** Returns the command history file of the bar and the shell. */
    public Path history() {
        return dir.resolve("history");
    }

    /** Returns the demo account file of the built-in simulator. */
    public Path demoAccount() {
        return dir.resolve("demo-account.json");
    }

    /** Returns the crash log file. */
    public Path crashLog() {
        return dir.resolve("crash.log");
    }

    /** Creates the directory (mode 0700 where the file system has modes); returns why it could not, if so. */
    public Optional<String> create() {
        try {
            Files.createDirectories(dir);
            restrict(dir, "rwx------");
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("cannot create " + dir + ": " + e.getMessage());
        }
    }

    /** Returns the recently launched template hashes, newest first; none when the file is missing or unreadable. */
    public List<String> recentTemplates() {
        return lines(RECENT_TEMPLATES, h -> h.matches("[0-9a-fA-F]{8,64}"), 10);
    }

    /** Puts {@code hash} first in the recently launched templates (at most 10 are kept). */
    public void rememberTemplate(String hash) {
        List<String> hashes = new ArrayList<>(recentTemplates());
        hashes.remove(hash);
        hashes.add(0, hash);
        write(RECENT_TEMPLATES, hashes.subList(0, Math.min(10, hashes.size())));
    }

    /** Appends {@code text} (already masked) to the crash log; returns the file, or empty when it could not. */
    public Optional<Path> appendCrash(String text) {
        if (create().isPresent()) {
            return Optional.empty();
        }
        Path file = crashLog();
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            restrict(file, "rw-------");
            return Optional.of(file);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private List<String> lines(String name, Predicate<String> keep, int max) {
        try {
            return Files.readAllLines(dir.resolve(name), StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(keep)
                    .limit(max)
                    .toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Replaces file {@code name} with {@code lines} atomically; a failure only loses this convenience. */
    private void write(String name, List<String> lines) {
        if (create().isPresent()) {
            return;
        }
        Path file = dir.resolve(name);
        Path tmp = dir.resolve(name + ".tmp");
        try {
            Files.deleteIfExists(tmp);
            Files.createFile(tmp);
            restrict(tmp, "rw-------");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // Another writer is between create and move; its list wins.
        } catch (IOException e) {
            // Only a convenience.
        }
    }

    private static void restrict(Path path, String mode) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        } catch (IOException | UnsupportedOperationException e) {
            // No POSIX modes here (or not ours to change): the default stays.
        }
    }
}
