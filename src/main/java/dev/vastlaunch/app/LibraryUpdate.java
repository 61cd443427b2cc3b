package dev.vastlaunch.app;

import dev.vastlaunch.launch.LaunchDraft;
import dev.vastlaunch.launch.Preset;
import dev.vastlaunch.launch.PresetRead;
import dev.vastlaunch.launch.PresetText;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferQuery;
import dev.vastlaunch.offers.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Handles presets and history: list, load, save, delete, quick launch (search with a preset, pick the best match by
 * its order, ask to launch it), relaunch, and recording every launch attempt.
 */
final class LibraryUpdate {
    private LibraryUpdate() {}

    static @Nullable Next apply(State s, Action a) {
        LibraryState lib = s.library();
        if (a instanceof Action.LoadPresets) {
            return Next.of(s, new Effect.LoadPresets());
        }
        if (a instanceof Action.PresetsLoaded p) {
            long bad = p.presets().stream()
                    .filter(r -> r instanceof PresetRead.Bad)
                    .count();
            State next = s.withLibrary(lib.withPresets(p.presets()));
            return Next.of(
                    bad == 0
                            ? next
                            : next.withStatus(Status.warning(
                                    bad + " preset file" + (bad == 1 ? "" : "s") + " skipped (presets says why)")));
        }
        if (a instanceof Action.UsePreset u) {
            if (s.launch().inFlight()) {
                return Next.of(s.withStatus(Status.error("a launch is in progress; wait for it first")));
            }
            return Next.of(
                    s.withLibrary(lib.withQuick(LibraryState.QuickStep.READING, 0))
                            .withStatus(Status.info("Reading preset " + u.name() + "…")),
                    new Effect.ReadPreset(u.name(), u.launch()));
        }
        if (a instanceof Action.Relaunch r) {
            if (s.launch().inFlight()) {
                return Next.of(s.withStatus(Status.error("a launch is in progress; wait for it first")));
            }
            return Next.of(
                    s.withLibrary(lib.withQuick(LibraryState.QuickStep.READING, 0))
                            .withStatus(Status.info("Reading launch " + r.n() + " of the history…")),
                    new Effect.ReadRelaunch(r.n()));
        }
        if (a instanceof Action.PresetLoaded p) {
            return loaded(s, p);
        }
        if (a instanceof Action.SavePreset sp) {
            Optional<String> bad = PresetText.nameProblem(sp.name());
            if (bad.isPresent()) {
                return Next.of(s.withStatus(Status.error(bad.get())));
            }
            if (s.editor().draft().image() == null
                    && s.editor().draft().templateHash().isEmpty()) {
                return Next.of(s.withStatus(Status.error("nothing to save yet: choose an image or a template first")));
            }
            String text = Recipes.presetText(s, sp.name(), sp.secrets());
            boolean secret = sp.secrets() && PresetText.hasSecrets(s.editor().draft());
            return Next.of(
                    s.withStatus(Status.info("Saving preset " + sp.name() + "…")),
                    new Effect.SavePreset(sp.name(), text, secret));
        }
        if (a instanceof Action.PresetSaved saved) {
            if (saved.outcome() instanceof Outcome.Ok<String> ok) {
                String note =
                        PresetText.hasSecrets(s.editor().draft()) && !ok.value().contains("0600")
                                ? " (secret values are not stored: the preset takes them from the environment at launch;"
                                        + " preset save NAME --secrets stores them)"
                                : "";
                return Next.of(
                        s.withStatus(Status.info("Saved preset " + saved.name() + " to " + ok.value() + note)),
                        new Effect.LoadPresets());
            }
            return Next.of(s.withStatus(Status.error(
                    "preset " + saved.name() + " not saved: " + saved.outcome().describe())));
        }
        if (a instanceof Action.DeletePreset d) {
            return Next.of(s, new Effect.DeletePreset(d.name()));
        }
        if (a instanceof Action.PresetDeleted d) {
            if (d.outcome() instanceof Outcome.Ok<String> ok) {
                return Next.of(
                        s.withStatus(Status.info("Deleted preset " + d.name() + " (" + ok.value() + ")")),
                        new Effect.LoadPresets());
            }
            return Next.of(s.withStatus(Status.error(
                    "preset " + d.name() + " not deleted: " + d.outcome().describe())));
        }
        if (a instanceof Action.LoadHistory) {
            return Next.of(s, new Effect.LoadHistory());
        }
        if (a instanceof Action.HistoryLoaded h) {
            State next = s.withLibrary(
                    lib.withHistory(h.history().records(), h.history().notes()));
            return Next.of(
                    h.history().notes().isEmpty()
                            ? next
                            : next.withStatus(Status.warning(h.history().notes().get(0))));
        }
        if (a instanceof Action.LaunchRecorded r) {
            if (r.problem().isPresent()) {
                return Next.of(s.withStatus(Status.warning(
                        "the launch history was not written: " + r.problem().get())));
            }
            return new Next(s, lib.historyLoaded() ? List.of(new Effect.LoadHistory()) : List.of());
        }
        return null;
    }

