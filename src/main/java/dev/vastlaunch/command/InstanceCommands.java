package dev.vastlaunch.command;

import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.InstanceChange;
import dev.vastlaunch.app.Screen;
import dev.vastlaunch.app.State;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Defines the verbs on the user's instances: show, ssh-url, scp-url, wait, ssh, start, stop, reboot, label, logs,
 * destroy (one or several), and show user.
 */
final class InstanceCommands {
    /** The lines {@code logs} shows by default, as the official CLI's help says. */
    static final long DEFAULT_TAIL = 1000;

    static final long MAX_TAIL = 100_000;

    private InstanceCommands() {}

    static List<Command> all() {
        return List.of(
                Command.named("show instances")
                        .summary("list your instances")
                        .usage("show instances [--raw]")
                        .oneShot()
                        .parse((args, state) -> args.isEmpty()
                                ? ParseOutcome.Run.showing(Report.INSTANCES, List.of(new Action.ListInstances()))
                                : Args.extra(0, "show instances")),
                Command.named("instances")
                        .summary("open the Instances screen (7): what runs, what it costs, one key to ssh or destroy")
                        .usage("instances")
                        .parse((args, state) -> args.isEmpty()
                                ? ParseOutcome.Run.showing(Report.INSTANCES, List.of(new Action.Go(Screen.INSTANCES)))
                                : Args.extra(0, "instances")),
                withId("show instance", "show one of your instances", "", id -> list(Report.INSTANCE, id)),
                withId("ssh-url", "print an instance's ssh://root@host:port", "", id -> list(Report.SSH_URL, id)),
                withId("scp-url", "print an instance's scp://root@host:port", "", id -> list(Report.SCP_URL, id)),
                SshCommand.command(),
                Command.named("show user")
                        .summary("show your account's credit and what your instances cost now")
                        .usage("show user")
                        .oneShot()
                        .parse((args, state) -> args.isEmpty()
                                ? ParseOutcome.Run.showing(
                                        Report.USER, List.of(new Action.ListInstances(), new Action.LoadAccount()))
                                : Args.extra(0, "show user")),
                Command.named("logs")
                        .summary("print the last lines of an instance's log")
                        .usage("logs ID [--tail LINES]")
                        .oneShot()
                        .positional(Completers::instanceIds)
                        .parse(InstanceCommands::logs),
                Command.named("wait")
                        .summary("watch an instance until it runs, then print its ssh URL")
                        .usage("wait ID [--timeout SECONDS]")
                        .oneShot()
                        .positional(Completers::instanceIds)
                        .parse(InstanceCommands::waitFor),
                withId("start instance", "start a stopped instance", "", id -> change(id, new InstanceChange.Start())),
                withId(
                        "stop instance",
                        "stop an instance (its disk is kept, and billed)",
                        "",
                        id -> change(id, new InstanceChange.Stop())),
                withId(
                        "reboot instance",
                        "restart an instance's container (its disk is kept)",
                        "",
                        id -> change(id, new InstanceChange.Reboot())),
                bulk("start instances", "start several stopped instances", InstanceChange.Start::new),
                bulk("stop instances", "stop several instances", InstanceChange.Stop::new),
                Command.named("destroy instances")
                        .summary("destroy several instances (asks first; -y skips the question)")
                        .usage("destroy instances ID... [-y]")
                        .oneShot()
                        .positional(Completers::instanceIds)
                        .parse(InstanceCommands::destroyMany),
                Command.named("label instance")
                        .summary("set an instance's label")
                        .usage("label instance ID LABEL")
                        .oneShot()
                        .positional(Completers::instanceIds)
                        .parse(InstanceCommands::label),
                Command.named("destroy instance")
                        .summary("destroy an instance (asks first; -y skips the question)")
                        .usage("destroy instance ID [-y]")
                        .oneShot()
                        .positional(Completers::instanceIds)
                        .parse(InstanceCommands::destroy));
    }

    private static Command bulk(String name, String summary, java.util.function.Supplier<InstanceChange> change) {
        String usage = name + " ID...";
        return Command.named(name)
                .summary(summary)
                .usage(usage)
                .oneShot()
                .positional(Completers::instanceIds)
                .parse((args, state) -> {
                    Ids ids = ids(args, usage, false);
                    if (ids.problem() != null) {
                        return ids.problem();
                    }
                    List<Action> actions = ids.ids().stream()
                            .map(id -> (Action) new Action.ChangeInstance(id, change.get()))
                            .toList();
                    return new ParseOutcome.Run(actions, Report.CHANGE, 0, List.of());
                });
    }

    /** Returns the ids of a bulk command, whether {@code -y} was given, or the problem with the words. */
    private record Ids(List<Long> ids, boolean yes, ParseOutcome.@Nullable Problem problem) {}

    private static Ids ids(List<String> args, String usage, boolean yesAllowed) {
        List<Long> out = new ArrayList<>();
        boolean yes = false;
        for (int i = 0; i < args.size(); i++) {
            String w = args.get(i);
            if (yesAllowed && (w.equals("-y") || w.equals("--yes"))) {
                yes = true;
                continue;
            }
            Optional<Long> id = id(w);
            if (id.isEmpty()) {
                return new Ids(
                        List.of(), false, ParseOutcome.Problem.at(i, "instance IDs are whole numbers, e.g. 4242"));
            }
            if (!out.contains(id.get())) {
                out.add(id.get());
            }
        }
        if (out.isEmpty()) {
            return new Ids(List.of(), false, Args.missing("at least one instance ID", usage));
        }
        return new Ids(out, yes, null);
    }

