package dev.vastlaunch.app;

import dev.vastlaunch.launch.LaunchRequest;
import dev.vastlaunch.launch.LaunchResult;
import dev.vastlaunch.launch.Preset;
import dev.vastlaunch.launch.PresetRead;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferQuery;
import dev.vastlaunch.offers.OfferType;
import dev.vastlaunch.offers.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Lists the I/O the update function asks for; each effect runs itself against the ports (on a worker thread) and
 * knows the answer it gives when it crashed, so nothing waits for it forever.
 */
public sealed interface Effect {
    /** Runs this effect against {@code ports} and returns the action that reports its result. */
    Action run(Ports ports);

    /** Returns the answer this effect gives when running it threw, with {@code message} as the reason. */
    Action failed(String message);

    /** Returns how long to wait before running, in milliseconds. */
    default long delayMillis() {
        return 0;
    }

    /** Returns whether closing the session waits for this effect (a record that must not be lost), briefly. */
    default boolean lasting() {
        return false;
    }

    /**
     * Search offers; the answer comes back as {@link Action.OffersLoaded} with the same id, carrying {@code rest}: the
     * full search to run next when {@code query} was only its first page, else null.
     */
    record SearchOffers(
            long searchId, OfferQuery query, @Nullable OfferQuery rest) implements Effect {
        /** Searches {@code query} whole. */
        public SearchOffers(long searchId, OfferQuery query) {
            this(searchId, query, null);
        }

        @Override
        public Action run(Ports ports) {
            return new Action.OffersLoaded(searchId, ports.offers().search(query), rest);
        }

        @Override
        public Action failed(String message) {
            return new Action.OffersLoaded(searchId, new Outcome.Failed<>(message), rest);
        }
    }

    /** Count offers with each filter of {@code query} dropped, to explain an empty result. */
    record ExplainEmpty(long searchId, OfferQuery query) implements Effect {
        @Override
        public Action run(Ports ports) {
            return new Action.ExplainLoaded(searchId, EmptyExplainer.explain(ports.offers(), query));
        }

        @Override
        public Action failed(String message) {
            return new Action.ExplainLoaded(searchId, List.of(message));
        }
    }

    /** Load the templates (recommended and the user's own). */
    record LoadTemplates() implements Effect {
        @Override
        public Action run(Ports ports) {
            return new Action.TemplatesLoaded(ports.instances().searchTemplates(Map.of()));
        }

        @Override
        public Action failed(String message) {
            return new Action.TemplatesLoaded(new Outcome.Failed<>(message));
        }
    }

    /** Look up one offer (rentable, priced for {@code type} with {@code diskGb} of storage) for the launch checks. */
    record FetchOffer(long offerId, OfferType type, double diskGb) implements Effect {
        @Override
        public Action run(Ports ports) {
            Map<String, Map<String, @Nullable Object>> filters = new LinkedHashMap<>();
            filters.put("id", Map.of("eq", offerId));
            filters.put("rentable", Map.of("eq", true));
            Outcome<List<Offer>> r = ports.offers().search(new OfferQuery(filters, List.of(), type, 1, diskGb));
            if (r instanceof Outcome.Ok<List<Offer>> ok) {
                Optional<Offer> found =
                        ok.value().stream().filter(o -> o.id() == offerId).findFirst();
                return new Action.OfferFetched(offerId, type, new Outcome.Ok<>(found));
            }
            return failed(r.describe());
        }

        @Override
        public Action failed(String message) {
            return new Action.OfferFetched(offerId, type, new Outcome.Failed<>(message));
        }
    }

    /** Submit the create request exactly once. */
    record SubmitLaunch(LaunchRequest request) implements Effect {
        @Override
        public Action run(Ports ports) {
            return new Action.LaunchFinished(ports.submitter().submit(request));
        }

        @Override
        public Action failed(String message) {
            return new Action.LaunchFinished(new LaunchResult.Unknown(
                    message + "; the launch may or may not have been sent: check show instances"));
        }
    }

    /** Read instance {@code instanceId} after {@code delayMillis}. */
    record PollInstance(long instanceId, long delayMillis) implements Effect {
        @Override
        public Action run(Ports ports) {
            return new Action.InstancePolled(instanceId, ports.instances().showInstance(instanceId));
        }

        @Override
        public Action failed(String message) {
            return new Action.InstancePolled(instanceId, new Outcome.Failed<>(message));
        }
    }

    /** Load the GPU names for completion. */
    record LoadGpuNames() implements Effect {
        @Override
        public Action run(Ports ports) {
            return new Action.GpuNamesLoaded(ports.offers().gpuNames());
        }

        @Override
        public Action failed(String message) {
            return new Action.GpuNamesLoaded(new Outcome.Failed<>(message));
        }
    }

    /** Change instance {@code instanceId}: start, stop, label or destroy it. */
    record ChangeInstance(long instanceId, InstanceChange change) implements Effect {
        @Override
        public Action run(Ports ports) {
            return new Action.InstanceChanged(instanceId, change, change.apply(ports.instances(), instanceId));
        }

