package dev.vastlaunch.tui;

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
import dev.vastlaunch.offers.OfferType;
import dev.vastlaunch.offers.Outcome;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Hand-written fakes of the ports: canned offers, templates and instances, and a submitter that records calls. */
final class Fakes {
    private Fakes() {}

    static Offer offer(long id, String gpu, int n, double dph, String location) {
        return new Offer(
                id,
                gpu,
                n,
                24_000,
                dph,
                // dph_total prices 10 GB of storage (the draft's default disk) at $0.1/GB/month, as the API does.
                dph - 10 * 0.1 / 720,
                dph / 2,
                50,
                50 / dph,
                0.995,
                12.4,
                "550.54",
                800,
                400,
                10,
                location,
                86_400 * 30,
                200,
                64_000,
                16,
                "verified",
                id + 1000,
                7,
                0.1,
                100,
                null,
                80.0,
                2000.0,
                OfferType.ON_DEMAND);
    }

    static List<Offer> offers() {
        return List.of(
                offer(101, "RTX 4090", 1, 0.35, "Texas, US"),
                offer(102, "RTX 3090", 1, 0.20, "Quebec, CA"),
                offer(103, "A100 SXM4", 8, 9.60, "Oregon, US"),
                offer(104, "RTX 4090", 2, 0.71, "Bavaria, DE"),
                offer(105, "H100 SXM", 1, 2.40, "Utah, US"));
    }

    static Template template(String hash, String name, String image, String env, boolean recommended) {
        return new Template(
                1,
                hash,
                name,
                image,
                "latest",
                env,
                "echo hi",
                "ssh",
                "",
                true,
                false,
                true,
                null,
                false,
                32,
                recommended,
                Map.of(),
                "A template for tests");
    }

    static List<Template> templates() {
        return List.of(
                template("00000000000000000000000000000001", "Ubuntu base", "ubuntu", "", false),
                template(
                        "00000000000000000000000000000002",
                        "PyTorch",
                        "pytorch/pytorch",
                        "-e HF_TOKEN=hf_secret -p 8888:8888",
                        true));
    }

    static Instance running(long id) {
        return new Instance(
                id,
                "running",
                "running",
                null,
                null,
                "pytorch/pytorch:latest",
                "ssh_proxy",
                "ssh5.vast.ai",
                12345,
                "1.2.3.4",
                Map.of(),
                "RTX 3090",
                1,
                0.2,
                32,
                0,
                "Quebec, CA",
                null,
                null,
                0.0);
    }

    /** Answers searches with a function of the query; counts them. */
    static final class Offers implements OfferSource {
        volatile Function<OfferQuery, Outcome<List<Offer>>> answer = q -> new Outcome.Ok<>(offers());
        final List<OfferQuery> queries = new CopyOnWriteArrayList<>();

        @Override
        public Outcome<List<Offer>> search(OfferQuery query) {
            queries.add(query);
            return answer.apply(query);
        }

        @Override
        public Outcome<List<String>> gpuNames() {
            return new Outcome.Ok<>(List.of("RTX 4090", "RTX 3090"));
        }
    }

    /** Records every request and replays scripted results (Created 4242 when none is left). */
    static final class RecordingSubmitter implements Submitter {
        final List<LaunchRequest> requests = new CopyOnWriteArrayList<>();
        final Deque<LaunchResult> results = new ArrayDeque<>();

        @Override
        public synchronized LaunchResult submit(LaunchRequest request) {
            requests.add(request);
            LaunchResult next = results.poll();
            return next == null ? new LaunchResult.Created(4242, false) : next;
        }
    }

    /** Returns canned templates and a running instance; lists {@link #list} and records destroys and reboots. */
    static final class Instances implements InstanceService {
        volatile List<Template> templates = templates();
        volatile List<Instance> list = List.of();
        final List<Long> shown = Collections.synchronizedList(new ArrayList<>());
        final List<Long> destroyed = Collections.synchronizedList(new ArrayList<>());
        final List<Long> rebooted = Collections.synchronizedList(new ArrayList<>());

        @Override
        public Outcome<List<Instance>> listInstances() {
            return new Outcome.Ok<>(list);
        }

        @Override
        public Outcome<Boolean> reboot(long id) {
            rebooted.add(id);
            return new Outcome.Ok<>(true);
        }

        @Override
        public Outcome<String> logs(long id, int tail) {
            return new Outcome.Ok<>("line one of " + id + "\n\u001b[31mline two\n");
        }

        @Override
        public Outcome<dev.vastlaunch.launch.Account> account() {
            return new Outcome.Ok<>(new dev.vastlaunch.launch.Account(24.5, 0, "demo@example.com"));
        }

        @Override
        public Outcome<Optional<Instance>> showInstance(long id) {
            shown.add(id);
            return new Outcome.Ok<>(Optional.of(running(id)));
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
            destroyed.add(id);
            list = list.stream().filter(i -> i.id() != id).toList();
            return new Outcome.Ok<>(true);
        }

        @Override
        public Outcome<List<Template>> searchTemplates(Map<String, Map<String, @Nullable Object>> filters) {
            return new Outcome.Ok<>(templates);
        }
    }

    static Ports ports(Offers offers, RecordingSubmitter submitter, Instances instances) {
        return new Ports(offers, submitter, instances, new dev.vastlaunch.api.WireJson());
    }
}
