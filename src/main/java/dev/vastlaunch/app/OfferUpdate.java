package dev.vastlaunch.app;

import dev.vastlaunch.launch.LaunchDraft;
import dev.vastlaunch.launch.OfferFacts;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferQuery;
import dev.vastlaunch.offers.OfferType;
import dev.vastlaunch.offers.Outcome;
import dev.vastlaunch.offers.QueryParseResult;
import dev.vastlaunch.offers.QueryParser;
import dev.vastlaunch.offers.SortKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Handles the offers screen's actions: query, search, local view, marks and selection. */
final class OfferUpdate {
    /** The number of offers one search asks for. */
    static final int PAGE = 1000;
    /** The order the screens' own searches are sent with: the cheapest first, as the official CLI's default. */
    static final List<SortKey> BY_PRICE = List.of(new SortKey("dph_total", false));

    /**
     * The number of offers the session's first search shows before the rest of its page: two screenfuls at 100x30.
     * Its JSON is what a cold client parses before the first rows (~2.5 KB an offer, ~1 ms each on a cold JVM); 100
     * offers here put the rows on screen ~200 ms later (1,507 vs 1,305 ms median, interleaved tmux starts).
     */
    static final int FIRST_PAGE = 40;

    private OfferUpdate() {}

    static @Nullable Next apply(State s, Action a) {
        OffersState o = s.offers();
        if (a instanceof Action.EditQuery q) {
            QueryParseResult r = QueryParser.parse(q.text(), new LinkedHashMap<>());
            if (r instanceof QueryParseResult.Invalid bad) {
                return Next.of(s.withOffers(o.withQuery(q.text(), bad.problem(), List.of())));
            }
            return Next.of(s.withOffers(o.withQuery(q.text(), null, ((QueryParseResult.Valid) r).warnings())));
        }
        if (a instanceof Action.Search) {
            return search(s);
        }
        if (a instanceof Action.SetType t) {
            // Rows priced for another type must not be selectable while the new search runs.
            OffersState cleared = t.type() == o.type() ? o : o.withLoaded(List.of());
            return search(s.withOffers(cleared.withPricing(t.type(), o.storageGb())));
        }
        if (a instanceof Action.RunQuery r) {
            return run(s, r.query());
        }
        if (a instanceof Action.SetStorage st) {
            // The storage that prices and filters offers is the draft's disk: one value.
            State withDisk =
                    s.withEditor(s.editor().withDraft(s.editor().draft().withDisk(st.gb())));
            return search(withDisk.withOffers(o.withPricing(o.type(), st.gb())));
        }
        if (a instanceof Action.OffersLoaded loaded) {
            return loaded(s, loaded);
        }
        if (a instanceof Action.ExplainLoaded ex) {
            if (ex.searchId() != o.searchId()) {
                return Next.of(s);
            }
            return Next.of(s.withOffers(o.withExplain(ex.lines())));
        }
        if (a instanceof Action.SortBy sort) {
            boolean desc =
                    sort.column() == o.sort() ? !o.descending() : sort.column().descendingFirst();
            return Next.of(s.withOffers(o.withView(sort.column(), desc, o.filter())));
        }
        if (a instanceof Action.FilterLocal f) {
            return Next.of(s.withOffers(o.withView(o.sort(), o.descending(), f.text())));
        }
        if (a instanceof Action.ToggleMark m) {
            Set<Long> marked = new HashSet<>(o.marked());
            if (!marked.remove(m.offerId())) {
                marked.add(m.offerId());
            }
            return Next.of(s.withOffers(o.withMarked(marked)));
        }
        if (a instanceof Action.SelectOffer sel) {
            return select(s, sel.offerId());
        }
        if (a instanceof Action.SetHours h) {
            return Next.of(s.withHours(Math.max(1, h.hours())));
        }
        return null;
    }

    /** Returns the query the offers state describes, or empty when its text does not parse. */
    static Optional<OfferQuery> query(OffersState o) {
        QueryParseResult r = QueryParser.parse(o.queryText(), new LinkedHashMap<>());
        if (!(r instanceof QueryParseResult.Valid valid)) {
            return Optional.empty();
        }
        return Optional.of(new OfferQuery(valid.filters(), BY_PRICE, o.type(), PAGE, o.storageGb()));
    }

    static Next search(State s) {
        OffersState o = s.offers();
        QueryParseResult r = QueryParser.parse(o.queryText(), new LinkedHashMap<>());
        if (r instanceof QueryParseResult.Invalid bad) {
            return Next.of(s.withOffers(o.withQuery(o.queryText(), bad.problem(), List.of()))
                    .withStatus(Status.error("query " + bad.problem().describe())));
        }
        OfferQuery q = query(o).orElseThrow();
        long id = o.searchId() + 1;
        String what = o.type() == OfferType.ON_DEMAND ? "" : " (" + o.type().wire() + ")";
        State next = s.withOffers(o.withQuery(o.queryText(), null, ((QueryParseResult.Valid) r).warnings())
                        .withLoading(true, id)
                        .withSearchedOrder(q.order()))
                .withStatus(Status.info("Searching" + what + "…"));
        // The session's first search shows its cheapest offers first; the whole page follows (see FIRST_PAGE).
        Effect searching = o.searchId() == 0
                ? new Effect.SearchOffers(
                        id, new OfferQuery(q.filters(), q.order(), q.type(), FIRST_PAGE, q.storageGb()), q)
                : new Effect.SearchOffers(id, q);
        if (s.gpuNames().isEmpty() && o.searchId() > 0) {
            // GPU names feed completion; they need no key. The session's first search goes alone: names asked for
            // beside it held its first page up (the simulator answers one request at a time) and are asked for once
            // that page answered.
            return Next.of(next, searching, new Effect.LoadGpuNames());
        }
        return Next.of(next, searching);
    }

