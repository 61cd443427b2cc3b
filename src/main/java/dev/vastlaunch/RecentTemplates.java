package dev.vastlaunch;

import dev.vastlaunch.app.State;
import dev.vastlaunch.launch.LaunchRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** Keeps the hashes of recently launched templates in the state dir (one per line, newest first, at most 10). */
final class RecentTemplates {
    private static final int MAX = 10;

    private RecentTemplates() {}

    /** Returns the remembered hashes, newest first; none when the file is missing or unreadable. */
    static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(h -> h.matches("[0-9a-fA-F]{8,64}"))
                    .limit(MAX)
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Remembers the template of the launch the session submitted, if any; written atomically. */
    static void remember(Path file, State last) {
        LaunchRequest sent = last.launch().request();
        if (sent == null || sent.templateHashId() == null || last.launch().instanceId() == null) {
            return;
        }
        List<String> hashes = new ArrayList<>(read(file));
        hashes.remove(sent.templateHashId());
        hashes.add(0, sent.templateHashId());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, hashes.subList(0, Math.min(MAX, hashes.size())), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Only a convenience for the template list.
        }
    }
}
