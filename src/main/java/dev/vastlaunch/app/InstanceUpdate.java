package dev.vastlaunch.app;

import dev.vastlaunch.launch.Account;
import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.offers.Outcome;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Handles the actions on the user's instances: list, account, logs and changes; null for any other action. */
final class InstanceUpdate {
    private InstanceUpdate() {}

    /** Returns the state after {@code action}, or null when the action is not about instances. */
    static @Nullable Next apply(State state, Action action) {
        if (action instanceof Action.ListInstances) {
            return Next.of(state.withInstances(state.instances().loadingNow()), new Effect.ListInstances());
        }
        if (action instanceof Action.InstancesLoaded loaded) {
            if (loaded.outcome() instanceof Outcome.Ok<List<Instance>> ok) {
                return Next.of(state.withInstances(state.instances().loaded(ok.value())));
            }
            String why = "instances: " + loaded.outcome().describe();
            return Next.of(state.withInstances(state.instances().failed(why)).withStatus(Status.error(why)));
        }
        if (action instanceof Action.LoadAccount) {
            return Next.of(state, new Effect.LoadAccount());
        }
        if (action instanceof Action.AccountLoaded a) {
            if (a.outcome() instanceof Outcome.Ok<Account> ok) {
                return Next.of(state.withInstances(state.instances().withAccount(ok.value())));
            }
            return Next.of(state.withInstances(
                            state.instances().withAccountProblem(a.outcome().describe()))
                    .withStatus(Status.warning("account: " + a.outcome().describe())));
        }
        if (action instanceof Action.LoadLogs l) {
            InstancesState.Logs loading = new InstancesState.Logs(l.instanceId(), true, true, "");
            return Next.of(
                    state.withInstances(state.instances().withLogs(loading))
                            .withStatus(Status.info("fetching the logs of instance " + l.instanceId() + "…")),
                    new Effect.LoadLogs(l.instanceId(), l.tail()));
        }
        if (action instanceof Action.LogsLoaded l) {
            boolean ok = l.outcome() instanceof Outcome.Ok<String>;
            String text = l.outcome() instanceof Outcome.Ok<String> got
                    ? got.value()
                    : "logs of instance " + l.instanceId() + ": " + l.outcome().describe();
            InstancesState.Logs logs = new InstancesState.Logs(l.instanceId(), false, ok, text);
            Status status = ok ? Status.info("logs of instance " + l.instanceId() + " arrived") : Status.error(text);
            return Next.of(state.withInstances(state.instances().withLogs(logs)).withStatus(status));
        }
        if (action instanceof Action.ChangeInstance c) {
            return Next.of(
                    state.withStatus(Status.info(c.change().verb() + " instance " + c.instanceId() + "…")),
                    new Effect.ChangeInstance(c.instanceId(), c.change()));
        }
        if (action instanceof Action.InstanceChanged c) {
            return changed(state, c);
        }
        return null;
    }

    /** Returns the state that loads the instance list and the account, as the Instances screen shows both. */
    static Next refresh(State state) {
        return Next.of(
                state.withInstances(state.instances().loadingNow()),
                new Effect.ListInstances(),
                new Effect.LoadAccount());
    }

    private static Next changed(State state, Action.InstanceChanged c) {
        if (c.outcome() instanceof Outcome.Ok<Boolean>) {
            String text = "Instance " + c.instanceId() + " " + c.change().done();
            InstancesState.Changed done = new InstancesState.Changed(c.instanceId(), true, text);
            InstancesState after = state.instances().changed(done);
            if (c.change() instanceof InstanceChange.Destroy) {
                after = after.forget(c.instanceId());
            }
            return Next.of(
                    state.withInstances(after.loadingNow()).withStatus(Status.info(text)),
                    new Effect.ListInstances(),
                    new Effect.LoadAccount());
        }
        String text = c.change().verb() + " instance " + c.instanceId() + ": "
                + c.outcome().describe();
        InstancesState.Changed failed = new InstancesState.Changed(c.instanceId(), false, text);
        return Next.of(state.withInstances(state.instances().changed(failed)).withStatus(Status.error(text)));
    }
}
