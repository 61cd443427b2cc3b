package dev.vastlaunch.app;

import dev.vastlaunch.launch.LaunchDraft;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferColumn;
import dev.vastlaunch.offers.OfferType;
import dev.vastlaunch.offers.OfferView;
import dev.vastlaunch.offers.SortKey;
import dev.vastlaunch.offers.SyntaxProblem;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Returns the offers screen's state: the query as typed, its problem, the loaded offers and the local view.
 *
 * @param view the loaded offers after the local filter and sort, in display order
 * @param explain lines explaining an empty result (which filter removed how many offers)
 * @param searchId increases with every search, so late answers of older searches are ignored
 * @param searchedGb the storage the last search priced offers for; when the draft's disk changed since, the offers
 *     screen searches again
 * @param searchedOrder the order the last search was sent with (which offers come back), as a recipe writes it
 */
public record OffersState(
        String queryText,
        @Nullable SyntaxProblem queryProblem,
        List<String> warnings,
        OfferType type,
        double storageGb,
        List<Offer> loaded,
        List<Offer> view,
        OfferColumn sort,
        boolean descending,
        String filter,
        Set<Long> marked,
        boolean loading,
        long searchId,
        double searchedGb,
        List<String> explain,
        List<SortKey> searchedOrder) {

    /** The query shown at start: the CLI's defaults, visible and editable. */
    public static final String DEFAULT_QUERY = "verified=true external=false rentable=true";

    public OffersState {
        warnings = List.copyOf(warnings);
        loaded = List.copyOf(loaded);
        view = List.copyOf(view);
        marked = Set.copyOf(new LinkedHashSet<>(marked));
        explain = List.copyOf(explain);
        searchedOrder = List.copyOf(searchedOrder);
    }

    /** Returns the state at start: default query, nothing loaded, sorted by price. */
    public static OffersState initial() {
        return new OffersState(
                DEFAULT_QUERY,
                null,
                List.of(),
                OfferType.ON_DEMAND,
                LaunchDraft.DEFAULT_DISK_GB,
                List.of(),
                List.of(),
                OfferColumn.PRICE,
                false,
                "",
                Set.of(),
                false,
                0,
                LaunchDraft.DEFAULT_DISK_GB,
                List.of(),
                OfferUpdate.BY_PRICE);
    }

    /** Returns this state with {@code offers} loaded and the local view recomputed. */
    public OffersState withLoaded(List<Offer> offers) {
        Copy c = new Copy(this);
        c.loaded = offers;
        c.view = OfferView.apply(offers, filter, sort, descending);
        c.loading = false;
        c.explain = List.of();
        return c.build();
    }

    /** Returns this state without offer {@code offerId} (the user just rented it), the rest as it was. */
    public OffersState without(long offerId) {
        Copy c = new Copy(this);
        c.loaded = loaded.stream().filter(o -> o.id() != offerId).toList();
        c.view = OfferView.apply(c.loaded, filter, sort, descending);
        return c.build();
    }

    /** Returns this state with another local sort or filter, the view recomputed. */
    public OffersState withView(OfferColumn newSort, boolean newDescending, String newFilter) {
        Copy c = new Copy(this);
        c.view = OfferView.apply(loaded, newFilter, newSort, newDescending);
        c.sort = newSort;
        c.descending = newDescending;
        c.filter = newFilter;
        return c.build();
    }

    /** Returns this state with the query text as typed and its problem (null when it parses). */
    public OffersState withQuery(String text, @Nullable SyntaxProblem problem, List<String> newWarnings) {
        Copy c = new Copy(this);
        c.queryText = text;
        c.queryProblem = problem;
        c.warnings = newWarnings;
        return c.build();
    }

    /** Returns this state with a pricing type and storage size. */
    public OffersState withPricing(OfferType newType, double newStorageGb) {
        Copy c = new Copy(this);
        c.type = newType;
        c.storageGb = newStorageGb;
        return c.build();
    }

    /** Returns this state with a search in flight (or not); the offers it brings are priced for the storage now. */
    public OffersState withLoading(boolean isLoading, long id) {
        Copy c = new Copy(this);
        c.loading = isLoading;
        c.searchId = id;
        c.searchedGb = storageGb;
        return c.build();
    }

    /** Returns this state with the marked offer ids. */
    public OffersState withMarked(Set<Long> ids) {
        Copy c = new Copy(this);
        c.marked = ids;
        return c.build();
    }

    /** Returns this state with lines that explain an empty result. */
    public OffersState withExplain(List<String> lines) {
        Copy c = new Copy(this);
        c.explain = lines;
        return c.build();
    }

    /** Returns this state with the order the search now in flight was sent with. */
    public OffersState withSearchedOrder(List<SortKey> order) {
        Copy c = new Copy(this);
        c.searchedOrder = order;
        return c.build();
    }

    /** Returns whether the loaded offers were priced for another storage than the draft's disk now. */
    public boolean stale() {
        return searchId > 0 && searchedGb != storageGb;
    }

    /** Returns the loaded offer with this id, if any. */
    public java.util.Optional<Offer> find(long id) {
        return loaded.stream().filter(o -> o.id() == id).findFirst();
    }

    /**
     * Is a draft of a state: every component of the one it copies, changed by the with-methods and turned back into a
     * state (its copies and checks in the canonical constructor) by {@link #build()}.
     */
    private static final class Copy {
        private String queryText;
        private @Nullable SyntaxProblem queryProblem;
        private List<String> warnings;
        private OfferType type;
        private double storageGb;
        private List<Offer> loaded;
        private List<Offer> view;
        private OfferColumn sort;
        private boolean descending;
        private String filter;
        private Set<Long> marked;
        private boolean loading;
        private long searchId;
        private double searchedGb;
        private List<String> explain;
        private List<SortKey> searchedOrder;

        Copy(OffersState s) {
            queryText = s.queryText;
            queryProblem = s.queryProblem;
            warnings = s.warnings;
            type = s.type;
            storageGb = s.storageGb;
            loaded = s.loaded;
            view = s.view;
            sort = s.sort;
            descending = s.descending;
            filter = s.filter;
            marked = s.marked;
            loading = s.loading;
            searchId = s.searchId;
            searchedGb = s.searchedGb;
            explain = s.explain;
            searchedOrder = s.searchedOrder;
        }

        OffersState build() {
            return new OffersState(
                    queryText,
                    queryProblem,
                    warnings,
                    type,
                    storageGb,
                    loaded,
                    view,
                    sort,
                    descending,
                    filter,
                    marked,
                    loading,
                    searchId,
                    searchedGb,
                    explain,
                    searchedOrder);
        }
    }
}
