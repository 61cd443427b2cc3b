package dev.vastlaunch.launch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Returns the ordered Docker options of a launch: env vars, ports, hostname, volumes, networks.
 *
 * <p>Entries are unique by wire key; putting an entry whose key exists replaces it in place, as the official CLI's
 * dictionary does.
 */
public record EnvSpec(List<EnvEntry> entries) {
    /** An empty spec. */
    public static final EnvSpec EMPTY = new EnvSpec(List.of());

    public EnvSpec {
        Map<String, EnvEntry> byKey = new LinkedHashMap<>();
        for (EnvEntry e : entries) {
            byKey.put(e.wireKey(), e);
        }
        entries = List.copyOf(byKey.values());
    }

    /** Returns this spec with {@code entry} added, or replacing the entry with the same wire key in place. */
    public EnvSpec put(EnvEntry entry) {
        List<EnvEntry> next = new ArrayList<>(entries);
        next.add(entry);
        return new EnvSpec(next);
    }

    /** Returns this spec without the variable {@code key} or the entry whose wire key is {@code key}. */
    public EnvSpec remove(String key) {
        List<EnvEntry> next = new ArrayList<>(entries);
        next.removeIf(e -> e.wireKey().equals(key)
                || (e instanceof EnvEntry.Port p
                        && (p.spec().equals(key) || p.containerKey().equals(key))));
        return new EnvSpec(next);
    }

    /** Returns this spec with every entry of {@code other} put on top (other wins on the same key). */
    public EnvSpec mergedWith(EnvSpec other) {
        List<EnvEntry> next = new ArrayList<>(entries);
        next.addAll(other.entries);
        return new EnvSpec(next);
    }

    /** Returns the environment variables, in order. */
    public List<EnvEntry.Variable> variables() {
        return entries.stream()
                .filter(EnvEntry.Variable.class::isInstance)
                .map(EnvEntry.Variable.class::cast)
                .collect(Collectors.toList());
    }

    /** Returns the port mappings, in order. */
    public List<EnvEntry.Port> ports() {
        return entries.stream()
                .filter(EnvEntry.Port.class::isInstance)
                .map(EnvEntry.Port.class::cast)
                .collect(Collectors.toList());
    }

    /** Returns the value of variable {@code key}, if set. */
    public Optional<String> get(String key) {
        return variables().stream()
                .filter(v -> v.key().equals(key))
                .map(EnvEntry.Variable::value)
                .findFirst();
    }

    /** Returns the wire {@code env} object, in order. */
    public Map<String, String> toWire() {
        Map<String, String> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.wireKey(), e.wireValue()));
        return out;
    }

    /** Returns the Docker options text; {@link EnvSpecParser#parse} reads it back to an equal spec. */
    public String toOptions() {
        return entries.stream().map(EnvEntry::toOption).collect(Collectors.joining(" "));
    }

    /** Returns the number of characters the wire object takes (keys plus values), for the 32768 limit. */
    public int wireLength() {
        return entries.stream()
                .mapToInt(e -> e.wireKey().length() + e.wireValue().length())
                .sum();
    }
}
