package dev.vastlaunch.testing;

import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.State;
import dev.vastlaunch.app.Update;
import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.Template;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferType;
import dev.vastlaunch.offers.Outcome;
import java.util.List;
import java.util.Map;

/** Builds offers, templates, instances and states for the shell's tests. */
public final class Fixtures {
    public static final String PYTORCH_HASH = "0123456789abcdef0123456789abcdef";

    private Fixtures() {}

    public static Offer offer(long id, String gpu, int n, double dph, double reliability) {
        return new Offer(
                id,
                gpu,
                n,
                24_564,
                dph,
                // dph_total prices 10 GB of storage (the draft's default disk) at $0.1/GB/month, as the API does.
                dph - 10 * 0.1 / 720,
                0.1,
                80,
                80 / dph,
                reliability,
                12.4,
                "550.54.14",
                900,
                500,
                20,
                "US",
                30 * 86_400.0,
                200,
                64_000,
                16,
                "verified",
                7,
                9,
                0.1,
                100,
                null,
                80.0,
                2000.0,
                OfferType.ON_DEMAND);
    }

    public static List<Offer> offers() {
        return List.of(
                offer(1001, "RTX 4090", 1, 0.35, 0.995),
                offer(1002, "RTX 4090", 2, 0.70, 0.98),
                offer(2001, "A100 SXM4", 1, 1.10, 0.999));
    }

    public static Template template(String hash, String name, String image) {
        return new Template(
                1,
                hash,
                name,
                image,
                "latest",
                "-e JUPYTER_DIR=/ -p 8888:8888",
                "",
                "jupyter",
                "",
                false,
                false,
                true,
                null,
                false,
                32,
                true,
                Map.of(),
                "");
    }

    public static Instance instance(long id, String status) {
        return new Instance(
                id,
                status,
                "running",
                null,
                "job",
                "pytorch/pytorch:latest",
                "ssh_proxy",
                "ssh4.vast.ai",
                10600,
                null,
                Map.of(),
                "RTX 4090",
                1,
                0.35,
                40,
                0,
                "US",
                null,
                null,
                0.0);
    }

    /** Returns a state with offers, templates, instances and GPU names loaded, and a draft with env and a port. */
    public static State loaded() {
        State s = State.initial(true);
        s = apply(s, new Action.OffersLoaded(0, new Outcome.Ok<>(offers())));
        s = apply(
                s,
                new Action.TemplatesLoaded(new Outcome.Ok<>(List.of(
                        template(PYTORCH_HASH, "PyTorch (Vast)", "vastai/pytorch"),
                        template("fedcba9876543210fedcba9876543210", "vLLM", "vllm/vllm-openai")))));
        s = apply(s, new Action.InstancesLoaded(new Outcome.Ok<>(List.of(instance(4242, "running")))));
        s = apply(s, new Action.GpuNamesLoaded(new Outcome.Ok<>(List.of("RTX 4090", "H100 SXM"))));
        s = apply(s, new Action.PutEnv("HF_TOKEN", "hf_secret"));
        s = apply(s, new Action.PutEnv("HF_HOME", "/workspace"));
        s = apply(s, new Action.AddPort("8888"));
        return s;
    }

    public static State apply(State s, Action a) {
        return Update.apply(s, a).state();
    }
}
