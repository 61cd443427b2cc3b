package dev.vastlaunch.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the simulated account (instances, rented offers, the next id) in a file between runs, so that one-shot demo
 * commands started one after another see the same account; the catalog itself is rebuilt from the seed.
 */
final class SimState {
    private static final int VERSION = 1;

    private SimState() {}

    /** Writes the account to {@code file} atomically; failures are ignored (the demo goes on in memory). */
    static void save(Path file, long seed, int offerCount, InstanceStore store, Market market) {
        Map<String, @Nullable Object> root = new LinkedHashMap<>();
        root.put("version", VERSION);
        root.put("seed", seed);
        root.put("offer_count", offerCount);
        root.put("taken", market.takenIds());
        root.put("next_id", store.peekNextId());
        root.put("instances", store.snapshot());
        root.put("destroyed_spend", store.destroyedSpend());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(
                    file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            Files.write(tmp, JsonText.bytes(root));
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // The account stays in memory; persisting it is a convenience of demo mode.
        }
    }

    /** Reads the account from {@code file} when it exists and was made with the same seed and catalog size. */
    static void load(
            Path file, long seed, int offerCount, InstanceStore store, Market market, TemplateStore templates) {
        Map<String, @Nullable Object> root;
        try {
            if (!Files.isRegularFile(file)) {
                return;
            }
            root = JsonIn.object(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return;
        }
        try {
            restore(root, seed, offerCount, store, market, templates);
        } catch (BadRequest e) {
            // A hand-edited file with a non-finite number: start with a fresh account.
        }
    }

    private static void restore(
            Map<String, @Nullable Object> root,
            long seed,
            int offerCount,
            InstanceStore store,
            Market market,
            TemplateStore templates) {
        if (Values.number(root.get("version")) != VERSION
                || Values.number(root.get("seed")) != seed
                || Values.number(root.get("offer_count")) != offerCount) {
            return;
        }
        if (root.get("taken") instanceof List<?> taken) {
            taken.forEach(id -> market.take((int) Values.number(id)));
        }
        List<Map<String, @Nullable Object>> rows = new ArrayList<>();
        if (root.get("instances") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m) {
                    rows.add(JsonIn.stringKeys(m));
                }
            }
        }
        double destroyed = Values.number(root.get("destroyed_spend"));
        store.restore(
                rows,
                (long) Values.number(root.get("next_id")),
                Double.isNaN(destroyed) ? 0 : destroyed,
                market,
                templates);
    }
}
