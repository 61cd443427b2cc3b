package dev.vastlaunch;

import dev.vastlaunch.app.Ports;
import dev.vastlaunch.cli.GlobalOptions;
import dev.vastlaunch.config.Environment;
import java.io.IOException;
import java.io.PrintStream;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Connects the backend on first use (a usage error then starts nothing) and closes it if it was made. */
final class LazyBackend implements Supplier<Ports>, AutoCloseable {
    private final GlobalOptions options;
    private final Environment env;
    private final PrintStream err;
    private @Nullable Backend backend;

    LazyBackend(GlobalOptions options, Environment env, PrintStream err) {
        this.options = options;
        this.env = env;
        this.err = err;
    }

    @Override
    public Ports get() {
        Backend b = backend;
        if (b == null) {
            try {
                b = Backend.connect(options, env, err);
            } catch (Backend.UsageException e) {
                throw new Failure(e.getMessage() == null ? "invalid settings" : e.getMessage(), true);
            } catch (IOException e) {
                throw new Failure("cannot start the built-in simulator: " + e.getMessage(), false);
            }
            if (b.demo()) {
                err.println(b.description());
            }
            backend = b;
        }
        return b.ports();
    }

    @Override
    public void close() {
        Backend b = backend;
        if (b != null) {
            b.close();
            b.printLaterWarnings(err);
        }
    }

    /** Thrown when the backend cannot be made; {@code usage} tells a settings problem from a start failure. */
    static final class Failure extends RuntimeException {
        private final boolean usage;

        Failure(String message, boolean usage) {
            super(message);
            this.usage = usage;
        }

        boolean usage() {
            return usage;
        }
    }
}
