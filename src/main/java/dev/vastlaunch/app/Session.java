package dev.vastlaunch.app;

import dev.vastlaunch.launch.LaunchResult;
import dev.vastlaunch.offers.Outcome;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Holds the current {@link State}, applies actions through {@link Update}, and runs effects on worker threads.
 *
 * <p>Thread confinement: {@link #dispatch} and {@link #state} belong to one owner thread (Lanterna's GUI thread or
 * the shell's loop); effect results come back through {@code owner}, which must run them on that thread.
 */
public final class Session implements AutoCloseable {
    private final EffectRunner runner;
    private final Executor owner;
    private final ScheduledExecutorService workers;
    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    private State state;

    /** Returns a session starting at {@code initial}; {@code owner} runs tasks on the owner thread. */
    public Session(State initial, Ports ports, Executor owner) {
        this.state = initial;
        this.runner = new EffectRunner(ports);
        this.owner = owner;
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(2, r -> {
            Thread t = new Thread(r, "vastlaunch-effects");
            t.setDaemon(true);
            return t;
        });
        pool.setRemoveOnCancelPolicy(true);
        this.workers = pool;
    }

    /** Returns the current state. */
    public State state() {
        return state;
    }

    /** Registers a listener called with every new state, on the owner thread. */
    public void addListener(Consumer<State> listener) {
        listeners.add(listener);
    }

    /** Applies {@code action} on the owner thread, notifies listeners, then starts the effects it asked for. */
    public void dispatch(Action action) {
        Next next = Update.apply(state, action);
        state = next.state();
        listeners.forEach(l -> l.accept(state));
        next.effects().forEach(this::start);
    }

    private void start(Effect effect) {
        long delay = effect instanceof Effect.PollInstance p ? p.delayMillis() : 0;
        var unused = workers.schedule(
                () -> {
                    Action result;
                    try {
                        result = runner.run(effect);
                    } catch (RuntimeException e) {
                        result = failure(effect, "internal error: " + e);
                    }
                    Action done = result;
                    owner.execute(() -> dispatch(done));
                },
                delay,
                TimeUnit.MILLISECONDS);
    }

    /** Returns the answer an effect gives when it crashed, so nothing waits for it forever. */
    private static Action failure(Effect effect, String message) {
        if (effect instanceof Effect.SearchOffers s) {
            return new Action.OffersLoaded(s.searchId(), new Outcome.Failed<>(message));
        }
        if (effect instanceof Effect.FetchOffer f) {
            return new Action.OfferFetched(f.offerId(), f.type(), new Outcome.Failed<>(message));
        }
        if (effect instanceof Effect.SubmitLaunch) {
            return new Action.LaunchFinished(new LaunchResult.Unknown(
                    message + "; the launch may or may not have been sent: check show instances"));
        }
        if (effect instanceof Effect.PollInstance p) {
            return new Action.InstancePolled(p.instanceId(), new Outcome.Failed<>(message));
        }
        if (effect instanceof Effect.LoadTemplates) {
            return new Action.TemplatesLoaded(new Outcome.Failed<>(message));
        }
        if (effect instanceof Effect.ExplainEmpty e) {
            return new Action.ExplainLoaded(e.searchId(), List.of(message));
        }
        if (effect instanceof Effect.DestroyInstance d) {
            return new Action.InstanceDestroyed(d.instanceId(), new Outcome.Failed<>(message));
        }
        if (effect instanceof Effect.ListInstances) {
            return new Action.InstancesLoaded(new Outcome.Failed<>(message));
        }
        return new Action.ShowStatus(Status.error(message));
    }

    /** Stops the worker threads; effects in flight are abandoned. */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
