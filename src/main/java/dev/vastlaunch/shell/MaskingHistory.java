package dev.vastlaunch.shell;

import java.time.Instant;
import org.jline.reader.impl.history.DefaultHistory;

/** Keeps the line history (in memory and in the history file) with secrets masked by {@link HistoryMask}. */
final class MaskingHistory extends DefaultHistory {
    @Override
    public void add(Instant time, String line) {
        super.add(time, HistoryMask.mask(line));
    }
}
