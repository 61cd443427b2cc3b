package dev.vastlaunch.app;

import dev.vastlaunch.launch.Instance;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Returns the user's instances as last loaded, and whether a load is in flight.
 *
 * @param loads how many answers of the instance list have arrived, so a waiter can tell a fresh answer
 * @param error why the last load failed, or null
 * @param changes how many answers to a change (start, stop, label, destroy) have arrived
 * @param lastChange the words of the last answered change, or null
 */
public record InstancesState(
        List<Instance> list,
        boolean loading,
        long loads,
        @Nullable String error,
        long changes,
        @Nullable Changed lastChange) {

    /** Returns what one change did: {@code ok} with e.g. "Instance 42 destroyed", or the error line. */
    public record Changed(long instanceId, boolean ok, String text) {}

    public InstancesState {
        list = List.copyOf(list);
    }

    /** Returns the state before any load. */
    public static InstancesState initial() {
        return new InstancesState(List.of(), false, 0, null, 0, null);
    }

    /** Returns this state with a load in flight. */
    public InstancesState loadingNow() {
        return new InstancesState(list, true, loads, error, changes, lastChange);
    }

    /** Returns this state after a successful answer. */
    public InstancesState loaded(List<Instance> next) {
        return new InstancesState(next, false, loads + 1, null, changes, lastChange);
    }

    /** Returns this state after a failed load. */
    public InstancesState failed(String why) {
        return new InstancesState(list, false, loads + 1, why, changes, lastChange);
    }

    /** Returns this state after a change answered. */
    public InstancesState changed(Changed result) {
        return new InstancesState(list, loading, loads, error, changes + 1, result);
    }

    /** Returns the instance with {@code id}, if listed. */
    public Optional<Instance> find(long id) {
        return list.stream().filter(i -> i.id() == id).findFirst();
    }
}
