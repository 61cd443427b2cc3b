package dev.vastlaunch.app;

import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.SshTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Returns what {@code ssh ID|LABEL} asks for: which instance, the user's own ssh options, the remote command, and
 * whether to offer destroying the instance when the session ends ({@code --rm}; {@code --yes} destroys unasked).
 */
public record SshRequest(String ref, List<String> sshArgs, List<String> remote, boolean rm, boolean yes) {
    /** The program run; found on {@code PATH}. */
    public static final String PROGRAM = "ssh";

    public SshRequest {
        sshArgs = List.copyOf(sshArgs);
        remote = List.copyOf(remote);
    }

    /** Returns a plain {@code ssh ID} request for {@code instanceId}, destroying afterwards when {@code rm}. */
    public static SshRequest of(long instanceId, boolean rm) {
        return new SshRequest(Long.toString(instanceId), List.of(), List.of(), rm, false);
    }

    /**
     * Returns the command line that logs into {@code instance}: {@code ssh -p PORT [own options] root@HOST [remote
     * command]}, by the official CLI's direct-or-proxy rule; empty when no ssh port is known yet.
     */
    public Optional<List<String>> argv(Instance instance) {
        Optional<SshTarget> target = instance.sshTarget();
        if (target.isEmpty()) {
            return Optional.empty();
        }
        List<String> argv = new ArrayList<>();
        argv.add(PROGRAM);
        argv.add("-p");
        argv.add(Integer.toString(target.get().port()));
        argv.addAll(sshArgs);
        argv.add("root@" + target.get().host());
        argv.addAll(remote);
        return Optional.of(List.copyOf(argv));
    }

    /** Returns the question asked when the session ends: {@code Destroy instance N ($X.XX so far)? [Y/n] }. */
    public static String destroyQuestion(Instance instance, double nowEpochSeconds) {
        return "Destroy instance " + instance.id() + " ($"
                + String.format(Locale.ROOT, "%.2f", Pricing.spentSoFar(instance, nowEpochSeconds))
                + " so far)? [Y/n] ";
    }
}