        @Override
        public Action failed(String message) {
            return new Action.InstanceChanged(instanceId, change, new Outcome.Failed<>(message));
        }
    }

    /** Load the user's instances. */
    record ListInstances() implements Effect {
        @Override
        public Action run(Ports ports) {
            return new Action.InstancesLoaded(ports.instances().listInstances());
        }

        @Override
        public Action failed(String message) {
            return new Action.InstancesLoaded(new Outcome.Failed<>(message));
        }
    }

    /** Load the account. */
    record LoadAccount() implements Effect {
        @Override
        public Action run(Ports ports) {
            return new Action.AccountLoaded(ports.instances().account());
        }

        @Override
        public Action failed(String message) {
            return new Action.AccountLoaded(new Outcome.Failed<>(message));
        }
    }

    /** Fetch an instance's log. */
    record LoadLogs(long instanceId, int tail) implements Effect {
        @Override
        public Action run(Ports ports) {
            return new Action.LogsLoaded(instanceId, ports.instances().logs(instanceId, tail));
        }

        @Override
        public Action failed(String message) {
            return new Action.LogsLoaded(instanceId, new Outcome.Failed<>(message));
        }
    }

    /** Read the presets. */
    record LoadPresets() implements Effect {
        @Override
        public Action run(Ports ports) {
            return new Action.PresetsLoaded(ports.library().presets());
        }

        @Override
        public Action failed(String message) {
            return new Action.PresetsLoaded(List.of(new PresetRead.Bad("presets", message)));
        }
    }

    /** Read preset {@code name} and take its {@code $NAME} env values from the environment. */
    record ReadPreset(String name, boolean launch) implements Effect {
        @Override
        public Action run(Ports ports) {
            for (PresetRead r : ports.library().presets()) {
                if (!r.name().equals(name)) {
                    continue;
                }
                if (r instanceof PresetRead.Bad bad) {
                    return failed("preset " + name + " cannot be used: " + bad.reason());
                }
                return new Action.PresetLoaded(name, launch, Recipes.resolve(((PresetRead.Good) r).preset(), ports));
            }
            return failed("no preset named '" + name + "' (presets lists them)");
        }

        @Override
        public Action failed(String message) {
            return new Action.PresetLoaded(name, launch, new Outcome.Failed<>(message));
        }
    }

    /** Read past launch {@code n} (1 = most recent) as a recipe and take its env values from the environment. */
    record ReadRelaunch(int n) implements Effect {
        @Override
        public Action run(Ports ports) {
            List<LaunchRecord> records = ports.library().history().records();
            int i = records.size() - n;
            if (n < 1 || i < 0) {
                return failed("no launch " + n + " in the history (it has " + records.size() + "; history lists them)");
            }
            LaunchRecord r = records.get(i);
            Outcome<Preset> recipe = Recipes.fromHistory(r, name());
            if (recipe instanceof Outcome.Ok<Preset> ok) {
                recipe = Recipes.resolve(ok.value(), ports);
            }
            return new Action.PresetLoaded(name(), true, recipe);
        }

        private String name() {
            return "history-" + n;
        }

        @Override
        public Action failed(String message) {
            return new Action.PresetLoaded(name(), true, new Outcome.Failed<>(message));
        }
    }

    /** Write preset {@code name}. */
    record SavePreset(String name, String text, boolean secret) implements Effect {
        @Override
        public Action run(Ports ports) {
            return new Action.PresetSaved(name, ports.library().savePreset(name, text, secret));
        }

        @Override
        public Action failed(String message) {
            return new Action.PresetSaved(name, new Outcome.Failed<>(message));
        }
    }

    /** Delete the user's preset {@code name}. */
    record DeletePreset(String name) implements Effect {
        @Override
        public Action run(Ports ports) {
            return new Action.PresetDeleted(name, ports.library().deletePreset(name));
        }

        @Override
        public Action failed(String message) {
            return new Action.PresetDeleted(name, new Outcome.Failed<>(message));
        }
    }

    /** Read the launch history. */
    record LoadHistory() implements Effect {
        @Override
        public Action run(Ports ports) {
            return new Action.HistoryLoaded(ports.library().history());
        }

        @Override
        public Action failed(String message) {
            return new Action.HistoryLoaded(new HistoryRead(List.of(), List.of(message)));
        }
    }

    /** Append a launch attempt to the history, stamped with the time it is written. */
    record RecordLaunch(LaunchRecord record) implements Effect {
        @Override
        public Action run(Ports ports) {
            return new Action.LaunchRecorded(ports.library().record(record.at(java.time.Instant.now())));
        }

        @Override
        public boolean lasting() {
            return true;
        }

        @Override
        public Action failed(String message) {
            return new Action.LaunchRecorded(Optional.of(message));
        }
    }
}
