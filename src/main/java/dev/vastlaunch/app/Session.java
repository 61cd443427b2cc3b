package dev.vastlaunch.app;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Holds the current {@link State}, applies actions through {@link Update}, and runs effects on worker threads.
 *
 * <p>Thread confinement: {@link #dispatch} and {@link #state} belong to one owner thread (Lanterna's GUI thread or
 * the shell's loop); effect results come back through {@code owner}, which must run them on that thread.
 */
public final class Session implements AutoCloseable {
    private final Ports ports;
    private final Executor owner;
    private final ScheduledExecutorService workers;
    /** How long closing waits for lasting effects in flight. */
    private static final long LASTING_WAIT_MILLIS = 3000;

    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    private final Set<Future<?>> lasting = ConcurrentHashMap.newKeySet();
    private State state;
    private int inFlight;

    /** Returns a session starting at {@code initial}; {@code owner} runs tasks on the owner thread. */
    public Session(State initial, Ports ports, Executor owner) {
        this.state = initial;
        this.ports = ports;
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
        apply(action, 0);
    }

    /** Applies an action; {@code answered} effects have come back with it, so the count in flight drops. */
    private void apply(Action action, int answered) {
        Next next = Update.apply(state, action);
        inFlight += next.effects().size() - answered;
        state = next.state().withBusy(inFlight);
        listeners.forEach(l -> l.accept(state));
        next.effects().forEach(this::start);
    }

    private void start(Effect effect) {
        ScheduledFuture<?> running = workers.schedule(
                () -> {
                    Action result;
                    try {
                        result = effect.run(ports);
                    } catch (RuntimeException e) {
                        result = effect.failed("internal error: " + e);
                    }
                    Action done = result;
                    owner.execute(() -> apply(done, 1));
                },
                effect.delayMillis(),
                TimeUnit.MILLISECONDS);
        if (effect.lasting()) {
            lasting.removeIf(Future::isDone);
            lasting.add(running);
        }
    }

    /**
     * Stops the worker threads: effects in flight are abandoned, except lasting ones (the launch history), which get up
     * to {@link #LASTING_WAIT_MILLIS} to finish.
     */
    @Override
    public void close() {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LASTING_WAIT_MILLIS);
        for (Future<?> f : lasting) {
            try {
                f.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException | CancellationException e) {
                // abandoned: its own answer reports the failure when the session still listens
            }
        }
        workers.shutdownNow();
    }
}
