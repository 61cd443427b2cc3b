package dev.vastlaunch.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Answers {@code POST /api/v0/bundles/}: filters, prices, orders and pages the available offers.
 *
 * <p>Unknown fields and operators are ignored, like the real server, because the CLI forwards any field name.
 */
final class OfferSearch {
    /** Is the page size when the request has no usable {@code limit}. */
    static final int DEFAULT_LIMIT = 64;
    /** Is the storage in GB priced in when the request has no usable {@code allocated_storage}. */
    static final double DEFAULT_STORAGE_GB = 5.0;

    private static final Set<String> CONTROL_KEYS =
            Set.of("order", "type", "limit", "allocated_storage", "disable_bundling", "extra_ids");

    private OfferSearch() {}

    /** Returns the JSON body {@code {"offers": [...]}} for one search request. */
    static byte[] run(Map<String, @Nullable Object> body, Market market, double nowEpochSeconds) {
        double storage = Values.number(body.get("allocated_storage"));
        if (Double.isNaN(storage) || storage < 0) {
            storage = DEFAULT_STORAGE_GB;
        }
        Pricing pricing = new Pricing(Pricing.normalizeType(body.get("type")), storage, nowEpochSeconds);
        List<Predicate<Offer>> tests = compile(body, pricing);
        double minDisk = storage;
        tests.add(o -> o.machine().diskSpace() >= minDisk);

        List<Offer> matched = new ArrayList<>();
        for (Offer o : market.offers()) {
            if (!market.isTaken(o.id()) && all(tests, o)) {
                matched.add(o);
            }
        }
        List<Offer> page = OfferOrder.sortAndLimit(matched, body.get("order"), pricing, limit(body.get("limit")));

        StringBuilder sb = new StringBuilder(64 + page.size() * 2800);
        sb.append("{\"offers\": [");
        for (int i = 0; i < page.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            OfferFields.appendJson(sb, page.get(i), pricing);
        }
        sb.append("]}");
        return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int limit(@Nullable Object raw) {
        double d = Values.number(raw);
        return Double.isNaN(d) || d < 1 ? DEFAULT_LIMIT : (int) Math.min(d, Integer.MAX_VALUE);
    }

    private static boolean all(List<Predicate<Offer>> tests, Offer o) {
        for (Predicate<Offer> t : tests) {
            if (!t.test(o)) {
                return false;
            }
        }
        return true;
    }

    /** Compiles each known field's conditions into predicates over offers. */
    static List<Predicate<Offer>> compile(Map<String, @Nullable Object> body, Pricing pricing) {
        List<Predicate<Offer>> out = new ArrayList<>();
        for (Map.Entry<String, @Nullable Object> e : body.entrySet()) {
            String field = e.getKey();
            OfferFields.Getter getter = OfferFields.ALL.get(field);
            if (CONTROL_KEYS.contains(field) || getter == null) {
                continue;
            }
            Object spec = e.getValue();
            List<Condition> conditions =
                    spec instanceof Map<?, ?> ? Condition.of(field, spec) : List.of(new Condition(field, "eq", spec));
            for (Condition c : conditions) {
                if (c.known()) {
                    out.add(predicate(c, getter, pricing));
                }
            }
        }
        return out;
    }

    private static Predicate<Offer> predicate(Condition c, OfferFields.Getter getter, Pricing pricing) {
        if (c.field().equals("geolocation") && allCountryCodes(c)) {
            Condition upper = new Condition(c.field(), c.op(), upperCase(c.operand()));
            return o -> upper.test(o.machine().countryCode());
        }
        if (c.field().equals("driver_version") && looksLikeVersion(c)) {
            Condition packed = new Condition("driver_vers", c.op(), packed(c.operand()));
            return o -> packed.test(o.machine().driverVers());
        }
        return o -> c.test(getter.get(o, pricing));
    }

    // The CLI sends two-letter codes, while offers carry "Texas, US"; compare against the code then.
    private static boolean allCountryCodes(Condition c) {
        for (Object v : c.operandList()) {
            if (!(v instanceof String s) || s.strip().length() != 2) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable Object upperCase(@Nullable Object v) {
        if (v instanceof List<?> list) {
            List<@Nullable Object> out = new ArrayList<>();
            for (Object item : list) {
                out.add(upperCase(item));
            }
            return out;
        }
        return v instanceof String s ? s.strip().toUpperCase(Locale.ROOT) : v;
    }

    // The CLI turns "535.86.05" into 535086005 before sending; a dotted string is packed the same way here.
    private static boolean looksLikeVersion(Condition c) {
        for (Object v : c.operandList()) {
            if (!(v instanceof Number) && !(v instanceof String s && s.matches("\\d+(\\.\\d+){0,2}"))) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable Object packed(@Nullable Object v) {
        if (v instanceof List<?> list) {
            List<@Nullable Object> out = new ArrayList<>();
            for (Object item : list) {
                out.add(packed(item));
            }
            return out;
        }
        if (v instanceof String s && s.contains(".")) {
            return (double) CatalogGenerator.packVersion(s);
        }
        return v;
    }
}
