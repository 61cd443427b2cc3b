package dev.vastlaunch.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Owns the state dir ({@code $XDG_STATE_HOME/vastlaunch}): the command history, the launch history, the recently
 * launched templates and images, the demo account and the crash log; files it writes are replaced atomically (temp file + rename), readable by the
 * user only, in a directory only the user can enter.
 */
public record StateDir(Path dir) {
    /** The most of the launch history that is read: its last 4 MB. */
    static final long MAX_LAUNCH_BYTES = 4L * 1024 * 1024;

    private static final String RECENT_TEMPLATES = "recent-templates";
    private static final String RECENT_IMAGES = "recent-images";
    private static final String LAUNCHES = "launches";

    /** Returns the state dir of {@code env}. */
    public static StateDir of(Environment env) {
        return new StateDir(env.stateHome().resolve("vastlaunch"));
    }

    /** Returns the command history file of the bar and the shell. */
    public Path history() {
        return dir.resolve("history");
    }

    /** Returns the launch history file (one line per launch attempt, appended under a lock). */
    public Path launches() {
        return dir.resolve(LAUNCHES);
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

    /** Returns the recently launched images, newest first; none when the file is missing or unreadable. */
    public List<String> recentImages() {
        return lines(RECENT_IMAGES, i -> !i.isEmpty() && i.length() <= 512 && !i.contains(" "), 10);
    }

    /** Puts {@code image} first in the recently launched images (at most 10 are kept). */
    public void rememberImage(String image) {
        List<String> images = new ArrayList<>(recentImages());
        images.remove(image);
        images.add(0, image);
        write(RECENT_IMAGES, images.subList(0, Math.min(10, images.size())));
    }

    /**
     * Appends {@code line} to the launch history under a lock that other processes honour too; a line cut off by a
     * crash before it is left alone (the new line starts on a line of its own). Returns why it could not, if so.
     */
    public Optional<String> appendLaunch(String line) {
        Optional<String> problem = create();
        if (problem.isPresent()) {
            return problem;
        }
        Path file = launches();
        // One JVM may not hold two locks on one file: threads queue here, processes on the file lock.
        synchronized (StateDir.class) {
            try (FileChannel ch = FileChannel.open(
                            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                    FileLock lock = ch.lock()) {
                restrict(file, "rw-------");
                long size = ch.size();
                String prefix = "";
                if (size > 0) {
                    ByteBuffer last = ByteBuffer.allocate(1);
                    ch.read(last, size - 1);
                    prefix = last.get(0) == '\n' ? "" : "\n";
                }
                ByteBuffer bytes = StandardCharsets.UTF_8.encode(prefix + line + "\n");
                ch.position(size);
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                ch.force(false);
                return lock.isValid() ? Optional.empty() : Optional.of("the lock was lost");
            } catch (IOException | RuntimeException e) {
                return Optional.of("cannot write " + file + ": " + e.getMessage());
            }
        }
    }

    /**
     * Returns the launch history's lines; a file that is not UTF-8 text is set aside as {@code launches.bad-<time>}
     * and reported, and the history starts empty.
     */
    public StateLines readLaunches() {
        Path file = launches();
        synchronized (StateDir.class) {
            byte[] bytes;
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
                    FileLock lock = ch.lock(0, Long.MAX_VALUE, true)) {
                ByteBuffer all = ByteBuffer.allocate((int) Math.min(ch.size(), MAX_LAUNCH_BYTES));
                ch.read(all, Math.max(0, ch.size() - MAX_LAUNCH_BYTES));
                bytes = lock.isValid() ? all.array() : new byte[0];
            } catch (NoSuchFileException e) {
                return new StateLines.Read(List.of());
            } catch (IOException | RuntimeException e) {
                return new StateLines.Skipped("the launch history " + file + " cannot be read: " + e.getMessage());
            }
            try {
                String text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
                return new StateLines.Read(text.lines().toList());
            } catch (CharacterCodingException e) {
                Optional<Path> aside = setAside(file);
                return new StateLines.Skipped("the launch history " + file + " is not text; "
                        + aside.map(p -> "it was moved to " + p).orElse("it could not be moved aside")
                        + " and the history starts empty");
            }
        }
    }

    /** Moves a file that cannot be read aside as {@code NAME.bad-<epoch seconds>}; returns where, or empty. */
    public Optional<Path> setAside(Path file) {
        Path aside =
                file.resolveSibling(file.getFileName() + ".bad-" + Instant.now().getEpochSecond());
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(aside);
        } catch (IOException e) {
            return Optional.empty();
        }
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

    /** Sets {@code path}'s POSIX mode where the file system has modes. */
    static void restrict(Path path, String mode) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        } catch (IOException | UnsupportedOperationException e) {
            // No POSIX modes here (or not ours to change): the default stays.
        }
    }
}
