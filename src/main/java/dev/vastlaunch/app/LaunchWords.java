package dev.vastlaunch.app;

import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.LaunchDraft;
import dev.vastlaunch.launch.LaunchRequest;
import dev.vastlaunch.launch.OfferFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Returns the words of a launch that every entry point shows: the confirm question and the price line. */
public final class LaunchWords {
    private LaunchWords() {}

    /**
     * Returns the question asked before a spend, e.g. {@code Launch offer 42 (1x RTX 4090) with image ubuntu:22.04,
     * 40 GB disk, at $0.4869/h (on-demand, incl. 40 GB storage) × 24 h = $11.69? This starts billing.}
     */
    public static String confirm(LaunchDraft draft, LaunchRequest request, int hours) {
        OfferFacts f = draft.offer();
        String gpu = f == null ? "" : " (" + f.numGpus() + "x " + f.gpuName() + ")";
        return "Launch offer " + request.offerId() + gpu + " with " + what(request) + ", " + Price.gb(request.diskGb())
                + " GB disk, at " + price(draft, hours) + "? This starts billing.";
    }

    /** The words after {@link #created} while the screens and the shell watch the new instance. */
    public static final String WAITING = "; waiting for it to run…";

    /** Returns the result words of a create, the same in every entry point. */
    public static String created(long instanceId, boolean recovered) {
        return "Instance " + instanceId + " created" + (recovered ? LaunchUpdate.RECOVERED : "");
    }

    /**
     * Returns the line said on quitting while instances this session created still run, e.g. {@code Still running
     * from this session: 42 ($0.4121/h). Destroy with: vastlaunch destroy instances 42}; empty when none does.
     */
    public static Optional<String> stillRunning(State state) {
        InstancesState all = state.instances();
        Instance polled = state.launch().instance();
        List<String> named = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (long id : all.launchedHere()) {
            Optional<Instance> known = all.find(id);
            if (known.isEmpty() && polled != null && polled.id() == id) {
                known = Optional.of(polled);
            }
            if (known.isPresent() && known.get().isStopped()) {
                continue;
            }
            ids.add(Long.toString(id));
            named.add(known.map(i -> id + " ($" + String.format(Locale.ROOT, "%.4f", Pricing.perHourNow(i)) + "/h)")
                    .orElse(Long.toString(id)));
        }
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Still running from this session: " + String.join(", ", named)
                + ". Destroy with: vastlaunch destroy instances " + String.join(" ", ids));
    }

    /** Returns the price line of a draft, or why it is unknown. */
    public static String price(LaunchDraft draft, int hours) {
        return Pricing.of(draft)
                .map(p -> p.describe(hours))
                .orElse("an unknown price (the offer's price is not known)");
    }

    /** Returns the image or template a request launches. */
    static String what(LaunchRequest r) {
        String image = r.image();
        String hash = r.templateHashId();
        if (image != null && hash != null) {
            return "image " + image + " over template " + hash;
        }
        return image != null
                ? "image " + image
                : "template " + Optional.ofNullable(hash).orElse("?");
    }
}
