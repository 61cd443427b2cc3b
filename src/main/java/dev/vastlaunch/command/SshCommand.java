package dev.vastlaunch.command;

import dev.vastlaunch.app.SshRequest;
import dev.vastlaunch.app.State;
import java.util.ArrayList;
import java.util.List;

/**
 * Defines {@code ssh ID|LABEL [--rm] [--yes] [ssh options…] [-- remote command]}: our own words are {@code --rm} and
 * {@code --yes}/{@code -y}; every other word before {@code --} is passed to ssh, every word after it is the remote
 * command.
 */
final class SshCommand {
    static final String USAGE = "ssh ID|LABEL [--rm] [--yes] [ssh options…] [-- remote command]";

    private SshCommand() {}

    static Command command() {
        return Command.named("ssh")
                .summary("wait until an instance runs, then ssh into it (--rm: offer to destroy it when you leave)")
                .usage(USAGE)
                .oneShot()
                .positional(Completers::instanceIds)
                .parse(SshCommand::parse);
    }

    static ParseOutcome parse(List<String> args, State state) {
        if (args.isEmpty() || args.get(0).equals("--")) {
            return Args.missing("the instance ID or label", USAGE);
        }
        String ref = args.get(0);
        if (ref.startsWith("-")) {
            return ParseOutcome.Problem.at(0, "the instance ID or label comes first, e.g. ssh 4242 --rm");
        }
        boolean rm = false;
        boolean yes = false;
        List<String> own = new ArrayList<>();
        List<String> remote = new ArrayList<>();
        boolean afterDashes = false;
        for (int i = 1; i < args.size(); i++) {
            String w = args.get(i);
            if (afterDashes) {
                remote.add(w);
            } else if (w.equals("--")) {
                afterDashes = true;
            } else if (w.equals("--rm")) {
                rm = true;
            } else if (w.equals("--yes") || w.equals("-y")) {
                yes = true;
            } else {
                own.add(w);
            }
        }
        if (yes && !rm) {
            return ParseOutcome.Problem.at(
                    args.indexOf(args.contains("--yes") ? "--yes" : "-y"),
                    "--yes answers the destroy question of --rm; add --rm, or drop --yes");
        }
        if (afterDashes && remote.isEmpty()) {
            return ParseOutcome.Problem.at(args.size() - 1, "-- must be followed by the remote command");
        }
        return new ParseOutcome.Ssh(new SshRequest(ref, own, remote, rm, yes));
    }
}
