package dev.vastlaunch.app;

import dev.vastlaunch.launch.Template;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Returns the template screen's state: the search text, the templates loaded, whether a search runs, and the hashes
 * of the templates and the images launched recently on this machine (most recent first).
 */
public record TemplatesState(
        String search,
        List<Template> loaded,
        boolean loading,
        boolean requested,
        List<String> recent,
        List<String> recentImages) {
    /** How many recent templates or images are kept in memory, as on disk. */
    private static final int RECENT_MAX = 10;

    public TemplatesState {
        loaded = List.copyOf(loaded);
        recent = List.copyOf(recent);
        recentImages = List.copyOf(recentImages);
    }

    /** Returns the state before any template search. */
    public static TemplatesState initial() {
        return new TemplatesState("", List.of(), false, false, List.of(), List.of());
    }

    /** Returns this state with another search text, list or loading flag, keeping the recent hashes and images. */
    public TemplatesState with(String newSearch, List<Template> newLoaded, boolean isLoading, boolean wasRequested) {
        return new TemplatesState(newSearch, newLoaded, isLoading, wasRequested, recent, recentImages);
    }

    /** Returns this state with the recently used template hashes and images, most recent first. */
    public TemplatesState withRecent(List<String> hashes, List<String> images) {
        return new TemplatesState(search, loaded, loading, requested, hashes, images);
    }

    /** Returns this state after a launch with template {@code hash} and/or {@code image} (either may be absent). */
    public TemplatesState launched(Optional<String> hash, @Nullable String image) {
        return withRecent(
                hash.map(h -> first(h, recent)).orElse(recent),
                image == null ? recentImages : first(image, recentImages));
    }

    private static List<String> first(String item, List<String> items) {
        List<String> out = new ArrayList<>(items);
        out.remove(item);
        out.add(0, item);
        return List.copyOf(out.subList(0, Math.min(RECENT_MAX, out.size())));
    }

    /** Returns the images launched recently that contain the search text, most recent first. */
    public List<String> visibleImages() {
        String needle = search.strip().toLowerCase(Locale.ROOT);
        return recentImages.stream()
                .filter(i -> needle.isEmpty() || i.toLowerCase(Locale.ROOT).contains(needle))
                .toList();
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
                .sorted(Comparator.comparingInt(this::recentRank)
                        .thenComparing((a, b) -> Boolean.compare(b.recommended(), a.recommended())))
                .toList();
    }

    private int recentRank(Template t) {
        int i = recent.indexOf(t.hashId());
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** Returns the template with this name (case-insensitive) or hash, if loaded. */
    public Optional<Template> find(String nameOrHash) {
        return loaded.stream()
                .filter(t -> t.hashId().equals(nameOrHash) || t.name().equalsIgnoreCase(nameOrHash))
                .findFirst();
    }
}
