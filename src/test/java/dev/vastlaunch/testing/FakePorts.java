package dev.vastlaunch.testing;

import dev.vastlaunch.app.Ports;
import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.InstanceService;
import dev.vastlaunch.launch.LaunchRequest;
import dev.vastlaunch.launch.LaunchResult;
import dev.vastlaunch.launch.Submitter;
import dev.vastlaunch.launch.Template;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferQuery;
import dev.vastlaunch.offers.OfferSource;
import dev.vastlaunch.offers.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/** Hand-written fakes of the session's ports that record what they were asked. */
public final class FakePorts {
    public final CopyOnWriteArrayList<OfferQuery> searches = new CopyOnWriteArrayList<>();
    public final CopyOnWriteArrayList<LaunchRequest> submitted = new CopyOnWriteArrayList<>();

    public Ports ports() {
        return new Ports(new Offers(), new RecordingSubmitter(), new Instances(), new dev.vastlaunch.api.WireJson());
    }

    private final class Offers implements OfferSource {
        @Override
        public Outcome<List<Offer>> search(OfferQuery query) {
            searches.add(query);
            return new Outcome.Ok<>(Fixtures.offers());
        }

        @Override
        public Outcome<List<String>> gpuNames() {
            return new Outcome.Ok<>(List.of("RTX 4090", "A100 SXM4"));
        }
    }

    private final class RecordingSubmitter implements Submitter {
        @Override
        public LaunchResult submit(LaunchRequest request) {
            submitted.add(request);
            return new LaunchResult.Created(77, false);
        }
    }

    private static final class Instances implements InstanceService {
        private static Instance running() {
            return new Instance(
                    77,
                    "running",
                    "running",
                    null,
                    null,
                    "pytorch/pytorch:latest",
                    "ssh_proxy",
                    "ssh4.vast.ai",
                    10600,
                    null,
                    Map.of(),
                    "RTX 4090",
                    1,
                    0.35,
                    10,
                    0,
                    "US",
                    null,
                    null,
                    0.0);
        }

        @Override
        public Outcome<List<Instance>> listInstances() {
            return new Outcome.Ok<>(List.of(running()));
        }

        @Override
        public Outcome<Optional<Instance>> showInstance(long id) {
            return new Outcome.Ok<>(Optional.of(running()));
        }

        @Override
        public Outcome<Boolean> setRunning(long id, boolean running) {
            return new Outcome.Ok<>(true);
        }

        @Override
        public Outcome<Boolean> setLabel(long id, String label) {
            return new Outcome.Ok<>(true);
        }

        @Override
        public Outcome<Boolean> destroy(long id) {
            throw new AssertionError("the shell must not destroy anything");
        }

        @Override
        public Outcome<List<Template>> searchTemplates(Map<String, Map<String, @Nullable Object>> filters) {
            return new Outcome.Ok<>(
                    List.of(Fixtures.template(Fixtures.PYTORCH_HASH, "PyTorch (Vast)", "vastai/pytorch")));
        }
    }
}
