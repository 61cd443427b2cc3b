package dev.vastlaunch.app;

import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.LaunchDraft;
import dev.vastlaunch.launch.LaunchRequest;
import dev.vastlaunch.launch.LaunchResult;
import dev.vastlaunch.launch.OfferFacts;
import dev.vastlaunch.launch.Problem;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferType;
import dev.vastlaunch.offers.Outcome;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Handles the launch: check and confirm, submit once, poll to running, and recover from a taken offer. */
final class LaunchUpdate {
    /** Explains a create whose answer was lost and whose instance was found in the list. */
    static final String RECOVERED = " (its answer was lost; it is the one instance with this image that is new since"
            + " just before the create)";

    /** The delay between polls of a new instance, in milliseconds. */
    static final long POLL_MILLIS = 1000;
    /** The number of polls before giving up (about ten minutes). */
    static final int MAX_POLLS = 600;
    /** The number of polls during which a new instance may still be missing from the API. */
    static final int GRACE_POLLS = 10;

    private LaunchUpdate() {}

    static @Nullable Next apply(State s, Action a) {
        LaunchState l = s.launch();
        if (a instanceof Action.RequestLaunch) {
            return request(s);
        }
        if (a instanceof Action.CancelLaunch) {
            if (l.phase() != LaunchPhase.CONFIRMING) {
                return Next.of(s);
            }
            return Next.of(s.withLaunch(l.to(LaunchPhase.EDITING, "")).withStatus(Status.info("Launch cancelled")));
        }
        if (a instanceof Action.ConfirmLaunch) {
            if (l.phase() != LaunchPhase.CONFIRMING) {
                return Next.of(s.withStatus(Status.error("nothing to confirm: review the launch first")));
            }
            LaunchRequest request = l.request();
            if (request == null) {
                return Next.of(s.withStatus(Status.error("nothing to confirm: review the launch first")));
            }
            LaunchState next = new LaunchState(LaunchPhase.SUBMITTING, request, null, null, "Submitting…", false, 0);
            return Next.of(
                    s.withLaunch(next).withScreen(Screen.LAUNCH).withStatus(Status.info("Launching…")),
                    new Effect.SubmitLaunch(request));
        }
        if (a instanceof Action.LaunchFinished f) {
            return finished(s, f.result());
        }
        if (a instanceof Action.InstancePolled p) {
            return polled(s, p);
        }
        if (a instanceof Action.OfferFetched f) {
            return fetched(s, f);
        }
        if (a instanceof Action.WatchInstance w) {
            if (l.inFlight()) {
                return Next.of(s.withStatus(Status.error("a launch is in progress; watch it instead")));
            }
            String msg = "Instance " + w.instanceId() + ": waiting for it to run…";
            LaunchState next = new LaunchState(LaunchPhase.WAITING, null, w.instanceId(), null, msg, false, 0);
            return Next.of(s.withLaunch(next).withStatus(Status.info(msg)), new Effect.PollInstance(w.instanceId(), 0));
        }
        if (a instanceof Action.UseNextOffer) {
            return nextOffer(s);
        }
        return null;
    }

    private static Next request(State s) {
        LaunchState l = s.launch();
        if (l.inFlight()) {
            return Next.of(s.withStatus(Status.error("a launch is already in progress")));
        }
        if (l.phase() == LaunchPhase.UNKNOWN) {
            return Next.of(
                    s.withLaunch(l.to(LaunchPhase.EDITING, ""))
                            .withInstances(s.instances().loadingNow())
                            .withStatus(Status.warning("The previous launch may have created an instance: check the"
                                    + " list (show instances) before launching again; press l again to go on.")),
                    new Effect.ListInstances());
        }
        if (!s.editor().envProblems().isEmpty()) {
            return Next.of(s.withScreen(Screen.ENV)
                    .withStatus(Status.error("fix the env & ports text first: "
                            + s.editor().envProblems().get(0).describe())));
        }
        LaunchDraft d = s.editor().draft();
        Long offerId = d.offerId();
        OfferFacts facts = d.offer();
        boolean bidOnOnDemandFacts = facts != null && d.price() != null && !facts.interruptible();
        if (offerId != null && (facts == null || facts.offerId() != offerId || bidOnOnDemandFacts)) {
            // Price, minimum bid and disk checks need the offer's facts for the way it is rented (a bid needs the
            // minimum bid): every entry point looks them up first.
            OfferType type = d.price() != null ? OfferType.INTERRUPTIBLE : OfferType.ON_DEMAND;
            String msg = "Looking up offer " + offerId + " (price, minimum bid, disk)…";
            return Next.of(
                    s.withLaunch(l.to(LaunchPhase.CHECKING, msg)).withStatus(Status.info(msg)),
                    new Effect.FetchOffer(offerId, type, d.effectiveDiskGb()));
        }
        List<Problem> blocking = d.validate().stream().filter(Problem::blocking).toList();
        if (!blocking.isEmpty()) {
            return Next.of(s.withScreen(Screen.REVIEW)
                    .withStatus(Status.error(blocking.get(0).describe()
                            + (blocking.size() > 1 ? " (+" + (blocking.size() - 1) + " more)" : ""))));
        }
        LaunchRequest request = d.toRequest();
        String question = LaunchWords.confirm(d, request, s.hours());
        LaunchState next = new LaunchState(LaunchPhase.CONFIRMING, request, null, null, question, false, 0);
        return Next.of(s.withLaunch(next).withScreen(Screen.REVIEW).withStatus(Status.warning(question)));
    }

