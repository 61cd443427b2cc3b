package dev.vastlaunch.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Sorts matched offers by the request's {@code order} pairs and cuts the page. */
final class OfferOrder {
    private record Key(String field, boolean desc) {}

    // Rows are only sorted, never compared for equality, so an array component is fine.
    @SuppressWarnings("ArrayRecordComponent")
    private record Row(Offer offer, @Nullable Object[] keys) {}

    private OfferOrder() {}

    /**
     * Returns at most {@code limit} offers ordered by {@code order} (default score descending), ties by id.
     *
     * <p>Sort keys are computed once per offer, because prices depend on the search and cost a little each.
     */
    static List<Offer> sortAndLimit(List<Offer> offers, @Nullable Object order, Pricing pricing, int limit) {
        List<Key> keys = parse(order);
        List<Row> rows = new ArrayList<>(offers.size());
        for (Offer o : offers) {
            Object[] values = new Object[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                OfferFields.Getter g = OfferFields.ALL.get(keys.get(i).field());
                values[i] = g == null ? null : g.get(o, pricing);
            }
            rows.add(new Row(o, values));
        }
        Comparator<Row> cmp = (a, b) -> {
            for (int i = 0; i < keys.size(); i++) {
                @Nullable Object x = a.keys()[i];
                @Nullable Object y = b.keys()[i];
                int c = keys.get(i).desc() && x != null && y != null ? Values.order(y, x) : Values.order(x, y);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.offer().id(), b.offer().id());
        };
        rows.sort(cmp);
        List<Offer> out = new ArrayList<>(Math.min(limit, rows.size()));
        for (int i = 0; i < rows.size() && i < limit; i++) {
            out.add(rows.get(i).offer());
        }
        return out;
    }

    private static List<Key> parse(@Nullable Object order) {
        List<Key> keys = new ArrayList<>();
        if (order instanceof List<?> pairs) {
            for (Object pair : pairs) {
                if (pair instanceof List<?> p
                        && !p.isEmpty()
                        && OfferFields.ALL.containsKey(String.valueOf(p.get(0)))) {
                    boolean desc = p.size() > 1 && "desc".equalsIgnoreCase(String.valueOf(p.get(1)));
                    keys.add(new Key(String.valueOf(p.get(0)), desc));
                }
            }
        }
        if (keys.isEmpty()) {
            keys.add(new Key("score", true));
        }
        return keys;
    }
}
