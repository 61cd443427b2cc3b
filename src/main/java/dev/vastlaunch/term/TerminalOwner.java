package dev.vastlaunch.term;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Owns the tty for the app's whole life: one JLine system terminal, the Lanterna adapter over it, and the exact
 * restore of the tty settings on every exit path.
 *
 * <p>Not thread-safe; used from the UI thread, except {@link #close()}, which is idempotent and also runs from the
 * shutdown hook (SIGTERM, SIGHUP, Ctrl-C outside raw mode).
 */
public final class TerminalOwner implements AutoCloseable {
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

    private final Terminal jline;
    private final GatedOutput lanternaOutput;
    private final JLineBackedTerminal lanterna;
    private final @Nullable String sttySaved;
    private @Nullable Attributes cooked;
    private volatile boolean closed;
    private volatile boolean everFullScreen;

    private TerminalOwner(Terminal jline, @Nullable String sttySaved) {
        this.jline = jline;
        this.sttySaved = sttySaved;
        this.lanternaOutput = new GatedOutput(jline.output());
        this.lanterna = new JLineBackedTerminal(jline, lanternaOutput);
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "vastlaunch-tty-restore"));
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

    /** Opens the system terminal; throws {@link IOException} with a clear message when there is none. */
    public static TerminalOwner open() throws IOException {
        JLINE_LOG.setLevel(Level.OFF);
        String saved = stty("-g");
        Terminal t = TerminalBuilder.builder()
                .system(true)
                // On JDK 22+ JLine tries its FFM provider first; here that cost ~1.4 s before falling back to JNI.
                .ffm(false)
                .dumb(false)
                .encoding(StandardCharsets.UTF_8)
                .type(defaultType())
                .build();
        return new TerminalOwner(t, saved == null ? null : saved.strip());
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
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        lanternaOutput.shut();
        // Straight to fd 1: JLine's own shutdown hook may already have closed its writer.
        // Leaving the alternate screen when not in it does nothing, so do it whenever the screens ever ran.
        String restore = everFullScreen ? "\u001b[?25h\u001b[?1049l" : "\u001b[?25h";
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
        try {
            Process p = new ProcessBuilder("sh", "-c", "stty " + args + " < /dev/tty")
                    .redirectErrorStream(true)
                    .start();
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
