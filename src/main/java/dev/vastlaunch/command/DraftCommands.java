package dev.vastlaunch.command;

import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.Screen;
import dev.vastlaunch.app.State;
import dev.vastlaunch.launch.EnvEntry;
import dev.vastlaunch.launch.EnvSpecParser;
import dev.vastlaunch.launch.LaunchMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Defines our own verbs that edit the draft the screens show: offer, image, template, env, ports and options. */
public final class DraftCommands {

    private DraftCommands() {}

    static List<Command> all() {
        return List.of(
                Command.named("offer")
                        .summary("rent this offer (an ID from the last search)")
                        .usage("offer ID")
                        .positional(Completers::offerIds)
                        .parse(DraftCommands::offer),
                Command.named("image")
                        .summary("use this image (none to clear); alone, go to the image screen")
                        .usage("image [REPO/NAME:TAG|none]")
                        .positional(DraftCommands::imageValues)
                        .parse(DraftCommands::image),
                Command.named("template")
                        .summary("base the draft on a template, by name or hash (none to drop it)")
                        .usage("template NAME|HASH|none")
                        .positional(Completers::templates)
                        .parse(DraftCommands::template),
                Command.named("env")
                        .summary("set environment variables; alone, go to the env & ports screen")
                        .usage("env [KEY=VALUE...]")
                        .positional(Completers::envAssignments)
                        .parse(DraftCommands::env),
                Command.named("unset")
                        .summary("remove environment variables or ports")
                        .usage("unset KEY|PORT...")
                        .positional(Completers::envKeys)
                        .parse(DraftCommands::unset),
                Command.named("port")
                        .summary("map ports, e.g. 8888, 8000/udp, 8080:80")
                        .usage("port PORT[/tcp|/udp]...")
                        .positional(Completers::ports)
                        .parse(DraftCommands::port),
                Command.named("disk")
                        .summary("set the disk size in GB (default: the template's, else 10)")
                        .usage("disk GB|default")
                        .positional(Completers.values("default", "the template's recommendation, else 10 GB"))
                        .parse(DraftCommands::disk),
                Command.named("label")
                        .summary("set the instance label (none to clear)")
                        .usage("label TEXT|none")
                        .parse((args, state) -> text(args, "label TEXT|none", Action.SetLabel::new)),
                Command.named("mode")
                        .summary("how to reach the instance: ssh, jupyter or args; --direct for direct ports")
                        .usage("mode ssh|jupyter|args|default [--direct]")
                        .positional(Completers.values(
                                "ssh", "ssh (proxy unless --direct)",
                                "jupyter", "jupyter with ssh",
                                "args", "the image's entrypoint with args",
                                "default", "let the template decide",
                                "--direct", "direct ports instead of the proxy"))
                        .parse(DraftCommands::mode),
                Command.named("onstart")
                        .summary("set the script run on start (none to clear)")
                        .usage("onstart TEXT|none")
                        .parse((args, state) -> text(args, "onstart TEXT|none", Action.SetOnstart::new)),
                Command.named("bid")
                        .summary("bid this much $/hour for an interruptible offer (none for on-demand)")
                        .usage("bid PRICE|none")
                        .positional(Completers::bids)
                        .parse(DraftCommands::bid));
    }

    private static List<Suggestion> imageValues(State state, String partial) {
        List<Suggestion> out = new ArrayList<>(Completers.images(state, partial));
        out.add(Suggestion.of("none", "clear the image", Completers.VALUES));
        return out;
    }

    static ParseOutcome offer(List<String> args, State state) {
        if (args.isEmpty()) {
            return Args.missing("the offer ID", "offer ID");
        }
        if (args.size() > 1) {
            return Args.extra(1, "offer ID");
        }
        Optional<Long> id = Args.id(args.get(0));
        if (id.isEmpty()) {
            return ParseOutcome.Problem.at(0, "offer ID must be a whole number, e.g. 1234567");
        }
        return ParseOutcome.Run.of(new Action.SelectOffer(id.get()));
    }

    static ParseOutcome image(List<String> args, State state) {
        if (args.isEmpty()) {
            return ParseOutcome.Run.of(new Action.Go(Screen.IMAGE));
        }
        if (args.size() > 1) {
            return Args.extra(1, "image REPO/NAME:TAG (no spaces)");
        }
        String ref = args.get(0);
        if (Args.isNone(ref)) {
            return ParseOutcome.Run.of(new Action.SetImage(""));
        }
        if (ref.chars().anyMatch(Character::isWhitespace) || ref.startsWith("-")) {
            return ParseOutcome.Problem.at(0, "not an image reference: use repo/name:tag");
        }
        return ParseOutcome.Run.of(new Action.SetImage(ref));
    }

    static ParseOutcome template(List<String> args, State state) {
        if (args.isEmpty()) {
            return Args.missing("a template name or hash", "template NAME|HASH|none");
        }
        String name = String.join(" ", args);
        if (Args.isNone(name)) {
            return ParseOutcome.Run.of(new Action.ClearTemplate());
        }
        boolean loaded = state.templates().find(name).isPresent();
        if (!loaded
                && !name.matches("[0-9a-f]{32}")
                && state.templates().requested()
                && !state.templates().loading()) {
            return ParseOutcome.Problem.at(0, "no template named '" + name + "'; Tab lists the loaded ones");
        }
        return ParseOutcome.Run.of(new Action.ApplyTemplate(name));
    }

