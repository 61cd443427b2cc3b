package dev.vastlaunch.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
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
        List<OfferFields.Getter> getters = new ArrayList<>();
        for (Key k : keys) {
            getters.add(Objects.requireNonNull(OfferFields.ALL.get(k.field())));
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
        // A bounded max-heap keeps the best `limit` rows: O(n log limit) instead of sorting every match.
        PriorityQueue<Row> best = new PriorityQueue<>(Math.min(limit, offers.size()) + 1, cmp.reversed());
        for (Offer o : offers) {
            Object[] values = new Object[getters.size()];
            for (int i = 0; i < getters.size(); i++) {
                values[i] = getters.get(i).get(o, pricing);
            }
            Row row = new Row(o, values);
            if (best.size() < limit) {
                best.add(row);
            } else if (cmp.compare(row, Objects.requireNonNull(best.peek())) < 0) {
                best.poll();
                best.add(row);
            }
        }
        List<Row> rows = new ArrayList<>(best);
        rows.sort(cmp);
        List<Offer> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(r.offer());
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
