package dev.vastlaunch.app;

import dev.vastlaunch.offers.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Owns the shell's {@link Session} on one dedicated thread: every dispatch, and every effect's answer, runs there;
 * the shell's loop submits actions and waits for the states it needs.
 *
 * <p>The latest state is published to other threads through a volatile field after each dispatch.
 */
public final class SessionDriver implements AutoCloseable {
    private final ExecutorService owner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vastlaunch-session");
        t.setDaemon(true);
        return t;
    });
    private final Ports ports;
    private final BiConsumer<State, State> onChange;
    private final Object lock = new Object();
    private Session session;
    private volatile State latest;
    private final AtomicLong generation = new AtomicLong();

    /** Starts a session at {@code initial}; {@code onChange} is called on the owner thread with (before, after). */
    public SessionDriver(State initial, Ports ports, BiConsumer<State, State> onChange) {
        this.ports = ports;
        this.onChange = onChange;
        this.latest = initial;
        this.session = start(initial);
    }

    private Session start(State initial) {
        long mine = generation.incrementAndGet();
        Executor mineOnly = task -> {
            if (mine == generation.get() && !owner.isShutdown()) {
                try {
                    owner.execute(() -> {
                        if (mine == generation.get()) {
                            task.run();
                        }
                    });
                } catch (RejectedExecutionException e) {
                    // closing: late answers are dropped
                }
            }
        };
        Session s = new Session(initial, ports, mineOnly);
        s.addListener(next -> {
            if (mine != generation.get()) {
                return; // a late answer to a session handed over to the screens
            }
            // Report first, so a waiter that wakes up on this state finds its messages already printed.
            onChange.accept(latest, next);
            synchronized (lock) {
                latest = next;
                lock.notifyAll();
            }
        });
        return s;
    }

    /** Asks the server for {@code request} on the calling thread and returns its JSON as written (for {@code --raw}). */
    public Outcome<String> raw(RawRequest request) {
        return request.run(ports);
    }

    /** Returns the latest state (safe from any thread). */
    public State state() {
        return latest;
    }

    /** Dispatches {@code actions} in order on the owner thread and returns the state after the last one. */
    public State dispatch(List<Action> actions) throws InterruptedException {
        Session s = session;
        Future<State> done = owner.submit(() -> {
            actions.forEach(s::dispatch);
            return s.state();
        });
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("dispatch failed", e.getCause());
        }
    }

    /** Waits until the state satisfies {@code ready} or {@code timeout} passes; returns whether it did. */
    public boolean await(Predicate<State> ready, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (!ready.test(latest)) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    /**
     * Hands the state to {@code elsewhere} (the screens), which runs with its own session, and continues from the
     * state it returns; effects still in flight here are abandoned, so the caller refuses while a launch runs.
     */
    public void handOver(Function<State, State> elsewhere) {
        State before = latest;
        generation.incrementAndGet();
        session.close();
        State after = elsewhere.apply(before);
        synchronized (lock) {
            latest = after;
        }
        session = start(after);
    }

    @Override
    public void close() {
        generation.incrementAndGet();
        owner.shutdownNow();
        try {
            if (!owner.awaitTermination(1, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            session.close();
        }
    }
}