    private static Next fetched(State s, Action.OfferFetched f) {
        LaunchState l = s.launch();
        LaunchDraft d = s.editor().draft();
        if (l.phase() != LaunchPhase.CHECKING || d.offerId() == null || d.offerId() != f.offerId()) {
            return Next.of(s);
        }
        if (f.outcome() instanceof Outcome.Ok<Optional<Offer>> ok) {
            if (ok.value().isEmpty()) {
                String msg = "Offer " + f.offerId() + " is not offered (it was rented, or the id is wrong); nothing"
                        + " was sent. Search again.";
                return Next.of(s.withLaunch(l.to(LaunchPhase.FAILED, msg)).withStatus(Status.error(msg)));
            }
            LaunchDraft known = d.withOffer(Pricing.facts(ok.value().get(), f.type()));
            return request(s.withEditor(s.editor().withDraft(known)).withLaunch(l.to(LaunchPhase.EDITING, "")));
        }
        String msg =
                "Could not look up offer " + f.offerId() + " (" + f.outcome().describe() + "); nothing was sent.";
        return Next.of(s.withLaunch(l.to(LaunchPhase.FAILED, msg)).withStatus(Status.error(msg)));
    }

    private static Next finished(State s, LaunchResult r) {
        LaunchState l = s.launch();
        if (r instanceof LaunchResult.Created c) {
            LaunchState next = new LaunchState(
                    LaunchPhase.WAITING,
                    l.request(),
                    c.instanceId(),
                    null,
                    LaunchWords.created(c.instanceId(), c.recovered()) + LaunchWords.WAITING,
                    false,
                    0);
            return Next.of(
                    s.withLaunch(next)
                            .withInstances(s.instances().launched(c.instanceId()))
                            .withOffers(
                                    l.request() == null
                                            ? s.offers()
                                            : s.offers().without(l.request().offerId()))
                            .withStatus(Status.info(next.message())),
                    new Effect.PollInstance(c.instanceId(), 0));
        }
        if (r instanceof LaunchResult.Rejected rej) {
            String msg =
                    "The server refused: " + rej.message() + (rej.status() > 0 ? " (HTTP " + rej.status() + ")" : "");
            if (rej.offerGone()) {
                String which = l.request() == null ? "" : " " + l.request().offerId();
                msg = "Offer" + which + " is no longer offered (rented meanwhile, or the id is" + " wrong): "
                        + clause(rej.message()) + ". Nothing was created. Next best offer: n (next in the shell).";
            }
            LaunchState next = new LaunchState(LaunchPhase.REJECTED, l.request(), null, null, msg, rej.offerGone(), 0);
            return Next.of(s.withLaunch(next).withStatus(Status.error(msg)));
        }
        if (r instanceof LaunchResult.NotSent ns) {
            String msg = "Not sent: " + clause(ns.message()) + ". Nothing was created; you can launch again.";
            return Next.of(s.withLaunch(l.to(LaunchPhase.FAILED, msg)).withStatus(Status.error(msg)));
        }
        String msg = ((LaunchResult.Unknown) r).message();
        return Next.of(s.withLaunch(l.to(LaunchPhase.UNKNOWN, msg)).withStatus(Status.error(msg)));
    }

