package dev.vastlaunch.app;

import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.LaunchRequest;
import org.jspecify.annotations.Nullable;

/**
 * Returns the launch in progress: its phase, the request sent, the instance and what the server said.
 *
 * @param offerGone whether the server said the offer was taken, so the next best offer can be offered
 * @param polls how many times the instance was polled
 */
public record LaunchState(
        LaunchPhase phase,
        @Nullable LaunchRequest request,
        @Nullable Long instanceId,
        @Nullable Instance instance,
        String message,
        boolean offerGone,
        int polls) {

    /** Returns the state before any launch. */
    public static LaunchState initial() {
        return new LaunchState(LaunchPhase.EDITING, null, null, null, "", false, 0);
    }

    /** Returns this state in {@code next} phase with {@code text} as its message. */
    public LaunchState to(LaunchPhase next, String text) {
        return new LaunchState(next, request, instanceId, instance, text, offerGone, polls);
    }

    /** Returns whether a request is in flight or an instance is being polled. */
    public boolean inFlight() {
        return phase == LaunchPhase.SUBMITTING || phase == LaunchPhase.WAITING;
    }
}