    static ParseOutcome env(List<String> args, State state) {
        if (args.isEmpty()) {
            return ParseOutcome.Run.of(new Action.Go(Screen.ENV));
        }
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String w = args.get(i);
            int eq = w.indexOf('=');
            if (eq < 0) {
                return ParseOutcome.Problem.at(i, "expected KEY=VALUE (use unset KEY to remove a variable)");
            }
            String key = w.substring(0, eq);
            if (!EnvEntry.Variable.isValidName(key)) {
                return ParseOutcome.Problem.at(
                        i, "'" + key + "' is not a variable name (letters, digits, _ and not starting with a digit)");
            }
            actions.add(new Action.PutEnv(key, w.substring(eq + 1)));
        }
        return ParseOutcome.Run.showing(Report.STATUS, actions);
    }

    static ParseOutcome unset(List<String> args, State state) {
        if (args.isEmpty()) {
            return Args.missing("a variable or port", "unset KEY|PORT...");
        }
        List<Action> actions = new ArrayList<>();
        var env = state.editor().draft().env();
        for (int i = 0; i < args.size(); i++) {
            String key = args.get(i);
            if (env.remove(key).equals(env)) {
                return ParseOutcome.Problem.at(i, "nothing named '" + key + "' in the draft");
            }
            actions.add(new Action.RemoveEnv(key));
        }
        return ParseOutcome.Run.showing(Report.STATUS, actions);
    }

    static ParseOutcome port(List<String> args, State state) {
        if (args.isEmpty()) {
            return Args.missing("a port", "port PORT[/tcp|/udp]...");
        }
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (EnvSpecParser.parsePort(args.get(i)).isEmpty()) {
                return ParseOutcome.Problem.at(i, "not a port: use 8000, 8000/udp or 8080:80 (1-65535)");
            }
            actions.add(new Action.AddPort(args.get(i)));
        }
        return ParseOutcome.Run.showing(Report.STATUS, actions);
    }

    static ParseOutcome disk(List<String> args, State state) {
        if (args.isEmpty()) {
            return Args.missing("the size in GB", "disk GB|default");
        }
        if (args.size() > 1) {
            return Args.extra(1, "disk GB|default");
        }
        if (Args.isNone(args.get(0))) {
            return ParseOutcome.Run.of(new Action.SetDisk(null));
        }
        Optional<Double> gb = Args.amount(args.get(0));
        if (gb.isEmpty() || gb.get() <= 0) {
            return ParseOutcome.Problem.at(0, "disk expects GB, e.g. 40");
        }
        return ParseOutcome.Run.of(new Action.SetDisk(gb.get()));
    }

    static ParseOutcome mode(List<String> args, State state) {
        String usage = "mode ssh|jupyter|args|default [--direct]";
        LaunchMode mode = null;
        boolean direct = false;
        boolean seen = false;
        for (int i = 0; i < args.size(); i++) {
            String w = args.get(i).toLowerCase(Locale.ROOT);
            if (w.equals("--direct")) {
                direct = true;
            } else if (seen) {
                return Args.extra(i, usage);
            } else if (w.equals("ssh") || w.equals("jupyter") || w.equals("args")) {
                mode = LaunchMode.valueOf(w.toUpperCase(Locale.ROOT));
                seen = true;
            } else if (Args.isNone(w)) {
                seen = true;
            } else {
                return ParseOutcome.Problem.at(i, "mode must be ssh, jupyter, args or default");
            }
        }
        if (!seen) {
            return Args.missing("the mode", usage);
        }
        if (mode == null && direct) {
            return ParseOutcome.Problem.at(0, "--direct needs a mode: ssh or jupyter");
        }
        return ParseOutcome.Run.of(new Action.SetMode(mode, direct));
    }

    static ParseOutcome bid(List<String> args, State state) {
        if (args.isEmpty()) {
            return Args.missing("a price in $/hour", "bid PRICE|none");
        }
        if (args.size() > 1) {
            return Args.extra(1, "bid PRICE|none");
        }
        if (Args.isNone(args.get(0))) {
            return ParseOutcome.Run.of(new Action.SetBid(null));
        }
        Optional<Double> price = Args.amount(args.get(0));
        if (price.isEmpty() || price.get() <= 0) {
            return ParseOutcome.Problem.at(0, "bid expects $/hour, e.g. 0.35");
        }
        return ParseOutcome.Run.of(new Action.SetBid(price.get()));
    }

    /** Parses a free-text option: the words joined, or none to clear. */
    private static ParseOutcome text(List<String> args, String usage, Function<@Nullable String, Action> action) {
        if (args.isEmpty()) {
            return Args.missing("the text", usage);
        }
        String text = String.join(" ", args);
        return ParseOutcome.Run.of(action.apply(Args.isNone(text) ? null : text));
    }
}
