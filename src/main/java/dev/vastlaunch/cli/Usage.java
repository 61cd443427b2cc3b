package dev.vastlaunch.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Lists the one-shot commands, how many words name each, and their usage lines. */
final class Usage {
    enum Verb {
        SEARCH_OFFERS(
                "search offers", "search offers [QUERY...] [-o ORDER] [-i|-r|-d] [--limit N] [--storage GB] [-n]"),
        SEARCH_TEMPLATES("search templates", "search templates [QUERY...]"),
        CREATE_INSTANCE(
                "create instance",
                "create instance ID (--image IMAGE | --template_hash HASH) [--disk GB] [--env '-e K=V -p 8000:8000']"
                        + " [--ssh|--jupyter] [--direct] [--bid_price $/H] [--label L] [--onstart-cmd CMD] [--yes]"),
        SHOW_INSTANCES("show instances", "show instances [--raw]"),
        SHOW_INSTANCE("show instance", "show instance ID [--raw]"),
        DESTROY_INSTANCE("destroy instance", "destroy instance ID [--yes]"),
        START_INSTANCE("start instance", "start instance ID"),
        STOP_INSTANCE("stop instance", "stop instance ID"),
        LABEL_INSTANCE("label instance", "label instance ID LABEL"),
        SSH_URL("ssh-url", "ssh-url ID"),
        WAIT("wait", "wait ID [--timeout SECONDS]");

        private final String name;
        private final String usage;

        Verb(String name, String usage) {
            this.name = name;
            this.usage = usage;
        }

        int words() {
            return name.split(" ").length;
        }

        String usage() {
            return usage;
        }
    }

    private Usage() {}

    static Optional<Verb> match(List<String> words) {
        return Arrays.stream(Verb.values())
                .filter(v -> words.size() >= v.words()
                        && String.join(" ", words.subList(0, v.words())).equals(v.name))
                .findFirst();
    }

    static String of(String name) {
        return Arrays.stream(Verb.values())
                .filter(v -> v.name.equals(name))
                .map(v -> "vastlaunch " + v.usage)
                .findFirst()
                .orElse(name);
    }

    static String summary() {
        return "commands:\n"
                + Arrays.stream(Verb.values())
                        .map(v -> "  vastlaunch " + v.usage)
                        .collect(Collectors.joining("\n"))
                + "\n  vastlaunch sim [--port N] [--seed S] [--key K]\n  vastlaunch shell\n  vastlaunch   (the screens)";
    }
}
