package dev.vastlaunch.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import org.jline.reader.impl.history.DefaultHistory;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the line history (in memory and in the history file) with secrets masked by {@link HistoryMask}; a history
 * file that cannot be read (not UTF-8, not JLine's format) is set aside as {@code history.bad-<time>} and the
 * history starts empty, so a damaged file never stops the shell or the bar.
 */
final class MaskingHistory extends DefaultHistory {
    private final @Nullable Path file;
    private @Nullable String problem;

    /** Returns a history kept in {@code file} (none when null). */
    MaskingHistory(@Nullable Path file) {
        this.file = file;
    }

    @Override
    public void add(Instant time, String line) {
        super.add(time, HistoryMask.mask(line));
    }

    @Override
    public void load() throws IOException {
        try {
            super.load();
        } catch (UncheckedIOException | IllegalArgumentException e) {
            setAside(e);
        }
    }

    /** Returns what was wrong with the history file and where it went, once; null when nothing was. */
    @Nullable
    String takeProblem() {
        String p = problem;
        problem = null;
        return p;
    }

    private void setAside(RuntimeException e) throws IOException {
        if (file == null) {
            return;
        }
        Path aside =
                file.resolveSibling(file.getFileName() + ".bad-" + Instant.now().getEpochSecond());
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        problem = "warning: the history file " + file + " could not be read ("
                + e.getClass().getSimpleName() + "); it was moved to " + aside + " and the history starts empty";
        super.load();
    }
}
