package dev.vastlaunch.offers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Returns a typed offer search: per-field constraints, sort, pricing type, page size and storage for pricing.
 *
 * <p>{@code filters} maps a canonical field name to its operators ({@code eq, neq, gt, gte, lt, lte, in, notin})
 * and their values ({@link String}, {@link Long}, {@link Double}, {@link Boolean}, {@code null} or a {@link List}
 * of those); insertion order is the order the official CLI sends.
 */
public record OfferQuery(
        Map<String, Map<String, @Nullable Object>> filters,
        List<SortKey> order,
        OfferType type,
        @Nullable Integer limit,
        double storageGb) {

    /** The default storage, in GB, used to price offers, as in the official CLI. */
    public static final double DEFAULT_STORAGE_GB = 5.0;

    public OfferQuery {
        filters = copy(filters);
        order = List.copyOf(order);
    }

    /** Returns the CLI's default filters: verified, not external, rentable, in that order. */
    public static Map<String, Map<String, @Nullable Object>> defaultFilters() {
        Map<String, Map<String, @Nullable Object>> out = new LinkedHashMap<>();
        out.put("verified", eq(true));
        out.put("external", eq(false));
        out.put("rentable", eq(true));
        return out;
    }

    /** Returns the default search of the CLI: default filters, best score first, on-demand. */
    public static OfferQuery defaults() {
        return new OfferQuery(
                defaultFilters(), List.of(new SortKey("score", true)), OfferType.ON_DEMAND, null, DEFAULT_STORAGE_GB);
    }

    /** Returns this query with another pricing type. */
    public OfferQuery withType(OfferType newType) {
        return new OfferQuery(filters, order, newType, limit, storageGb);
    }

    /** Returns this query with another sort. */
    public OfferQuery withOrder(List<SortKey> newOrder) {
        return new OfferQuery(filters, newOrder, type, limit, storageGb);
    }

    /** Returns this query with other filters. */
    public OfferQuery withFilters(Map<String, Map<String, @Nullable Object>> newFilters) {
        return new OfferQuery(newFilters, order, type, limit, storageGb);
    }

    /** Returns the JSON body of {@code POST /api/v0/bundles/}, keys in the official CLI's order. */
    public Map<String, @Nullable Object> toWire() {
        Map<String, @Nullable Object> body = new LinkedHashMap<>();
        filters.forEach((field, ops) -> body.put(field, new LinkedHashMap<>(ops)));
        List<Object> pairs = new ArrayList<>();
        order.forEach(key -> pairs.add(key.toWire()));
        body.put("order", pairs);
        body.put("type", type.wire());
        if (limit != null) {
            body.put("limit", limit);
        }
        body.put("allocated_storage", storageGb);
        return body;
    }

    private static Map<String, @Nullable Object> eq(Object value) {
        Map<String, @Nullable Object> ops = new LinkedHashMap<>();
        ops.put("eq", value);
        return ops;
    }

    private static Map<String, Map<String, @Nullable Object>> copy(Map<String, Map<String, @Nullable Object>> in) {
        Map<String, Map<String, @Nullable Object>> out = new LinkedHashMap<>();
        in.forEach((field, ops) -> out.put(field, Collections.unmodifiableMap(new LinkedHashMap<>(ops))));
        return Collections.unmodifiableMap(out);
    }
}
