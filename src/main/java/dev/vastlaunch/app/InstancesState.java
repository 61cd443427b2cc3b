package dev.vastlaunch.app;

import dev.vastlaunch.launch.Account;
import dev.vastlaunch.launch.Instance;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Returns the user's instances as last loaded, whether a load is in flight, the account, the last logs asked for,
 * and the instances created in this session.
 *
 * @param loads how many answers of the instance list have arrived, so a waiter can tell a fresh answer
 * @param error why the last load failed, or null
 * @param changes how many answers to a change (start, stop, reboot, label, destroy) have arrived
 * @param changeLog the words of the last answered changes, oldest first (at most {@value #KEEP_CHANGES})
 * @param accountRead the account as last read, and how its calls answered
 * @param logs the last logs asked for, or null
 * @param launchedHere the ids of the instances this session created, oldest first
 */
public record InstancesState(
        List<Instance> list,
        boolean loading,
        long loads,
        @Nullable String error,
        long changes,
        List<Changed> changeLog,
        AccountRead accountRead,
        @Nullable Logs logs,
        Set<Long> launchedHere) {

    /** Returns what one change did: {@code ok} with e.g. "Instance 42 destroyed", or the error line. */
    public record Changed(long instanceId, boolean ok, String text) {}

    /**
     * Returns the logs of one instance: {@code text} once they arrived (or the error when {@code ok} is false), and
     * whether they are still being fetched.
     */
    public record Logs(long instanceId, boolean loading, boolean ok, String text) {}

    /** How many answered changes {@link #changeLog} keeps. */
    public static final int KEEP_CHANGES = 64;

    public InstancesState {
        list = List.copyOf(list);
        changeLog = List.copyOf(changeLog.subList(Math.max(0, changeLog.size() - KEEP_CHANGES), changeLog.size()));
        launchedHere = Set.copyOf(new LinkedHashSet<>(launchedHere));
    }

    /** Returns the state before any load. */
    public static InstancesState initial() {
        return new InstancesState(List.of(), false, 0, null, 0, List.of(), AccountRead.NONE, null, Set.of());
    }

    /** Returns this state with a load in flight. */
    public InstancesState loadingNow() {
        return new InstancesState(list, true, loads, error, changes, changeLog, accountRead, logs, launchedHere);
    }

    /** Returns this state after a successful answer. */
    public InstancesState loaded(List<Instance> next) {
        return new InstancesState(next, false, loads + 1, null, changes, changeLog, accountRead, logs, launchedHere);
    }

    /** Returns this state after a failed load. */
    public InstancesState failed(String why) {
        return new InstancesState(list, false, loads + 1, why, changes, changeLog, accountRead, logs, launchedHere);
    }

    /** Returns this state after a change answered. */
    public InstancesState changed(Changed result) {
        List<Changed> log = new ArrayList<>(changeLog);
        log.add(result);
        return new InstancesState(list, loading, loads, error, changes + 1, log, accountRead, logs, launchedHere);
    }

    /** Returns the last answered change, or null before any. */
    public @Nullable Changed lastChange() {
        return changeLog.isEmpty() ? null : changeLog.get(changeLog.size() - 1);
    }

    /** Returns the changes answered after the first {@code seen} answers (as many as are kept). */
    public List<Changed> changesAfter(long seen) {
        int fresh = (int) Math.min(changeLog.size(), Math.max(0, changes - seen));
        return changeLog.subList(changeLog.size() - fresh, changeLog.size());
    }

    /**
     * Returns the account as last read, how many times its call answered (a failure included), and why the last call
     * failed (null when it did not).
     */
    public record AccountRead(
            @Nullable Account account,
            long answers,
            @Nullable String problem) {
        static final AccountRead NONE = new AccountRead(null, 0, null);
    }

    /** Returns the account's credit as last loaded, or null before the first answer. */
    public @Nullable Account account() {
        return accountRead.account();
    }

    /** Returns how many times the account call answered, a failure included. */
    public long accountAnswers() {
        return accountRead.answers();
    }

    /** Returns why the last account call failed, or null when it did not. */
    public @Nullable String accountProblem() {
        return accountRead.problem();
    }

    /** Returns this state with the account as just loaded. */
    public InstancesState withAccount(Account next) {
        return withAccountRead(new AccountRead(next, accountRead.answers() + 1, null));
    }

    /** Returns this state after the account call failed with {@code why} (the account last read is kept). */
    public InstancesState withAccountProblem(String why) {
        return withAccountRead(new AccountRead(accountRead.account(), accountRead.answers() + 1, why));
    }

    private InstancesState withAccountRead(AccountRead next) {
        return new InstancesState(list, loading, loads, error, changes, changeLog, next, logs, launchedHere);
    }

    /** Returns this state with {@code next} as the logs shown. */
    public InstancesState withLogs(Logs next) {
        return new InstancesState(list, loading, loads, error, changes, changeLog, accountRead, next, launchedHere);
    }

    /** Returns this state remembering that this session created instance {@code id}. */
    public InstancesState launched(long id) {
        if (launchedHere.contains(id)) {
            return this;
        }
        Set<Long> next = new LinkedHashSet<>(launchedHere);
        next.add(id);
        return new InstancesState(list, loading, loads, error, changes, changeLog, accountRead, logs, next);
    }

    /** Returns this state without instance {@code id}: it was destroyed. */
    public InstancesState forget(long id) {
        Set<Long> here = new LinkedHashSet<>(launchedHere);
        here.remove(id);
        List<Instance> rest = list.stream().filter(i -> i.id() != id).toList();
        return new InstancesState(rest, loading, loads, error, changes, changeLog, accountRead, logs, here);
    }

    /** Returns the instance with {@code id}, if listed. */
    public Optional<Instance> find(long id) {
        return list.stream().filter(i -> i.id() == id).findFirst();
    }

    /**
     * Returns the instance named by {@code ref}: an id, or a label that exactly one listed instance has; empty when
     * none or several match.
     */
    public Optional<Instance> resolve(String ref) {
        if (!ref.isEmpty() && ref.chars().allMatch(c -> c >= '0' && c <= '9') && ref.length() <= 18) {
            Optional<Instance> byId = find(Long.parseLong(ref));
            if (byId.isPresent()) {
                return byId;
            }
        }
        List<Instance> labelled =
                list.stream().filter(i -> ref.equals(i.label())).toList();
        return labelled.size() == 1 ? Optional.of(labelled.get(0)) : Optional.empty();
    }

    /** Returns the listed instances this session created that are still billed for compute (not stopped). */
    public List<Instance> runningFromHere() {
        return list.stream()
                .filter(i -> launchedHere.contains(i.id()) && !i.isStopped())
                .toList();
    }

    /** Returns the total $/h of the listed instances now, by the one price function. */
    public double perHourNow() {
        return list.stream().mapToDouble(Pricing::perHourNow).sum();
    }
}