    /** Runs {@code q} as given; its storage becomes the draft's disk, as {@code s} on the offers screen does. */
    private static Next run(State s, OfferQuery q) {
        OffersState o = s.offers();
        State withDisk = q.storageGb() == s.editor().draft().effectiveDiskGb()
                ? s
                : s.withEditor(s.editor().withDraft(s.editor().draft().withDisk(q.storageGb())));
        OfferQuery exact =
                q.limit() == null ? new OfferQuery(q.filters(), q.order(), q.type(), PAGE, q.storageGb()) : q;
        long id = o.searchId() + 1;
        OffersState cleared = q.type() == o.type() ? o : o.withLoaded(List.of());
        State next = withDisk.withOffers(cleared.withPricing(q.type(), q.storageGb())
                        .withLoading(true, id)
                        .withSearchedOrder(exact.order()))
                .withStatus(Status.info("Searching…"));
        return Next.of(next, new Effect.SearchOffers(id, exact));
    }

    private static Next loaded(State s, Action.OffersLoaded loaded) {
        Next next = loadedPage(s, loaded);
        if (loaded.rest() == null || loaded.searchId() != s.offers().searchId()) {
            return next;
        }
        // The session's first page answered (or failed): now what waited for it to go alone, the GPU names (see
        // search) and the templates the next screen lists, so that its first visit does not wait for them.
        List<Effect> effects = new ArrayList<>(next.effects());
        State state = next.state();
        if (state.gpuNames().isEmpty()) {
            effects.add(new Effect.LoadGpuNames());
        }
        if (!state.templates().requested()) {
            Next templates = TemplateUpdate.load(state);
            state = templates.state();
            effects.addAll(templates.effects());
        }
        return new Next(state, effects);
    }

    /**
     * Returns {@code s} with the info {@code message} of an answer that came in the background, unless the status line
     * holds a warning or an error: an answer arriving while the user reads "press Enter again to use …" on another
     * screen replaced it (a search's own "Searching…" is info, so a new search's result is always shown).
     */
    private static State unlessWarned(State s, String message) {
        return s.status().level() == Status.Level.INFO ? s.withStatus(Status.info(message)) : s;
    }

    private static Next loadedPage(State s, Action.OffersLoaded loaded) {
        OffersState o = s.offers();
        if (loaded.searchId() != o.searchId()) {
            return Next.of(s);
        }
        if (loaded.outcome() instanceof Outcome.Ok<List<Offer>> ok) {
            List<Offer> offers = ok.value();
            OfferQuery rest = loaded.rest();
            if (rest != null && offers.size() >= FIRST_PAGE) {
                // Only the first page: its rows can be browsed and chosen while the rest of the page loads.
                return Next.of(
                        unlessWarned(
                                s.withOffers(o.withLoaded(offers).withLoading(true, o.searchId())),
                                "The " + offers.size() + " cheapest offers; loading the rest…"),
                        new Effect.SearchOffers(o.searchId(), rest));
            }
            State next = s.withOffers(o.withLoaded(offers));
            if (offers.isEmpty()) {
                Optional<OfferQuery> q = query(o);
                if (q.isPresent() && !q.get().filters().isEmpty()) {
                    return Next.of(
                            next.withStatus(Status.warning("No offers match; counting what each filter removes…")),
                            new Effect.ExplainEmpty(o.searchId(), q.get()));
                }
                return Next.of(next.withStatus(Status.warning("No offers match.")));
            }
            String more = offers.size() >= PAGE ? " (first " + PAGE + "; refine the query for more)" : "";
            return Next.of(unlessWarned(next, offers.size() + " offers" + more));
        }
        return Next.of(s.withOffers(o.withLoading(false, o.searchId()))
                .withStatus(Status.error("search failed: " + loaded.outcome().describe())));
    }

    private static Next select(State s, long offerId) {
        Optional<Offer> found = s.offers().find(offerId);
        LaunchDraft draft = s.editor().draft();
        if (found.isEmpty()) {
            draft = draft.toBuilder().offerId(offerId).offer(null).build();
            return Next.of(s.withEditor(s.editor().withDraft(draft))
                    .withStatus(Status.info("Offer " + offerId + " selected (not in the loaded results)")));
        }
        Offer offer = found.get();
        boolean bid = s.offers().type() == OfferType.INTERRUPTIBLE;
        OfferFacts facts = Pricing.facts(offer, s.offers().type());
        draft = draft.withOffer(facts);
        if (bid && draft.price() == null && offer.minBid() != null) {
            draft = draft.withPrice(offer.minBid());
        } else if (!bid) {
            draft = draft.withPrice(null);
        }
        State next = s.withEditor(s.editor().withDraft(draft))
                .withStatus(Status.info("Offer " + offer.id() + " · " + offer.numGpus() + "x " + offer.gpuName()
                        + " · " + LaunchWords.price(draft, s.hours())
                        + (bid ? " · interruptible, bid preset to the minimum" : "")
                        + (s.offers().type() == OfferType.RESERVED
                                ? " · reserved prices need a prepay after the launch"
                                : "")))
                .withScreen(Screen.IMAGE);
        if (!s.templates().requested()) {
            return TemplateUpdate.load(next);
        }
        return Next.of(next);
    }
}
