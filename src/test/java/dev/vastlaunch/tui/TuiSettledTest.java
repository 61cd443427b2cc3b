package dev.vastlaunch.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.vastlaunch.app.BarResult;
import dev.vastlaunch.app.State;
import dev.vastlaunch.offers.Outcome;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The screens' settled task (the app builds the : bar's terminal then) waits for the first search, at most a limit. */
class TuiSettledTest {
    private final CountDownLatch answer = new CountDownLatch(1);
    private final AtomicInteger runs = new AtomicInteger();

    private Tui open() {
        Fakes.Offers offers = new Fakes.Offers();
        offers.answer = q -> {
            try {
                var unused = answer.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Outcome.Ok<>(Fakes.offers());
        };
        return TuiApp.open(
                new DefaultVirtualTerminal(new TerminalSize(100, 30)),
                State.initial(true),
                Fakes.ports(offers, new Fakes.RecordingSubmitter(), new Fakes.Instances()),
                s -> BarResult.cancelled(),
                TuiOptions.of(false),
                Outside.none(),
                UnaryOperator.identity(),
                () -> {});
    }

    private static void pump(Tui tui, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000L;
        do {
            tui.step();
            Thread.sleep(2);
        } while (System.nanoTime() < end);
    }

    @Test
    void runsOnceTheFirstSearchHasAnsweredAndOnlyOnce() throws Exception {
        try (Tui tui = open()) {
            tui.whenSettled(runs::incrementAndGet, 60_000);
            pump(tui, 200);
            assertEquals(0, runs.get(), "ran while the first search was in flight");
            answer.countDown();
            long end = System.nanoTime() + 5_000_000_000L;
            while (tui.state().busy() > 0 && System.nanoTime() < end) {
                pump(tui, 10);
            }
            pump(tui, 50);
            assertEquals(1, runs.get());
            pump(tui, 50);
            assertEquals(1, runs.get(), "ran twice");
        }
    }

    @Test
    void runsAfterTheLimitWhenTheSearchStillWaits() throws Exception {
        try (Tui tui = open()) {
            tui.whenSettled(runs::incrementAndGet, 300);
            pump(tui, 100);
            assertEquals(0, runs.get(), "ran before the limit");
            pump(tui, 400);
            assertEquals(1, runs.get(), "did not run after the limit");
        } finally {
            answer.countDown();
        }
    }
}
