package dev.vastlaunch.app;

import dev.vastlaunch.launch.Template;
import java.util.List;
import java.util.Locale;

/** Returns the template screen's state: the search text, the templates loaded and whether a search runs. */
public record TemplatesState(String search, List<Template> loaded, boolean loading, boolean requested) {
    public TemplatesState {
        loaded = List.copyOf(loaded);
    }

    /** Returns the state before any template search. */
    public static TemplatesState initial() {
        return new TemplatesState("", List.of(), false, false);
    }

    /** Returns the loaded templates whose name, image or hash contain the search text, recommended first. */
    public List<Template> visible() {
        String needle = search.strip().toLowerCase(Locale.ROOT);
        return loaded.stream()
                .filter(t -> needle.isEmpty()
                        || t.name().toLowerCase(Locale.ROOT).contains(needle)
                        || t.image().toLowerCase(Locale.ROOT).contains(needle)
                        || t.hashId().startsWith(needle))
                .sorted((a, b) -> Boolean.compare(b.recommended(), a.recommended()))
                .toList();
    }

    /** Returns the template with this name (case-insensitive) or hash, if loaded. */
    public java.util.Optional<Template> find(String nameOrHash) {
        return loaded.stream()
                .filter(t -> t.hashId().equals(nameOrHash) || t.name().equalsIgnoreCase(nameOrHash))
                .findFirst();
    }
}
