package dev.vastlaunch.app;

import dev.vastlaunch.launch.LaunchDraft;
import dev.vastlaunch.launch.LaunchRequest;
import dev.vastlaunch.launch.Preset;
import dev.vastlaunch.launch.PresetRead;
import dev.vastlaunch.launch.PresetText;
import dev.vastlaunch.offers.Outcome;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Turns drafts into recipes and back: a preset's text, a history record, a past recipe as a preset. */
final class Recipes {
    private Recipes() {}

    /** Returns {@code p} with its {@code $NAME} env values taken from the library's environment, or why not. */
    static Outcome<Preset> resolve(Preset p, Ports ports) {
        Outcome<LaunchDraft> d = p.resolve(ports.library()::variable);
        if (d instanceof Outcome.Ok<LaunchDraft> ok) {
            return new Outcome.Ok<>(p.withDraft(ok.value()));
        }
        return new Outcome.Failed<>(d.describe());
    }

    /** Returns the recipe of history record {@code r} as a preset named {@code name}, or why it cannot be read. */
    static Outcome<Preset> fromHistory(LaunchRecord r, String name) {
        PresetRead read = PresetText.parse(name, r.searchLine() + "\n" + r.createLine() + "\n", false);
        if (read instanceof PresetRead.Good good) {
            return new Outcome.Ok<>(good.preset());
        }
        return new Outcome.Failed<>("the recipe of that launch cannot be read: " + ((PresetRead.Bad) read).reason());
    }

    /**
     * Returns the search line of the recipe the draft comes from while its search is the one in force, else of the
     * offers screen's search (the user searched again after loading the preset).
     */
    static String searchLine(State s) {
        Preset active = s.library().active();
        if (active != null && s.offers().searchId() == s.library().activeSearch()) {
            return active.searchLine();
        }
        OffersState o = s.offers();
        return PresetText.searchLine(o.queryText(), o.type(), s.editor().draft().effectiveDiskGb(), o.searchedOrder());
    }

    /** Returns {@code d} as a recipe: the env values a preset took from variables are written as those variables. */
    private static LaunchDraft recipe(LaunchDraft d, @Nullable Preset active) {
        return active == null ? d : active.recipeOf(d);
    }

    /** Returns the text of a preset file for the current draft and search. */
    static String presetText(State s, String name, boolean secrets) {
        Preset active = s.library().active();
        String description = active != null && active.name().equals(name)
                ? active.description()
                : "saved " + Instant.now().toString().substring(0, 10);
        return "# " + description + "\n" + searchLine(s) + "\n"
                + PresetText.createLine(recipe(s.editor().draft(), active), secrets) + "\n";
    }

    /**
     * Returns the history record of the launch attempt that {@code after} finished (a create answered), or empty when
     * {@code after} finished none.
     */
    static Optional<LaunchRecord> attempt(State before, State after) {
        if (before.launch().phase() != LaunchPhase.SUBMITTING || after.launch().phase() == LaunchPhase.SUBMITTING) {
            return Optional.empty();
        }
        LaunchRequest sent = before.launch().request();
        if (sent == null) {
            return Optional.empty();
        }
        LaunchDraft d = after.editor().draft();
        String outcome = switch (after.launch().phase()) {
            case WAITING, RUNNING -> "created";
            case REJECTED -> after.launch().offerGone() ? "taken" : "refused";
            case FAILED -> "not sent";
            default -> "unknown";
        };
        Preset active = after.library().active();
        String offer =
                d.offer() == null ? "" : d.offer().numGpus() + "x " + d.offer().gpuName();
        @Nullable Long instance = after.launch().instanceId();
        return Optional.of(new LaunchRecord(
                Instant.EPOCH,
                active == null ? LaunchRecord.AD_HOC : active.name(),
                searchLine(after),
                PresetText.createLine(recipe(d, active), false),
                sent.offerId(),
                offer,
                Pricing.of(d).map(Price::perHour).orElse(0.0),
                instance,
                outcome));
    }
}
