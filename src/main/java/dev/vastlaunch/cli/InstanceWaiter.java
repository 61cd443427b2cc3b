package dev.vastlaunch.cli;

import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.InstanceService;
import dev.vastlaunch.offers.Outcome;
import java.io.PrintStream;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Polls an instance until it runs, fails, disappears or the timeout passes; prints progress on stderr. */
final class InstanceWaiter {
    private static final long POLL_MILLIS = 1000;
    private static final long DEFAULT_TIMEOUT_S = 600;
    private static final int MAX_ERRORS = 10;

    private final InstanceService instances;
    private final PrintStream err;
    private final Sleeper sleeper;

    InstanceWaiter(InstanceService instances, PrintStream err, Sleeper sleeper) {
        this.instances = instances;
        this.err = err;
        this.sleeper = sleeper;
    }

    int await(long id, @Nullable Long timeoutSeconds, PrintStream out) {
        long timeout = timeoutSeconds == null ? DEFAULT_TIMEOUT_S : timeoutSeconds;
        long polls = Math.max(1, timeout * 1000 / POLL_MILLIS);
        String last = "";
        int errors = 0;
        for (long n = 0; n <= polls; n++) {
            Outcome<Optional<Instance>> r = instances.showInstance(id);
            if (r instanceof Outcome.Ok<Optional<Instance>> ok) {
                errors = 0;
                if (ok.value().isEmpty()) {
                    err.println("error: instance " + id + " not found or no longer exists");
                    return ExitCode.FAILURE;
                }
                Instance i = ok.value().get();
                String status = i.actualStatus() == null ? "provisioning" : i.actualStatus();
                if (!Objects.equals(status, last)) {
                    err.println("instance " + id + ": " + status);
                    last = status;
                }
                if (i.isRunning()) {
                    out.println(i.sshTarget().map(t -> t.url()).orElse("running (no ssh port reported)"));
                    return ExitCode.OK;
                }
                if (i.hasFailed()) {
                    err.println("error: instance " + id + " is " + status
                            + (i.statusMessage() == null ? "" : ": " + i.statusMessage()));
                    return ExitCode.FAILURE;
                }
            } else if (++errors >= MAX_ERRORS) {
                err.println("error: " + r.describe());
                return ExitCode.FAILURE;
            }
            try {
                sleeper.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ExitCode.FAILURE;
            }
        }
        err.println("error: instance " + id + " is not running after " + timeout + " s (last: " + last + ")");
        return ExitCode.FAILURE;
    }
}
