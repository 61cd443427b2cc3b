package dev.vastlaunch.term;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import org.jline.utils.NonBlockingInputStream;

/**
 * The tty's bytes as a blocking stream whose {@code available()} answers at once, as Lanterna's decoder polls it.
 *
 * <p>JLine's {@code peek} reads the tty with a 100 ms VTIME and so blocked every poll for up to 100 ms; the count of
 * waiting bytes comes from the kernel instead ({@code FIONREAD} on fd 0, which JLine's system terminal reads). After a
 * lone Esc byte it waits up to {@link #ESCAPE_TIMEOUT_MILLIS} for the rest of an escape sequence, as editors do.
 * Bytes handed to {@link #inject(int)} (a signal turned into its key) come first.
 */
final class TtyInput extends InputStream {
    /** How long an Esc byte waits for the next byte of a key sequence before it counts as the Esc key. */
    static final long ESCAPE_TIMEOUT_MILLIS = 25;

    private static final int ESC = 0x1b;
    private static final long POLL_NANOS = 1_000_000L;

    private final NonBlockingInputStream in;
    private final FileInputStream fd0 = new FileInputStream(FileDescriptor.in);
    private final Queue<Integer> injected = new ConcurrentLinkedQueue<>();
    private boolean afterEscape;

    TtyInput(NonBlockingInputStream in) {
        this.in = in;
    }

    /** Queues {@code b} as if it had been typed; safe from any thread (a signal handler's). */
    void inject(int b) {
        injected.add(b);
    }

    @Override
    public int read() throws IOException {
        Integer queued = injected.poll();
        int c = queued == null ? NonBlockingInputStream.READ_EXPIRED : queued;
        while (c == NonBlockingInputStream.READ_EXPIRED) {
            c = in.read(100);
            if (c == NonBlockingInputStream.READ_EXPIRED && !injected.isEmpty()) {
                c = injected.remove();
            }
        }
        afterEscape = c == ESC;
        return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int c = read();
        if (c < 0) {
            return -1;
        }
        b[off] = (byte) c;
        return 1;
    }

    @Override
    public int available() throws IOException {
        int n = pending();
        if (n == 0 && afterEscape) {
            afterEscape = false;
            long deadline = System.nanoTime() + ESCAPE_TIMEOUT_MILLIS * 1_000_000L;
            while (n == 0 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(POLL_NANOS);
                n = pending();
            }
        }
        return n;
    }

    /** Waits until bytes are waiting or {@code millis} pass, polling the kernel's count every millisecond. */
    boolean await(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        try {
            while (pending() == 0) {
                if (System.nanoTime() >= deadline) {
                    return false;
                }
                LockSupport.parkNanos(POLL_NANOS);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
            return true;
        } catch (IOException e) {
            return true; // let the reader see the error
        }
    }

    private int pending() throws IOException {
        return injected.size() + fd0.available();
    }
}