    private static ParseOutcome destroyMany(List<String> args, State state) {
        Ids ids = ids(args, "destroy instances ID... [-y]", true);
        if (ids.problem() != null) {
            return ids.problem();
        }
        List<Action> actions = ids.ids().stream()
                .map(id -> (Action) new Action.ChangeInstance(id, new InstanceChange.Destroy()))
                .toList();
        if (ids.yes()) {
            return new ParseOutcome.Run(actions, Report.CHANGE, 0, List.of());
        }
        String list = String.join(", ", ids.ids().stream().map(String::valueOf).toList());
        return new ParseOutcome.ConfirmThen(
                "Destroy instances " + list + "? Their disks are deleted and this cannot be undone. [y/N] ",
                actions,
                Report.CHANGE,
                0);
    }

    private static ParseOutcome logs(List<String> args, State state) {
        String usage = "logs ID [--tail LINES]";
        if (args.isEmpty()) {
            return Args.missing("the instance ID", usage);
        }
        Optional<Long> id = id(args.get(0));
        if (id.isEmpty()) {
            return badId();
        }
        long tail = DEFAULT_TAIL;
        for (int i = 1; i < args.size(); i++) {
            if (!args.get(i).equals("--tail")) {
                return Args.extra(i, usage);
            }
            if (i + 1 >= args.size()) {
                return ParseOutcome.Problem.at(i, "--tail needs a number of lines");
            }
            Optional<Long> n = Args.id(args.get(++i));
            if (n.isEmpty() || n.get() < 1 || n.get() > MAX_TAIL) {
                return ParseOutcome.Problem.at(i, "--tail expects 1 to " + MAX_TAIL + " lines, e.g. 100");
            }
            tail = n.get();
        }
        return new ParseOutcome.Run(
                List.of(new Action.LoadLogs(id.get(), (int) tail)), Report.LOGS, id.get(), List.of());
    }

    private static ParseOutcome list(Report report, long id) {
        return new ParseOutcome.Run(List.of(new Action.ListInstances()), report, id, List.of());
    }

    private static ParseOutcome change(long id, InstanceChange change) {
        return new ParseOutcome.Run(List.of(new Action.ChangeInstance(id, change)), Report.CHANGE, id, List.of());
    }

    private static Command withId(String name, String summary, String more, Function<Long, ParseOutcome> then) {
        String usage = name + " ID" + more;
        return Command.named(name)
                .summary(summary)
                .usage(usage)
                .oneShot()
                .positional(Completers::instanceIds)
                .parse((args, state) -> {
                    if (args.isEmpty()) {
                        return Args.missing("the instance ID", usage);
                    }
                    if (args.size() > 1) {
                        return Args.extra(1, usage);
                    }
                    return id(args.get(0)).map(then).orElseGet(InstanceCommands::badId);
                });
    }

    private static Optional<Long> id(String word) {
        return Args.id(word);
    }

    private static ParseOutcome badId() {
        return ParseOutcome.Problem.at(0, "instance ID must be a whole number, e.g. 4242");
    }

    private static ParseOutcome waitFor(List<String> args, State state) {
        String usage = "wait ID [--timeout SECONDS]";
        if (args.isEmpty()) {
            return Args.missing("the instance ID", usage);
        }
        Optional<Long> id = id(args.get(0));
        if (id.isEmpty()) {
            return badId();
        }
        long timeout = 0;
        for (int i = 1; i < args.size(); i++) {
            if (!args.get(i).equals("--timeout")) {
                return Args.extra(i, usage);
            }
            if (i + 1 >= args.size()) {
                return ParseOutcome.Problem.at(i, "--timeout needs a number of seconds");
            }
            Optional<Long> s = Args.id(args.get(++i));
            if (s.isEmpty()) {
                return ParseOutcome.Problem.at(i, "--timeout expects whole seconds, e.g. 600");
            }
            timeout = s.get();
        }
        return new ParseOutcome.Run(List.of(new Action.WatchInstance(id.get())), Report.WAIT, timeout, List.of());
    }

    private static ParseOutcome label(List<String> args, State state) {
        String usage = "label instance ID LABEL";
        if (args.size() < 2) {
            return Args.missing(args.isEmpty() ? "the instance ID" : "the label", usage);
        }
        Optional<Long> id = id(args.get(0));
        if (id.isEmpty()) {
            return badId();
        }
        return change(id.get(), new InstanceChange.Label(String.join(" ", args.subList(1, args.size()))));
    }

    private static ParseOutcome destroy(List<String> args, State state) {
        String usage = "destroy instance ID [-y]";
        if (args.isEmpty()) {
            return Args.missing("the instance ID", usage);
        }
        Optional<Long> id = id(args.get(0));
        if (id.isEmpty()) {
            return badId();
        }
        boolean yes = false;
        for (int i = 1; i < args.size(); i++) {
            if (args.get(i).equals("-y") || args.get(i).equals("--yes")) {
                yes = true;
            } else {
                return Args.extra(i, usage);
            }
        }
        List<Action> actions = List.of(new Action.ChangeInstance(id.get(), new InstanceChange.Destroy()));
        if (yes) {
            return new ParseOutcome.Run(actions, Report.CHANGE, id.get(), List.of());
        }
        return new ParseOutcome.ConfirmThen(
                "Destroy instance " + id.get() + "? Its disk is deleted and this cannot be undone. [y/N] ",
                actions,
                Report.CHANGE,
                id.get());
    }
}
