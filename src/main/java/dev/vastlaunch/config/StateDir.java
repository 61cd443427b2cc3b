package dev.vastlaunch.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Owns the state dir ({@code $XDG_STATE_HOME/vastlaunch}): the command history, the launch history, the recently
 * launched templates and images, the demo account and the crash log; files it writes are replaced atomically (temp
 * file + rename), readable by the user only, in a directory only the user can enter. A file the app cannot read is
 * set aside by the one rule, {@link #setAside(Path, String)}, wherever it lives.
 */
public record StateDir(Path dir) {
    /** The most of the launch history that is read: its last 4 MB. */
    static final long MAX_LAUNCH_BYTES = 4L * 1024 * 1024;

    private static final String RECENT_TEMPLATES = "recent-templates";
    private static final int RECENT_MAX = 10;
    private static final DateTimeFormatter ASIDE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
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

    /** Returns the file of the recently launched images, one per line, newest first. */
    public Path recentImagesFile() {
        return dir.resolve(RECENT_IMAGES);
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

    /**
     * Returns the recently launched template hashes, newest first; none when the file is missing, and none when it is
     * not a list of hashes: then it is set aside and {@code warnings} gets the line that says so.
     */
    public List<String> recentTemplates(List<String> warnings) {
        Path file = dir.resolve(RECENT_TEMPLATES);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (CharacterCodingException e) {
            warnings.add(setAside(file, "not UTF-8 text"));
            return List.of();
        } catch (IOException e) {
            warnings.add("cannot read " + file + ": " + e.getMessage());
            return List.of();
        }
        List<String> hashes = new ArrayList<>();
        for (String line : lines) {
            String h = line.strip();
            if (h.isEmpty()) {
                continue;
            }
            if (!h.matches("[0-9a-fA-F]{8,64}")) {
                warnings.add(setAside(file, "a line is not a template hash"));
                return List.of();
            }
            if (hashes.size() < RECENT_MAX) {
                hashes.add(h);
            }
        }
        return hashes;
    }

    /** Puts {@code hash} first in the recently launched templates (at most 10 are kept). */
    public void rememberTemplate(String hash) {
        List<String> hashes = new ArrayList<>(recentTemplates(new ArrayList<>()));
        hashes.remove(hash);
        hashes.add(0, hash);
        String text = String.join("\n", hashes.subList(0, Math.min(RECENT_MAX, hashes.size()))) + "\n";
        var unused = write(RECENT_TEMPLATES, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sets aside a file the app cannot read, wherever it lives (history, settings, presets, demo account, recent
     * templates): renames it {@code NAME.bad-<UTC time>} beside itself, so the app goes on without it and the user
     * keeps its content. Returns the one warning line to show, which names the file, why, and where it went.
     */
    public static String setAside(Path file, String why) {
        Path aside = file.resolveSibling(
                file.getFileName() + ".bad-" + ASIDE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            return "the file " + file + " could not be read (" + why + "); it was moved to " + aside
                    + " and vastlaunch goes on without it";
        } catch (IOException | RuntimeException e) {
            return "the file " + file + " could not be read (" + why + ") nor moved aside (" + e.getMessage()
                    + "); vastlaunch goes on without it";
        }
    }

    /**
     * Replaces file {@code name} with {@code content} atomically (a private temp file renamed over it), mode 0600 in
     * the 0700 directory; returns why it could not, or empty.
     */
    public Optional<String> write(String name, byte[] content) {
        Optional<String> problem = create();
        if (problem.isPresent()) {
            return problem;
        }
        Path file = dir.resolve(name);
        try {
            replace(file, content, "rw-------");
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("cannot write " + file + ": " + e.getMessage());
        }
    }

    /**
     * Replaces {@code file} with {@code content} atomically, through a temporary file of its own name in the same
     * directory (two writers never share one), with the permissions {@code mode} (null: those the user's umask gives);
     * the temporary file is removed when anything fails.
     */
    static void replace(Path file, byte[] content, @Nullable String mode) throws IOException {
        Path dirOf = Objects.requireNonNull(file.toAbsolutePath().getParent());
        String unique = Long.toUnsignedString(
                java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36);
        Path tmp = createWithMode(dirOf.resolve("." + file.getFileName() + "." + unique + ".tmp"), mode);
        try {
            Files.write(tmp, content);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    /**
     * Runs {@code work} holding an exclusive lock on {@code name}'s lock file ({@code NAME.lock}), which every process
     * of the user sharing the file waits for; when no lock can be had (the directory is not writable) the work runs
     * without it. Not reentrant: callers in one process serialize themselves.
     */
    public <T> T locked(String name, Supplier<T> work) {
        FileChannel channel = null;
        FileLock lock = null;
        try {
            if (create().isEmpty()) {
                Path lockFile = dir.resolve(name + ".lock");
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                restrict(lockFile, "rw-------");
                lock = channel.lock();
            }
        } catch (IOException | RuntimeException e) {
            // No lock here: the work still runs, as it would with one process.
        }
        try {
            return work.get();
        } finally {
            try {
                if (lock != null) {
                    lock.release();
                }
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException e) {
                // closing the channel releases the lock anyway
            }
        }
    }

    /** Returns the recently launched images, newest first; none when the file is missing or unreadable. */
    public List<String> recentImages() {
        try {
            return Files.readAllLines(recentImagesFile(), StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(i -> !i.isEmpty() && i.length() <= 512 && !i.contains(" "))
                    .limit(RECENT_MAX)
                    .toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Puts {@code image} first in the recently launched images (at most 10 are kept). */
    public void rememberImage(String image) {
        List<String> images = new ArrayList<>(recentImages());
        images.remove(image);
        images.add(0, image);
        String text = String.join("\n", images.subList(0, Math.min(RECENT_MAX, images.size()))) + "\n";
        var unused = write(RECENT_IMAGES, text.getBytes(StandardCharsets.UTF_8));
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
                long from = Math.max(0, ch.size() - MAX_LAUNCH_BYTES);
                ByteBuffer all = ByteBuffer.allocate((int) (ch.size() - from));
                while (all.hasRemaining() && ch.read(all, from + all.position()) >= 0) {
                    // a read may return fewer bytes than asked
                }
                bytes = lock.isValid() ? fromLineStart(all.array(), from > 0) : new byte[0];
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
                return new StateLines.Skipped(
                        setAside(file, "the launch history is not text") + "; the history starts" + " empty");
            }
        }
    }

    /**
     * Creates {@code path} with the permissions {@code mode} from its first moment (no one can open a private file
     * while it is still readable to others), or with the umask's when {@code mode} is null.
     */
    private static Path createWithMode(Path path, @Nullable String mode) throws IOException {
        if (mode == null) {
            return Files.createFile(path);
        }
        try {
            return Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode)));
        } catch (UnsupportedOperationException e) {
            Path created = Files.createFile(path);
            restrict(created, mode);
            return created;
        }
    }

    /**
     * Returns {@code bytes} from the start of its first whole line when {@code cut} (the read began inside the file, so
     * its first line is a tail, possibly starting inside a UTF-8 character), else as they are.
     */
    private static byte[] fromLineStart(byte[] bytes, boolean cut) {
        if (!cut) {
            return bytes;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return java.util.Arrays.copyOfRange(bytes, i + 1, bytes.length);
            }
        }
        return new byte[0];
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

    private static void deleteQuietly(@Nullable Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a stray temp file is harmless
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