    private static Next loaded(State s, Action.PresetLoaded p) {
        LibraryState lib = s.library();
        if (!(p.outcome() instanceof Outcome.Ok<Preset> ok)) {
            return Next.of(s.withLibrary(lib.withQuick(LibraryState.QuickStep.FAILED, 0))
                    .withStatus(Status.error(p.outcome().describe())));
        }
        Preset preset = ok.value();
        State withDraft = s.withEditor(s.editor().withDraft(preset.draft()))
                .withLaunch(LaunchState.initial())
                .withLibrary(lib.withActive(preset, s.offers().searchId()).withQuick(LibraryState.QuickStep.IDLE, 0));
        if (!p.launch()) {
            return Next.of(withDraft
                    .withScreen(Screen.REVIEW)
                    .withStatus(Status.info("Preset " + preset.name() + " loaded into the draft: change it, then"
                            + " preset save " + preset.name() + " (or launch)")));
        }
        // Offers are priced for the preset's disk (the search's storage and the disk are one value; the disk wins).
        OfferQuery q = preset.query();
        OfferQuery priced = new OfferQuery(
                q.filters(), q.order(), q.type(), q.limit(), preset.draft().effectiveDiskGb());
        Next searched = Update.apply(withDraft.withScreen(Screen.OFFERS), new Action.RunQuery(priced));
        State next = searched.state();
        return new Next(
                next.withLibrary(next.library()
                                .withActive(preset, next.offers().searchId())
                                .withQuick(
                                        LibraryState.QuickStep.SEARCHING,
                                        next.offers().searchId()))
                        .withStatus(Status.info("Preset " + preset.name() + ": searching for the best match…")),
                searched.effects());
    }

    /**
     * Follows up on a transition: a quick launch picks its offer once its search answered, and a create that answered
     * is written to the history.
     */
    static Next follow(State before, Next next) {
        Next out = pick(next);
        Optional<LaunchRecord> attempt = Recipes.attempt(before, out.state());
        if (attempt.isEmpty()) {
            return out;
        }
        List<Effect> effects = new ArrayList<>(out.effects());
        effects.add(new Effect.RecordLaunch(attempt.get()));
        State after = out.state();
        if (attempt.get().instanceId() != null) {
            LaunchDraft d = before.editor().draft();
            after = after.withTemplates(after.templates().launched(d.templateHash(), d.image()));
        }
        return new Next(after, effects);
    }

    private static Next pick(Next next) {
        State s = next.state();
        LibraryState lib = s.library();
        OffersState o = s.offers();
        if (lib.quick() != LibraryState.QuickStep.SEARCHING || o.searchId() != lib.quickSearch() || o.loading()) {
            return next;
        }
        String name = lib.active() == null ? "" : lib.active().name();
        if (s.status().level() == Status.Level.ERROR) {
            return new Next(
                    s.withLibrary(lib.withQuick(LibraryState.QuickStep.FAILED, 0))
                            .withStatus(Status.error(
                                    "preset " + name + ": " + s.status().message())),
                    next.effects());
        }
        if (o.loaded().isEmpty()) {
            return new Next(
                    s.withLibrary(lib.withQuick(LibraryState.QuickStep.FAILED, 0))
                            .withStatus(Status.error("preset " + name + ": no offer matches its search now")),
                    next.effects());
        }
        // The server answered in the preset's order: the first offer is its best match.
        Offer best = o.loaded().get(0);
        State idle = s.withLibrary(lib.withQuick(LibraryState.QuickStep.IDLE, 0));
        Next selected = Update.apply(idle, new Action.SelectOffer(best.id()));
        Next asked = Update.apply(selected.state(), new Action.RequestLaunch());
        List<Effect> effects = new ArrayList<>(next.effects());
        effects.addAll(selected.effects());
        effects.addAll(asked.effects());
        return new Next(asked.state(), effects);
    }
}
