package dev.vastlaunch.app;

import dev.vastlaunch.launch.Template;
import java.util.List;
import java.util.Locale;

/**
 * Returns the template screen's state: the search text, the templates loaded, whether a search runs, and the hashes
 * of the templates used recently on this machine (most recent first).
 */
public record TemplatesState(
        String search, List<Template> loaded, boolean loading, boolean requested, List<String> recent) {
    public TemplatesState {
        loaded = List.copyOf(loaded);
        recent = List.copyOf(recent);
    }

    /** Returns the state before any template search. */
    public static TemplatesState initial() {
        return new TemplatesState("", List.of(), false, false, List.of());
    }

    /** Returns this state with another search text, list or loading flag, keeping the recent hashes. */
    public TemplatesState with(String newSearch, List<Template> newLoaded, boolean isLoading, boolean wasRequested) {
        return new TemplatesState(newSearch, newLoaded, isLoading, wasRequested, recent);
    }

    /** Returns this state with the recently used template hashes, most recent first. */
    public TemplatesState withRecent(List<String> hashes) {
        return new TemplatesState(search, loaded, loading, requested, hashes);
    }

    /** Returns whether {@code t} was used recently on this machine. */
    public boolean isRecent(Template t) {
        return recent.contains(t.hashId());
    }

    /** Returns the loaded templates whose name, image or hash contain the search text, recommended first. */
    public List<Template> visible() {
        String needle = search.strip().toLowerCase(Locale.ROOT);
        return loaded.stream()
                .filter(t -> needle.isEmpty()
                        || t.name().toLowerCase(Locale.ROOT).contains(needle)
                        || t.image().toLowerCase(Locale.ROOT).contains(needle)
                        || t.hashId().startsWith(needle))
                .sorted(java.util.Comparator.comparingInt(this::recentRank)
                        .thenComparing((a, b) -> Boolean.compare(b.recommended(), a.recommended())))
                .toList();
    }

    private int recentRank(Template t) {
        int i = recent.indexOf(t.hashId());
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** Returns the template with this name (case-insensitive) or hash, if loaded. */
    public java.util.Optional<Template> find(String nameOrHash) {
        return loaded.stream()
                .filter(t -> t.hashId().equals(nameOrHash) || t.name().equalsIgnoreCase(nameOrHash))
                .findFirst();
    }
}
