package dev.vastlaunch.app;

import dev.vastlaunch.launch.LaunchRequest;
import dev.vastlaunch.launch.LaunchResult;
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

    /** Search offers; the answer comes back as {@link Action.OffersLoaded} with the same id. */
    record SearchOffers(long searchId, OfferQuery query) implements Effect {
        @Override
        public Action run(Ports ports) {
            return new Action.OffersLoaded(searchId, ports.offers().search(query));
        }

        @Override
        public Action failed(String message) {
            return new Action.OffersLoaded(searchId, new Outcome.Failed<>(message));
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
}
