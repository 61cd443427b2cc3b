package dev.vastlaunch;

import dev.vastlaunch.api.WireJson;
import dev.vastlaunch.app.Library;
import dev.vastlaunch.app.Ports;
import dev.vastlaunch.launch.Account;
import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.InstanceService;
import dev.vastlaunch.launch.LaunchRequest;
import dev.vastlaunch.launch.LaunchResult;
import dev.vastlaunch.launch.Submitter;
import dev.vastlaunch.launch.Template;
import dev.vastlaunch.offers.OfferQuery;
import dev.vastlaunch.offers.OfferSource;
import dev.vastlaunch.offers.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Starts a backend on its own thread and serves its ports at once: each call waits until the backend is up, so the
 * screens draw and take keys while the simulator or the HTTP client starts; a backend that failed to start answers
 * every call with its reason (a create is then not sent). {@link #close()} stops the backend, now or when it is up.
 */
final class StartingBackend implements OfferSource, Submitter, InstanceService, AutoCloseable {
    /** The longest the backend waits for {@link #release()} before it starts anyway. */
    static final long HOLD_MAX_MILLIS = 1000;

    private final CompletableFuture<Backend> pending;
    private final Library library;
    private final CountDownLatch released;

    private StartingBackend(CompletableFuture<Backend> pending, Library library, CountDownLatch released) {
        this.library = library;
        this.pending = pending;
        this.released = released;
    }

    /**
     * Starts {@code plan} on a daemon thread and returns at once; the thread first waits for {@link #release()} (at
     * most {@link #HOLD_MAX_MILLIS}), so the screens' first frame does not share the two cores with the simulator's
     * and the HTTP client's start (first frame 975 -> 555 ms median, offer rows unchanged).
     */
    static StartingBackend start(Backend.Plan plan) {
        return start(plan, HOLD_MAX_MILLIS);
    }

    /** Starts {@code plan} as {@link #start(Backend.Plan)} does, holding it at most {@code holdMillis}. */
    static StartingBackend start(Backend.Plan plan, long holdMillis) {
        CompletableFuture<Backend> pending = new CompletableFuture<>();
        CountDownLatch released = new CountDownLatch(1);
        Thread t = new Thread(
                () -> {
                    try {
                        var unused = released.await(holdMillis, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    try {
                        Backend b = plan.start();
                        pending.complete(b);
                    } catch (Backend.UsageException | java.io.IOException | RuntimeException e) {
                        pending.completeExceptionally(e);
                    }
                },
                "vastlaunch-backend-start");
        t.setDaemon(true);
        t.start();
        return new StartingBackend(pending, plan.library(), released);
    }

    /** Lets the backend start now (the screens have drawn their first frame, or the shell needs it). */
    void release() {
        released.countDown();
    }

    /** Returns ports that wait for the backend; the JSON writer and the presets and history need none. */
    Ports ports() {
        return new Ports(this, this, this, new WireJson(), library);
    }

    /** Returns why the backend could not start (waiting for it to finish starting), or null when it is up. */
    @Nullable
    Throwable failure() {
        try {
            pending.join();
            return null;
        } catch (CompletionException e) {
            return e.getCause() == null ? e : e.getCause();
        } catch (CancellationException e) {
            return e;
        }
    }

    /** Returns why the backend could not start when it has already failed, else null (without waiting). */
    @Nullable
    Throwable failedSoFar() {
        return pending.isCompletedExceptionally() ? failure() : null;
    }

    private <T> T call(Function<Backend, T> use, Function<String, T> failed) {
        Throwable problem = failure();
        if (problem != null) {
            String why = problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
            return failed.apply(problem instanceof Backend.UsageException ? why : "cannot start: " + why);
        }
        return use.apply(pending.join());
    }

    @Override
    public Outcome<List<dev.vastlaunch.offers.Offer>> search(OfferQuery query) {
        return call(b -> b.ports().offers().search(query), Outcome.Failed::new);
    }

    @Override
    public Outcome<String> searchRaw(OfferQuery query) {
        return call(b -> b.ports().offers().searchRaw(query), Outcome.Failed::new);
    }

    @Override
    public Outcome<List<String>> gpuNames() {
        return call(b -> b.ports().offers().gpuNames(), Outcome.Failed::new);
    }

    @Override
    public LaunchResult submit(LaunchRequest request) {
        return call(b -> b.ports().submitter().submit(request), LaunchResult.NotSent::new);
    }

    @Override
    public Outcome<List<Instance>> listInstances() {
        return call(b -> b.ports().instances().listInstances(), Outcome.Failed::new);
    }

    @Override
    public Outcome<String> listRaw() {
        return call(b -> b.ports().instances().listRaw(), Outcome.Failed::new);
    }

    @Override
    public Outcome<String> showRaw(long id) {
        return call(b -> b.ports().instances().showRaw(id), Outcome.Failed::new);
    }

    @Override
    public Outcome<Optional<Instance>> showInstance(long id) {
        return call(b -> b.ports().instances().showInstance(id), Outcome.Failed::new);
    }

    @Override
    public Outcome<Boolean> setRunning(long id, boolean running) {
        return call(b -> b.ports().instances().setRunning(id, running), Outcome.Failed::new);
    }

    @Override
    public Outcome<Boolean> setLabel(long id, String label) {
        return call(b -> b.ports().instances().setLabel(id, label), Outcome.Failed::new);
    }

    @Override
    public Outcome<Boolean> destroy(long id) {
        return call(b -> b.ports().instances().destroy(id), Outcome.Failed::new);
    }

    @Override
    public Outcome<Boolean> reboot(long id) {
        return call(b -> b.ports().instances().reboot(id), Outcome.Failed::new);
    }

    @Override
    public Outcome<String> logs(long id, int tail) {
        return call(b -> b.ports().instances().logs(id, tail), Outcome.Failed::new);
    }

    @Override
    public Outcome<Account> account() {
        return call(b -> b.ports().instances().account(), Outcome.Failed::new);
    }

    @Override
    public Outcome<List<Template>> searchTemplates(Map<String, Map<String, @Nullable Object>> filters) {
        return call(b -> b.ports().instances().searchTemplates(filters), Outcome.Failed::new);
    }

    @Override
    public void close() {
        var unused = pending.thenAccept(Backend::close);
    }
}
