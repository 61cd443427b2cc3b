package dev.vastlaunch.app;

import java.util.List;

/**
 * Returns the launch history as read: its records, oldest first, and one line per thing that could not be read (a
 * line cut off by a crash, a file set aside).
 */
public record HistoryRead(List<LaunchRecord> records, List<String> notes) {
    public HistoryRead {
        records = List.copyOf(records);
        notes = List.copyOf(notes);
    }
}
