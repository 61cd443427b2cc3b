package dev.vastlaunch.command;

import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.Screen;
import dev.vastlaunch.app.State;
import dev.vastlaunch.launch.Preset;
import dev.vastlaunch.launch.PresetText;
import dev.vastlaunch.offers.OptionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Defines the verbs of presets and the launch history: list, show, save, load, delete, quick, history, relaunch. */
final class PresetCommands {
    private static final List<OptionSpec> SAVE_OPTIONS =
            List.of(OptionSpec.flag("store secret env values and the registry login too (file 0600)", "--secrets"));
    private static final List<OptionSpec> QUICK_OPTIONS = List.of(OptionSpec.flag(
            "launch without asking (scripts); with --rm, also destroy after the session without asking",
            "--yes",
            "-y"));

    private PresetCommands() {}

    static List<Command> all() {
        return List.of(
                Command.named("presets")
                        .aliases("preset list")
                        .summary("list the saved launch recipes (yours and the shipped examples), and bad files")
                        .usage("presets")
                        .oneShot()
                        .parse((args, state) -> args.isEmpty()
                                ? ParseOutcome.Run.showing(Report.PRESETS, List.of(new Action.Go(Screen.PRESETS)))
                                : Args.extra(0, "presets")),
                named("preset show", "print a preset's file: its search and create lines")
                        .oneShot()
                        .parse((args, state) -> oneName(args)
                                .map(n -> (ParseOutcome) new ParseOutcome.Run(
                                        List.of(new Action.LoadPresets()), Report.PRESETS, 0, List.of(), n))
                                .orElseGet(() -> nameProblem(args, "preset show NAME"))),
                named("preset load", "load a preset into the draft to change it (then preset save NAME)")
                        .aliases("preset edit")
                        .parse((args, state) -> oneName(args)
                                .map(n -> (ParseOutcome) ParseOutcome.Run.showing(
                                        Report.LOADED, List.of(new Action.UsePreset(n, false))))
                                .orElseGet(() -> nameProblem(args, "preset load NAME"))),
                Command.named("preset save")
                        .summary("save the draft and the offers search as a preset (secrets only with --secrets)")
                        .usage("preset save NAME [--secrets]")
                        .options(SAVE_OPTIONS)
                        .positional(PresetCommands::names)
                        .parse(PresetCommands::save),
                named("preset delete", "delete one of your presets (asks first)")
                        .aliases("preset rm")
                        .oneShot()
                        .parse((args, state) -> oneName(args)
                                .map(n -> (ParseOutcome) new ParseOutcome.ConfirmThen(
                                        "Delete preset " + n + "? [y/N] ",
                                        List.of(new Action.DeletePreset(n)),
                                        Report.STATUS,
                                        0))
                                .orElseGet(() -> nameProblem(args, "preset delete NAME"))),
                Command.named("quick")
                        .summary("search with a preset, show the best match and its price, ask once, launch, wait,"
                                + " print the ssh line")
                        .usage("quick PRESET [--yes] [--ssh [--rm]]")
                        .options(QUICK_OPTIONS)
                        .positional(PresetCommands::names)
                        .oneShot()
                        .parse(PresetCommands::quick),
                Command.named("history")
                        .aliases("launches")
                        .summary("list past launch attempts (recipe, offer, price, instance, outcome); ↑ recalls"
                                + " typed lines")
                        .usage("history")
                        .oneShot()
                        .parse((args, state) -> args.isEmpty()
                                ? ParseOutcome.Run.showing(Report.HISTORY, List.of(new Action.Go(Screen.HISTORY)))
                                : Args.extra(0, "history")),
                Command.named("relaunch")
                        .summary("run past launch N (history numbers them, 1 = latest) again on a fresh search")
                        .usage("relaunch N [--yes]")
                        .options(QUICK_OPTIONS)
                        .oneShot()
                        .parse(PresetCommands::relaunch));
    }

    private static Command.Builder named(String name, String summary) {
        return Command.named(name).summary(summary).usage(name + " NAME").positional(PresetCommands::names);
    }

    private static Optional<String> oneName(List<String> args) {
        return args.size() == 1 && PresetText.nameProblem(args.get(0)).isEmpty()
                ? Optional.of(args.get(0))
                : Optional.empty();
    }

    private static ParseOutcome nameProblem(List<String> args, String usage) {
        if (args.isEmpty()) {
            return Args.missing("a preset name", usage);
        }
        if (args.size() > 1) {
            return Args.extra(1, usage);
        }
        return ParseOutcome.Problem.at(0, PresetText.nameProblem(args.get(0)).orElse("bad name"));
    }

    static ParseOutcome save(List<String> args, State state) {
        String usage = "preset save NAME [--secrets]";
        List<String> names = new ArrayList<>();
        boolean secrets = false;
        for (String a : args) {
            if (a.equals("--secrets")) {
                secrets = true;
            } else if (Args.isOption(a)) {
                return ParseOutcome.Problem.at(args.indexOf(a), "unknown option " + a + " (usage: " + usage + ")");
            } else {
                names.add(a);
            }
        }
        Optional<String> name = oneName(names);
        if (name.isEmpty()) {
            return nameProblem(names, usage);
        }
        return ParseOutcome.Run.of(new Action.SavePreset(name.get(), secrets));
    }

    static ParseOutcome quick(List<String> args, State state) {
        List<String> names = args.stream()
                .filter(a -> !a.equals("--yes") && !a.equals("-y") && !a.equals("--ssh") && !a.equals("--rm"))
                .toList();
        Optional<String> name = oneName(names);
        if (name.isEmpty()) {
            return nameProblem(names, "quick PRESET [--yes] [--ssh [--rm]]");
        }
        if (args.contains("--rm") && !args.contains("--ssh")) {
            return ParseOutcome.Problem.at(args.indexOf("--rm"), "--rm destroys after the ssh session: add --ssh");
        }
        long flags = yes(args) | (args.contains("--ssh") ? SSH : 0) | (args.contains("--rm") ? RM : 0);
        return new ParseOutcome.Run(
                List.of(new Action.UsePreset(name.get(), true)), Report.QUICK, flags, List.of(), name.get());
    }

    static ParseOutcome relaunch(List<String> args, State state) {
        List<String> rest =
                args.stream().filter(a -> !a.equals("--yes") && !a.equals("-y")).toList();
        if (rest.size() != 1) {
            return rest.isEmpty() ? Args.missing("the launch number", "relaunch N") : Args.extra(1, "relaunch N");
        }
        Optional<Long> n = Args.id(rest.get(0));
        if (n.isEmpty() || n.get() > 100_000) {
            return ParseOutcome.Problem.at(0, "relaunch expects the number history shows (1 = the latest launch)");
        }
        return new ParseOutcome.Run(
                List.of(new Action.Relaunch(n.get().intValue())),
                Report.QUICK,
                yes(args),
                List.of(),
                "history " + n.get());
    }

    /** The bit of a quick launch's subject that asks to ssh in once it runs. */
    static final long SSH = 2;

    /** The bit of a quick launch's subject that offers to destroy the instance after the ssh session. */
    static final long RM = 4;

    /** Returns the subject of a quick launch: bit 1 when {@code --yes} was given (no question). */
    private static long yes(List<String> args) {
        return args.contains("--yes") || args.contains("-y") ? 1 : 0;
    }

    /** Returns the presets read so far, for completion. */
    static List<Suggestion> names(State state, String partial) {
        List<Suggestion> out = new ArrayList<>();
        for (Preset p : state.library().good()) {
            out.add(Suggestion.of(p.name(), p.description(), "presets"));
        }
        return out;
    }
}
