package dev.vastlaunch.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the simulated account (instances, rented offers, the next id) in its {@link AccountFile} between runs and
 * between processes: each request runs under the file's lock, on the account as the file has it (another process may
 * have changed it), and a request that changed the account writes it back before the lock is released. So two
 * processes creating on one offer cannot both get it, nor the same instance id. The catalog is rebuilt from the seed.
 *
 * <p>Thread-safe: requests of this process run one at a time here.
 */
final class SimState {
    private static final int VERSION = 1;

    private final AccountFile file;
    private final long seed;
    private final int offerCount;
    private final InstanceStore store;
    private final Market market;
    private final TemplateStore templates;
    /** Every request on the account runs, and writes, holding it. */
    private final ReentrantLock lock = new ReentrantLock();

    private @Nullable Object seen;
    private volatile boolean changed;

    SimState(AccountFile file, long seed, int offerCount, InstanceStore store, Market market, TemplateStore templates) {
        this.file = file;
        this.seed = seed;
        this.offerCount = offerCount;
        this.store = store;
        this.market = market;
        this.templates = templates;
        store.onChange(this::changed);
    }

    /** Runs one request on the account as the file has it, and writes the account back if the request changed it. */
    <T> T around(Supplier<T> request) {
        lock.lock();
        try {
            return aroundLocked(request);
        } finally {
            lock.unlock();
        }
    }

    private <T> T aroundLocked(Supplier<T> request) {
        return file.locked(() -> {
            Object now = file.version();
            if (!Objects.equals(now, seen)) {
                reload();
                seen = file.version();
            }
            changed = false;
            T result = request.get();
            if (changed) {
                save();
            }
            return result;
        });
    }

    /**
     * Returns once no request is running on the account, or after {@code millis} (a request held by the latency fault):
     * a request's answer leaves before its change is written, so a client can end (and close the simulator) while the
     * write is still under way.
     */
    void awaitIdle(long millis) {
        try {
            if (lock.tryLock(millis, TimeUnit.MILLISECONDS)) {
                lock.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // Not synchronized: the store calls it holding its own lock.
    private void changed() {
        changed = true;
    }

    private void save() {
        Map<String, @Nullable Object> root = new LinkedHashMap<>();
        root.put("version", VERSION);
        root.put("seed", seed);
        root.put("offer_count", offerCount);
        root.put("taken", market.takenIds());
        root.put("next_id", store.peekNextId());
        root.put("instances", masked(store.snapshot()));
        root.put("destroyed_spend", store.destroyedSpend());
        if (file.write(new String(JsonText.bytes(root), StandardCharsets.UTF_8))) {
            seen = file.version();
        }
    }

    /** Returns the rows with each env value as the file may keep it (secrets masked). */
    private List<Map<String, @Nullable Object>> masked(List<Map<String, @Nullable Object>> rows) {
        for (Map<String, @Nullable Object> row : rows) {
            if (row.get("env") instanceof Map<?, ?> env) {
                Map<String, String> kept = new LinkedHashMap<>();
                env.forEach((k, v) ->
                        kept.put(String.valueOf(k), file.envValueToKeep(String.valueOf(k), String.valueOf(v))));
                row.put("env", kept);
            }
        }
        return rows;
    }

    /** Replaces the account in memory by the file's; a file that cannot be read is set aside (a fresh account). */
    private void reload() {
        store.reset();
        market.reset();
        String text;
        try {
            text = file.read();
        } catch (IOException e) {
            file.setAside(e.getClass().getSimpleName());
            return;
        }
        if (text == null) {
            return;
        }
        try {
            restore(JsonIn.object(text));
        } catch (RuntimeException e) {
            store.reset();
            market.reset();
            file.setAside("not a demo account: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private void restore(Map<String, @Nullable Object> root) {
        if (Values.number(root.get("version")) != VERSION
                || Values.number(root.get("seed")) != seed
                || Values.number(root.get("offer_count")) != offerCount) {
            return; // made for another catalog: this run starts a fresh account and replaces it on the first change
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
