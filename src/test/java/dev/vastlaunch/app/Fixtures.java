package dev.vastlaunch.app;

import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.Template;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferType;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds offers, templates and instances for the app tests. */
final class Fixtures {
    private Fixtures() {}

    static Offer offer(long id, String gpu, int n, double dph) {
        return offer(id, gpu, n, dph, null);
    }

    /** Returns an offer whose reserved (prepaid) total is {@code discounted} $/hour, when not null. */
    static Offer offer(long id, String gpu, int n, double dph, @Nullable Double discounted) {
        return new Offer(
                id,
                gpu,
                n,
                24_564,
                dph,
                dph * 0.9,
                dph * 0.5,
                80,
                80 / dph,
                0.995,
                12.4,
                "550.54.15",
                900,
                400,
                20,
                "Texas, US",
                30 * 86_400.0,
                200,
                64_000,
                16,
                "verified",
                100 + id,
                200 + id,
                0.15,
                100,
                discounted,
                80.0,
                2000.0,
                OfferType.ON_DEMAND);
    }

    static Template template() {
        return new Template(
                7,
                "0123456789abcdef0123456789abcdef",
                "PyTorch",
                "pytorch/pytorch",
                "latest",
                "-e JUPYTER_DIR=/ -p 8080:8080",
                "echo hi",
                "jupyter",
                "",
                false,
                true,
                true,
                "/",
                false,
                32,
                true,
                Map.of(),
                "PyTorch with CUDA");
    }

    static Instance instance(long id, String status) {
        return new Instance(
                id,
                status,
                "running",
                null,
                null,
                "pytorch/pytorch:latest",
                "ssh_direc ssh_proxy",
                "ssh5.vast.ai",
                12000,
                "203.0.113.7",
                status.equals("running") ? Map.of("22/tcp", List.of("41022")) : Map.of(),
                "RTX 4090",
                1,
                0.4,
                32,
                1.7e9,
                "Texas, US",
                null,
                null,
                0.0);
    }
}
