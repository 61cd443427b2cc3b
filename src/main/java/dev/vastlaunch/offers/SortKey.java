package dev.vastlaunch.offers;

import java.util.List;

/** Returns one sort column of a search, with its direction. */
public record SortKey(String field, boolean descending) {
    /** Returns the wire pair {@code [field, "asc"|"desc"]}. */
    public List<String> toWire() {
        return List.of(field, descending ? "desc" : "asc");
    }
}
