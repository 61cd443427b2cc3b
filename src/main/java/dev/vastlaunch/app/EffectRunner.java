package dev.vastlaunch.app;

import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferQuery;
import dev.vastlaunch.offers.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Runs one effect against the ports (on a worker thread) and returns the action that reports its result. */
final class EffectRunner {
    private static final int MAX_EXPLAINED = 8;

    private final Ports ports;

    EffectRunner(Ports ports) {
        this.ports = ports;
    }

    Action run(Effect effect) {
        if (effect instanceof Effect.SearchOffers s) {
            return new Action.OffersLoaded(s.searchId(), ports.offers().search(s.query()));
        }
        if (effect instanceof Effect.ExplainEmpty e) {
            return new Action.ExplainLoaded(e.searchId(), explain(e.query()));
        }
        if (effect instanceof Effect.LoadTemplates) {
            return new Action.TemplatesLoaded(ports.instances().searchTemplates(Map.of()));
        }
        if (effect instanceof Effect.FetchOffer f) {
            return new Action.OfferFetched(f.offerId(), f.type(), fetch(f));
        }
        if (effect instanceof Effect.SubmitLaunch s) {
            return new Action.LaunchFinished(ports.submitter().submit(s.request()));
        }
        if (effect instanceof Effect.PollInstance p) {
            return new Action.InstancePolled(p.instanceId(), ports.instances().showInstance(p.instanceId()));
        }
        if (effect instanceof Effect.DestroyInstance d) {
            return new Action.InstanceDestroyed(
                    d.instanceId(), ports.instances().destroy(d.instanceId()));
        }
        if (effect instanceof Effect.LoadGpuNames) {
            return new Action.GpuNamesLoaded(ports.offers().gpuNames());
        }
        return new Action.InstancesLoaded(ports.instances().listInstances());
    }

    private Outcome<Optional<Offer>> fetch(Effect.FetchOffer f) {
        Map<String, Map<String, @Nullable Object>> filters = new LinkedHashMap<>();
        filters.put("id", Map.of("eq", f.offerId()));
        filters.put("rentable", Map.of("eq", true));
        Outcome<List<Offer>> r = ports.offers().search(new OfferQuery(filters, List.of(), f.type(), 1, f.diskGb()));
        if (r instanceof Outcome.Ok<List<Offer>> ok) {
            return new Outcome.Ok<>(
                    ok.value().stream().filter(o -> o.id() == f.offerId()).findFirst());
        }
        return r instanceof Outcome.Rejected<List<Offer>> rej
                ? new Outcome.Rejected<>(rej.status(), rej.error(), rej.message())
                : new Outcome.Failed<>(r.describe());
    }

    /** Returns one line per filter: how many offers the search finds without it. */
    private List<String> explain(OfferQuery query) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Map<String, @Nullable Object>> f :
                query.filters().entrySet()) {
            if (lines.size() >= MAX_EXPLAINED) {
                break;
            }
            Map<String, Map<String, @Nullable Object>> without = new LinkedHashMap<>(query.filters());
            without.remove(f.getKey());
            Outcome<List<Offer>> r = ports.offers().search(query.withFilters(without));
            String count = r instanceof Outcome.Ok<List<Offer>> ok
                    ? (ok.value().size() >= OfferUpdate.PAGE
                            ? OfferUpdate.PAGE + "+"
                            : String.valueOf(ok.value().size()))
                    : "?";
            lines.add("without " + f.getKey() + " " + describe(f.getValue()) + ": " + count + " offers");
        }
        return lines;
    }

    private static String describe(Map<String, @Nullable Object> ops) {
        List<String> parts = new ArrayList<>();
        ops.forEach((op, v) -> parts.add(op + " " + v));
        return String.join(", ", parts);
    }
}
