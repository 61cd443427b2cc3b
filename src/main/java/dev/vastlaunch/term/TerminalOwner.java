package dev.vastlaunch.term;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;
import org.jspecify.annotations.Nullable;

/**
 * Owns the tty for the app's whole life: one JLine system terminal, the Lanterna adapter over it, and the exact
 * restore of the tty settings on every exit path.
 *
 * <p>Signals (the table is {@link ExitSignal}): SIGTERM and SIGHUP end the JVM, whose shutdown hook runs
 * {@link #close()}; SIGINT is handed to the screens as the Ctrl-C key, so they leave the way
 * the key does (and the caller reports 130), and if the app has not ended {@link #INTERRUPT_GRACE_MILLIS} later it
 * exits with 130 anyway. A line prompt (the {@code :} bar, the shell) takes SIGINT over while it reads: it cancels
 * the line, as in a shell.
 *
 * <p>Not thread-safe; used from the UI thread, except {@link #close()}, which is idempotent and also runs from the
 * shutdown hook, and the signal handlers.
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

    private final Terminal jline;
    private final GatedOutput lanternaOutput;
    private final JLineBackedTerminal lanterna;
    private final @Nullable String sttySaved;
    private @Nullable Attributes cooked;
    private volatile boolean closed;
    private volatile boolean everFullScreen;
    private volatile boolean interrupted;
    private final AtomicBoolean interruptDeadline = new AtomicBoolean();

    private TerminalOwner(Terminal jline, @Nullable String sttySaved) {
        this.jline = jline;
        this.sttySaved = sttySaved;
        this.lanternaOutput = new GatedOutput(jline.output());
        this.lanterna = new JLineBackedTerminal(jline, lanternaOutput);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(true), "vastlaunch-tty-restore"));
        // JLine's default puts SIGINT back to the OS default, which killed the JVM without its shutdown hooks, so the
        // tty stayed raw and the alternate screen on. (SIGQUIT stays the JVM's: a thread dump, the app goes on.)
        jline.handle(Terminal.Signal.INT, s -> interrupt());
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

    /** Opens the system terminal with what {@code early} read; throws {@link IOException} when there is none. */
    public static TerminalOwner open(Prefetch early) throws IOException {
        JLINE_LOG.setLevel(Level.OFF);
        String saved = output(early.stty);
        String caps = output(early.infocmp);
        if (caps != null && !caps.isBlank()) {
            InfoCmp.setLoadedInfoCmp(early.type, caps);
        }
        Terminal t;
        try {
            // JNI only: the exec provider's check forks `test -t 1` even when JNI answers (~30 ms per start).
            t = builder(early.type).exec(false).build();
        } catch (IOException | RuntimeException e) {
            t = builder(early.type).build();
        }
        return new TerminalOwner(t, saved == null ? null : saved.strip());
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

    /** Returns the JLine terminal, for line editing (the command bar and the shell). */
    public Terminal jline() {
        return jline;
    }

    /** Returns the Lanterna terminal that draws through JLine. */
    public com.googlecode.lanterna.terminal.Terminal lanterna() {
        return lanterna;
    }

    /** Puts the tty in raw mode for Lanterna, with Ctrl-C delivered as a key rather than a signal. */
    public void enterRaw() {
        if (cooked == null) {
            cooked = jline.enterRawMode();
        }
        Attributes a = jline.getAttributes();
        a.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        // Lanterna reads Enter as '\n'; raw mode turned off the CR-to-NL translation a cooked tty does.
        a.setInputFlag(Attributes.InputFlag.ICRNL, true);
        jline.setAttributes(a);
        everFullScreen = true;
    }

    /** Puts back the cooked settings (echo, Ctrl-C as a signal) that line editing expects. */
    public void leaveRaw() {
        if (cooked != null) {
            jline.setAttributes(cooked);
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
        jline.writer().write("\u001b]52;c;" + b64 + "\u0007");
        jline.writer().flush();
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
        try {
            jline.close();
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
