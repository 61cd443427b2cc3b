package dev.vastlaunch.term;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.AbstractPosixTerminal;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.Pty;
import org.jline.terminal.spi.SystemStream;
import org.jline.utils.InfoCmp;
import org.jline.utils.NonBlocking;
import org.jline.utils.NonBlockingInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Owns the tty for the app's whole life: its pty (JLine's JNI provider), the Lanterna adapter over it, the one JLine
 * system terminal for line editing built over the same pty and input stream (after the first frame, see
 * {@link #jline()}), and the exact restore of the tty settings on every exit path.
 *
 * <p>Signals (the table is {@link ExitSignal}): SIGTERM and SIGHUP end the JVM, whose shutdown hook runs
 * {@link #close()}; SIGINT is handed to the screens as the Ctrl-C key, so they leave the way
 * the key does (and the caller reports 130), and if the app has not ended {@link #INTERRUPT_GRACE_MILLIS} later it
 * exits with 130 anyway. A line prompt (the {@code :} bar, the shell) takes SIGINT over while it reads: it cancels
 * the line, as in a shell. Before the line-editing terminal exists (the first seconds of the screens) SIGINT is the
 * JVM's: it exits with 130 through that same shutdown hook.
 *
 * <p>Not thread-safe; used from the UI thread, except {@link #close()}, which is idempotent and also runs from the
 * shutdown hook, {@link #jline()} (guarded; also built on a daemon thread), and the signal handlers.
 */
public final class TerminalOwner implements AutoCloseable {
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");
    /** Is how long the app has to leave by itself after SIGINT before it exits with 130 anyway. */
    static final long INTERRUPT_GRACE_MILLIS = 3_000;
    /** Is the byte of the Ctrl-C key. */
    private static final int CTRL_C = 3;
    /**
     * Puts the tty's modes back: keypad in normal mode (a line prompt sets it to application mode), cursor shown.
     */
    private static final String RESET_MODES = "\u001b[?1l\u001b>\u001b[?25h";
    /** Leaves the alternate screen. */
    private static final String LEAVE_ALTERNATE_SCREEN = "\u001b[?1049l";
    /** The terminal types JLine 3.30 describes itself (its {@code org/jline/utils/*.caps}); others ask infocmp. */
    private static final Set<String> BUILT_IN_TYPES = Set.of(
            "ansi",
            "dumb",
            "dumb-color",
            "rxvt",
            "rxvt-basic",
            "rxvt-unicode",
            "rxvt-unicode-256color",
            "screen",
            "screen-256color",
            "windows",
            "windows-256color",
            "windows-conemu",
            "windows-vtp",
            "xterm",
            "xterm-256color");

    /** How long after a lent program ended a late SIGINT is still taken as its own (back in raw mode, Ctrl-C is a key). */
    private static final long LEND_SIGNAL_GRACE_NANOS = 1_000_000_000L;

    private volatile boolean lent;
    /** When the grace after the last lend ends ({@link System#nanoTime()}), or 0 before any lend. */
    private volatile long lentUntilNanos;

    private final Pty pty;
    private final String type;
    private final GatedOutput lanternaOutput;
    private final JLineBackedTerminal lanterna;
    private final @Nullable String sttySaved;
    /** The tty settings found at the start, put back on the way out even when {@code stty} is missing. */
    private final @Nullable Attributes found;
    /** Guards {@link #jline}, built on first need or by {@link #prepareLineEditing()}. */
    private final Object jlineLock = new Object();

    private @Nullable Terminal jline;

    private @Nullable Attributes cooked;
    private volatile boolean closed;
    private volatile boolean everFullScreen;
    private volatile boolean interrupted;
    private final AtomicBoolean interruptDeadline = new AtomicBoolean();

    private TerminalOwner(
            Pty pty, NonBlockingInputStream input, String type, @Nullable Terminal jline, @Nullable String sttySaved) {
        this.pty = pty;
        this.type = type;
        this.sttySaved = sttySaved;
        this.found = attributesOrNull(pty);
        this.lanternaOutput = new GatedOutput(outputOf(pty, jline));
        this.lanterna = new JLineBackedTerminal(pty, input, lanternaOutput);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(true), "vastlaunch-tty-restore"));
        if (jline != null) {
            handleSignals(jline);
            this.jline = jline;
        }
    }

    /** Returns why the full-screen UI cannot run here (no tty, TERM=dumb), or empty when it can. */
    @SuppressWarnings("SystemConsoleNull") // on JDK 22+ the builder's dumb(false) is the check that fails fast
    public static Optional<String> unavailableReason() {
        String term = System.getenv("TERM");
        if (term != null && term.toLowerCase(Locale.ROOT).equals("dumb")) {
            return Optional.of("the terminal type is 'dumb'");
        }
        if (System.console() == null) {
            return Optional.of("standard input or output is not a terminal");
        }
        return Optional.empty();
    }

    /**
     * What other programs tell about the tty, started early so they run while the JVM does other work: {@code stty -g}
     * (the settings restored on exit) and, for a terminal type JLine has no description of built in (such as tmux's
     * {@code tmux-256color}), {@code infocmp -x}, which JLine would otherwise run while it opens the terminal.
     */
    public static final class Prefetch {
        private final @Nullable Process stty;
        private final @Nullable Process infocmp;
        private final String type;

        private Prefetch(@Nullable Process stty, @Nullable Process infocmp, String type) {
            this.stty = stty;
            this.infocmp = infocmp;
            this.type = type;
        }
    }

    /** Starts the programs of {@link Prefetch} and returns at once. */
    public static Prefetch prefetch() {
        String type = defaultType();
        boolean builtIn = BUILT_IN_TYPES.contains(type);
        return new Prefetch(
                started(new ProcessBuilder("stty", "-g").redirectInput(new File("/dev/tty"))),
                builtIn ? null : started(new ProcessBuilder("infocmp", "-x", type)),
                type);
    }

    /** Opens the system terminal; throws {@link IOException} with a clear message when there is none. */
    public static TerminalOwner open() throws IOException {
        return open(prefetch());
    }

    /**
     * Opens the system terminal with what {@code early} read; throws {@link IOException} when there is none.
     *
     * <p>Only the tty's pty is opened now (JNI: its settings, size and streams), which is all the screens need; JLine's
     * full terminal for line editing (its capability tables, ~150 ms of a start) is built by {@link #jline()} or, in
     * the background, {@link #prepareLineEditing()}. Without JNI the full terminal is built now, as before.
     */
    public static TerminalOwner open(Prefetch early) throws IOException {
        JLINE_LOG.setLevel(Level.OFF);
        String saved = output(early.stty);
        String caps = output(early.infocmp);
        if (caps != null && !caps.isBlank()) {
            InfoCmp.setLoadedInfoCmp(early.type, caps);
        }
        String stty = saved == null ? null : saved.strip();
        Pty system;
        try {
            system = new JniTerminalProvider().current(SystemStream.Output);
        } catch (IOException | RuntimeException | LinkageError e) {
            Terminal t = builder(early.type).build();
            if (!(t instanceof AbstractPosixTerminal posix)) {
                t.close();
                throw new IOException("the terminal '" + t.getType() + "' is not a POSIX tty");
            }
            return new TerminalOwner(posix.getPty(), NonBlocking.nonBlocking("tty", t.input()), early.type, t, stty);
        }
        NonBlockingInputStream input = NonBlocking.nonBlocking("tty", system.getSlaveInput());
        // No signal handlers until the line-editing terminal is built (once the first search answered): JLine's
        // Signals makes a proxy class for them, ~60 ms of CPU that held the first frame and the rows back (both ~40-100
        // ms sooner without). Until then the screens re-read the size while idle (JLineBackedTerminal#awaitInput),
        // and SIGINT is the JVM's own: it exits with 130 through the shutdown hooks, which restore the tty.
        return new TerminalOwner(new SharedPty(system, input), input, early.type, null, stty);
    }

    private static TerminalBuilder builder(String type) {
        return TerminalBuilder.builder()
                .system(true)
                // On JDK 22+ JLine tries its FFM provider first; here that cost ~1.4 s before falling back to JNI.
                .ffm(false)
                .dumb(false)
                .encoding(StandardCharsets.UTF_8)
                .type(type);
    }

    /** Starts building the line-editing terminal on a daemon thread, so the first {@code :} does not wait for it. */
    public void prepareLineEditing() {
        Thread build = new Thread(
                () -> {
                    try {
                        var unused = jline();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        // the first : reports it when it asks again
                    }
                },
                "vastlaunch-line-terminal");
        build.setDaemon(true);
        build.start();
    }

    /**
     * Returns the JLine terminal for line editing (the command bar and the shell), building it now when it has not
     * been; throws {@link UncheckedIOException} when it cannot be built.
     */
    public Terminal jline() {
        Terminal t;
        synchronized (jlineLock) {
            t = jline;
            if (t != null) {
                return t;
            }
            if (closed) {
                throw new IllegalStateException("the terminal is closed");
            }
            try {
                t = new LineTerminal(type, pty);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open line editing on the terminal: " + e.getMessage(), e);
            }
            handleSignals(t);
            jline = t;
        }
        // A resize before the handler existed has not been seen yet.
        lanterna.refreshSize();
        return t;
    }

    /** Takes SIGINT (see the class comment) and SIGWINCH (the screens re-read the size) on {@code t}. */
    private void handleSignals(Terminal t) {
        // JLine's default puts SIGINT back to the OS default, which killed the JVM without its shutdown hooks, so the
        // tty stayed raw and the alternate screen on. (SIGQUIT stays the JVM's: a thread dump, the app goes on.)
        t.handle(Terminal.Signal.INT, s -> interrupt());
        t.handle(Terminal.Signal.WINCH, s -> lanterna.refreshSize());
        lanterna.resizesSignalled();
    }

    /** Returns whether the user pressed Ctrl-C in the screens, or the process got SIGINT: the exit status is 130. */
    public boolean interrupted() {
        return interrupted;
    }

    /** Records that the screens ended on Ctrl-C. */
    public void markInterrupted() {
        interrupted = true;
    }

    /** Hands SIGINT to the screens as the Ctrl-C key, and exits with 130 if the app has not ended after a grace time. */
    private void interrupt() {
        if (signalOfLentProgram()) {
            return;
        }
        interrupted = true;
        lanterna.inject(CTRL_C);
        if (interruptDeadline.compareAndSet(false, true)) {
            Thread deadline = new Thread(
                    () -> {
                        try {
                            Thread.sleep(INTERRUPT_GRACE_MILLIS);
                        } catch (InterruptedException e) {
                            return;
                        }
                        exitOn(ExitSignal.INT);
                    },
                    "vastlaunch-interrupt");
            deadline.setDaemon(true);
            deadline.start();
        }
    }

    /** Ends the JVM with the signal's status; the shutdown hook restores the tty. */
    private static void exitOn(ExitSignal signal) {
        Runtime.getRuntime().exit(signal.exitCode());
    }

    /** Hands the screens {@code key} as if it had been typed (the recording run's keys). */
    public void type(int key) {
        lanterna.inject(key);
    }

    /** Returns the Lanterna terminal that draws through JLine. */
    public com.googlecode.lanterna.terminal.Terminal lanterna() {
        return lanterna;
    }

    /**
     * Puts the tty in raw mode for Lanterna (as JLine's {@code enterRawMode} does), with Ctrl-C delivered as a key
     * rather than a signal.
     */
    public void enterRaw() {
        try {
            Attributes before = cooked != null ? cooked : pty.getAttr();
            Attributes a = new Attributes(before);
            a.setLocalFlags(EnumSet.of(LocalFlag.ICANON, LocalFlag.ECHO, LocalFlag.IEXTEN, LocalFlag.ISIG), false);
            a.setInputFlags(EnumSet.of(InputFlag.IXON, InputFlag.INLCR), false);
            // Lanterna reads Enter as '\n': keep the CR-to-NL translation a cooked tty does.
            a.setInputFlag(InputFlag.ICRNL, true);
            a.setControlChar(ControlChar.VMIN, 0);
            a.setControlChar(ControlChar.VTIME, 1);
            pty.setAttr(a);
            cooked = before;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        everFullScreen = true;
    }

    /** Puts back the cooked settings (echo, Ctrl-C as a signal) that line editing expects. */
    public void leaveRaw() {
        Attributes c = cooked;
        if (c != null) {
            try {
                pty.setAttr(c);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cooked = null;
        }
    }

    /**
     * Runs a line prompt on the same terminal between two raw-mode phases, then re-reads the size so Lanterna
     * picks up a resize made during the prompt.
     */
    public <T> T prompt(Supplier<T> readLine) {
        leaveRaw();
        try {
            return readLine.get();
        } finally {
            enterRaw();
            lanterna.refreshSize();
        }
    }

    /**
     * Lends the terminal, cooked, to another program ({@code run} starts it and waits) and takes it back. Ctrl-C
     * meanwhile belongs to that program (ssh at its password prompt): the SIGINT this process gets with it is not
     * the screens' Ctrl-C, nor one that the JVM's signal thread delivers just after the program ended.
     */
    public <T> T lend(Supplier<T> run) {
        lent = true;
        try {
            return prompt(run);
        } finally {
            lentUntilNanos = System.nanoTime() + LEND_SIGNAL_GRACE_NANOS;
            lent = false;
        }
    }

    /** Returns whether a SIGINT now belongs to a program the terminal is (or was just) lent to. */
    private boolean signalOfLentProgram() {
        long until = lentUntilNanos;
        return lent || (until != 0 && System.nanoTime() - until < 0);
    }

    /**
     * Copies {@code text} to the clipboard of the terminal the user sits at with OSC 52, which terminals (and tmux
     * with {@code set-clipboard on}) honour over ssh; a terminal that does not know it ignores the sequence.
     */
    public void copyToClipboard(String text) {
        String b64 = java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        try {
            lanternaOutput.write(("\u001b]52;c;" + b64 + "\u0007").getBytes(StandardCharsets.US_ASCII));
            lanternaOutput.flush();
        } catch (IOException ignored) {
            // the terminal is gone; nothing was copied, and nothing else depends on it
        }
    }

    /** Restores the tty exactly as it was found (cursor, alternate screen, stty settings); safe to call twice. */
    @Override
    public void close() {
        close(false);
    }

    /** Restores the tty; {@code cutShort} (the shutdown hook: a signal) also ends the line a prompt was on. */
    private synchronized void close(boolean cutShort) {
        if (closed) {
            return;
        }
        closed = true;
        lanternaOutput.shut();
        // Straight to fd 1: JLine's own shutdown hook may already have closed its writer.
        // Leaving the alternate screen when not in it does nothing, so do it whenever the screens ever ran.
        String restore =
                (everFullScreen ? RESET_MODES + LEAVE_ALTERNATE_SCREEN : RESET_MODES) + (cutShort ? "\r\n" : "");
        try {
            FileOutputStream fd1 = new FileOutputStream(FileDescriptor.out);
            fd1.write(restore.getBytes(StandardCharsets.US_ASCII));
            fd1.flush();
        } catch (IOException | RuntimeException ignored) {
            // the tty may be gone (SSH dropped); the stty restore below still matters
        }
        leaveRawQuietly();
        Terminal t;
        synchronized (jlineLock) {
            t = jline;
        }
        try {
            if (t != null) {
                t.close();
            }
            if (found != null) {
                pty.setAttr(found);
            }
        } catch (IOException | RuntimeException ignored) {
            // closing a vanished tty can fail; nothing more to restore
        }
        if (sttySaved != null && !sttySaved.isEmpty()) {
            stty(sttySaved);
        }
    }

    private void leaveRawQuietly() {
        try {
            leaveRaw();
        } catch (RuntimeException ignored) {
            // best effort on exit
        }
    }

    private static @Nullable Attributes attributesOrNull(Pty pty) {
        try {
            return pty.getAttr();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Returns the tty's output for the screens: JLine's when its terminal is built (one buffer for both), else the
     * pty's, buffered: Lanterna writes a frame in many small pieces and flushes once.
     */
    private static OutputStream outputOf(Pty pty, @Nullable Terminal jline) {
        try {
            return jline != null ? jline.output() : new BufferedOutputStream(pty.getSlaveOutput(), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String defaultType() {
        String term = System.getenv("TERM");
        return term == null || term.isBlank() ? "xterm-256color" : term;
    }

    /** Runs {@code stty ARGS} on the controlling tty; returns its output, or null when it failed. */
    private static @Nullable String stty(String args) {
        List<String> command = new ArrayList<>();
        command.add("stty");
        command.addAll(List.of(args.strip().split(" ", -1)));
        return output(started(new ProcessBuilder(command).redirectInput(new File("/dev/tty"))));
    }

    /** Starts {@code program} with its errors merged into its output; null when it cannot start. */
    private static @Nullable Process started(ProcessBuilder program) {
        try {
            return program.redirectErrorStream(true).start();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Returns what {@code p} printed when it ended well within 2 s, else null. */
    private static @Nullable String output(@Nullable Process p) {
        if (p == null) {
            return null;
        }
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(2, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