    private static Next polled(State s, Action.InstancePolled p) {
        LaunchState l = s.launch();
        State base = s;
        if (l.instanceId() == null || l.instanceId() != p.instanceId() || l.phase() != LaunchPhase.WAITING) {
            return Next.of(base);
        }
        int polls = l.polls() + 1;
        Instance inst = l.instance();
        String message = l.message();
        if (p.outcome() instanceof Outcome.Ok<Optional<Instance>> ok) {
            if (ok.value().isEmpty() && polls < GRACE_POLLS) {
                // A brand-new instance can take a moment to appear; keep polling.
                LaunchState next = new LaunchState(
                        LaunchPhase.WAITING,
                        l.request(),
                        l.instanceId(),
                        inst,
                        "Instance " + p.instanceId() + ": not listed yet…",
                        false,
                        polls);
                return Next.of(base.withLaunch(next), new Effect.PollInstance(p.instanceId(), POLL_MILLIS));
            }
            if (ok.value().isEmpty()) {
                String msg = "Instance " + p.instanceId() + " is not listed any more (it may have been destroyed);"
                        + " check show instances.";
                return Next.of(base.withLaunch(l.to(LaunchPhase.FAILED, msg)).withStatus(Status.error(msg)));
            }
            inst = ok.value().get();
            if (inst.isRunning()) {
                String ssh = inst.sshTarget().map(t -> t.command()).orElse("(no ssh port reported yet)");
                LaunchState done = new LaunchState(
                        LaunchPhase.RUNNING, l.request(), l.instanceId(), inst, "Running. " + ssh, false, polls);
                return Next.of(base.withLaunch(done).withStatus(Status.info("Instance " + inst.id() + " is running")));
            }
            if (inst.hasFailed()) {
                String msg = "Instance " + inst.id() + " is " + inst.actualStatus()
                        + (inst.statusMessage() == null ? "" : ": " + inst.statusMessage());
                return Next.of(base.withLaunch(new LaunchState(
                                LaunchPhase.FAILED, l.request(), l.instanceId(), inst, msg, false, polls))
                        .withStatus(Status.error(msg)));
            }
            message = "Instance " + inst.id() + ": "
                    + (inst.actualStatus() == null ? "provisioning" : inst.actualStatus()) + "…";
        } else {
            message = "Polling failed (" + p.outcome().describe() + "); retrying…";
        }
        if (polls >= MAX_POLLS) {
            String msg =
                    "Instance " + p.instanceId() + " is not running after " + polls + " checks; see show instances";
            return Next.of(base.withLaunch(l.to(LaunchPhase.FAILED, msg)).withStatus(Status.error(msg)));
        }
        LaunchState next =
                new LaunchState(LaunchPhase.WAITING, l.request(), l.instanceId(), inst, message, false, polls);
        return Next.of(
                base.withLaunch(next).withStatus(Status.info(message)),
                new Effect.PollInstance(p.instanceId(), POLL_MILLIS));
    }

    private static Next nextOffer(State s) {
        LaunchState l = s.launch();
        LaunchDraft d = s.editor().draft();
        if (!l.offerGone() || d.offerId() == null) {
            return Next.of(s.withStatus(Status.error("no taken offer to replace")));
        }
        long gone = d.offerId();
        OffersState o = s.offers();
        List<Offer> remaining = o.loaded().stream().filter(x -> x.id() != gone).toList();
        String gpu = d.offer() == null ? "" : d.offer().gpuName();
        int n = d.offer() == null ? 0 : d.offer().numGpus();
        // A preset's search answered in the preset's order: its next offer is the next best match.
        Optional<Offer> best = s.library().active() != null
                ? remaining.stream().findFirst()
                : remaining.stream()
                        .filter(x -> x.gpuName().equals(gpu) && x.numGpus() == n)
                        .min(Comparator.comparingDouble(Offer::listedDph));
        if (best.isEmpty()) {
            best = o.view().stream().filter(x -> x.id() != gone).findFirst();
        }
        State pruned = s.withOffers(o.withLoaded(remaining));
        if (best.isEmpty()) {
            return Next.of(pruned.withScreen(Screen.OFFERS)
                    .withLaunch(LaunchState.initial())
                    .withStatus(Status.error("no other offer loaded; search again")));
        }
        Offer offer = best.get();
        boolean bid = o.type() == OfferType.INTERRUPTIBLE;
        LaunchDraft next = d.withOffer(Pricing.facts(offer, o.type()));
        if (bid && offer.minBid() != null && (next.price() == null || next.price() < offer.minBid())) {
            next = next.withPrice(offer.minBid());
        }
        State edited = pruned.withEditor(pruned.editor().withDraft(next)).withLaunch(LaunchState.initial());
        Next asked = request(edited);
        return Next.of(asked.state()
                .withStatus(Status.warning("Offer " + gone + " was taken. Next best: "
                        + offer.id() + " · " + offer.numGpus() + "x " + offer.gpuName() + " · "
                        + LaunchWords.price(next, s.hours()) + ". Confirm to launch it.")));
    }

    /** Returns a server's message without its closing full stops, so a sentence built around it ends once. */
    static String clause(String message) {
        String m = message.strip();
        while (m.endsWith(".")) {
            m = m.substring(0, m.length() - 1);
        }
        return m;
    }
}
