package dev.vastlaunch.app;

import dev.vastlaunch.offers.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a state and an action into the next state and the effects to run; pure, and the only place the workflow
 * lives, so the screens and the command bar behave the same.
 */
public final class Update {
    private Update() {}

    /** Returns the state after {@code action} and the effects it asks for. */
    public static Next apply(State state, Action action) {
        Next next = LibraryUpdate.follow(state, followDisk(route(state, action)));
        LaunchState before = state.launch();
        if (before.phase() == LaunchPhase.CONFIRMING
                && next.state().launch().phase() == LaunchPhase.CONFIRMING
                && !next.state().editor().draft().equals(state.editor().draft())) {
            // Only the reviewed request may be confirmed: any edit sends the user back to the review.
            return new Next(
                    next.state()
                            .withLaunch(before.to(LaunchPhase.EDITING, ""))
                            .withStatus(Status.warning("The draft changed after the review: review it again (l).")),
                    next.effects());
        }
        return next;
    }

    /**
     * Keeps the storage that prices and filters offers equal to the draft's disk: when the disk changed, the offers
     * are priced for it and searched again, at once on the offers screen, else when the user returns there.
     */
    private static Next followDisk(Next next) {
        State s = next.state();
        OffersState o = s.offers();
        double disk = s.editor().draft().effectiveDiskGb();
        if (disk == o.storageGb()) {
            return next;
        }
        State priced = s.withOffers(o.withPricing(o.type(), disk));
        boolean searching = next.effects().stream().anyMatch(e -> e instanceof Effect.SearchOffers);
        if (o.searchId() == 0
                || searching
                || s.screen() != Screen.OFFERS
                || priced.offers().queryProblem() != null) {
            return new Next(priced, next.effects());
        }
        Next searched = OfferUpdate.search(priced);
        List<Effect> effects = new ArrayList<>(next.effects());
        effects.addAll(searched.effects());
        return new Next(searched.state(), effects);
    }

    private static Next route(State state, Action action) {
        Next offers = OfferUpdate.apply(state, action);
        if (offers != null) {
            return offers;
        }
        Next draft = DraftUpdate.apply(state, action);
        if (draft != null) {
            return draft;
        }
        Next library = LibraryUpdate.apply(state, action);
        if (library != null) {
            return library;
        }
        Next launch = LaunchUpdate.apply(state, action);
        if (launch != null) {
            return launch;
        }
        if (action instanceof Action.Go go) {
            State next = state.withScreen(go.screen());
            if (go.screen() == Screen.OFFERS
                    && next.offers().stale()
                    && next.offers().queryProblem() == null) {
                return OfferUpdate.search(next);
            }
            if (go.screen() == Screen.IMAGE && !state.templates().requested()) {
                return TemplateUpdate.load(next);
            }
            if (go.screen() == Screen.PRESETS) {
                return Next.of(next, new Effect.LoadPresets());
            }
            if (go.screen() == Screen.HISTORY) {
                return Next.of(next, new Effect.LoadHistory());
            }
            if (go.screen() == Screen.INSTANCES) {
                return InstanceUpdate.refresh(next);
            }
            return Next.of(next);
        }
        if (action instanceof Action.ShowStatus s) {
            return Next.of(state.withStatus(s.status()));
        }
        Next instances = InstanceUpdate.apply(state, action);
        if (instances != null) {
            return instances;
        }
        if (action instanceof Action.GpuNamesLoaded names) {
            if (names.outcome() instanceof Outcome.Ok<List<String>> ok) {
                return Next.of(state.withGpuNames(ok.value()));
            }
            return Next.of(state);
        }
        Next templates = TemplateUpdate.apply(state, action);
        if (templates != null) {
            return templates;
        }
        throw new IllegalArgumentException(
                "unhandled action " + action.getClass().getSimpleName());
    }
}
