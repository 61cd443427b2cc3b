package dev.vastlaunch.command;

import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.OffersState;
import dev.vastlaunch.app.Screen;
import dev.vastlaunch.app.State;
import dev.vastlaunch.offers.OfferColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Defines navigation, the launch steps, the offers table's local view, and leaving. */
public final class FlowCommands {
    private FlowCommands() {}

    static List<Command> all() {
        return List.of(
                Command.named("go")
                        .summary("go to a screen: offers, image, env, options, review, launch")
                        .usage("go SCREEN")
                        .positional(Completers::screens)
                        .parse(FlowCommands::go),
                Command.named("offers")
                        .summary("show the loaded offers (the offers screen)")
                        .usage("offers")
                        .parse((args, state) -> noArgs(args, "offers", Report.OFFERS, new Action.Go(Screen.OFFERS))),
                Command.named("options")
                        .summary("go to the options screen")
                        .usage("options")
                        .parse((args, state) -> noArgs(args, "options", Report.STATUS, new Action.Go(Screen.OPTIONS))),
                Command.named("review")
                        .summary("show the effective launch: values, price and problems")
                        .usage("review")
                        .parse((args, state) -> noArgs(args, "review", Report.REVIEW, new Action.Go(Screen.REVIEW))),
                Command.named("launch")
                        .summary("check the draft and ask for confirmation (nothing is sent yet)")
                        .usage("launch")
                        .parse((args, state) -> noArgs(args, "launch", Report.REVIEW, new Action.RequestLaunch())),
                Command.named("confirm")
                        .aliases("yes")
                        .summary("launch the reviewed request after a y/N question; this starts billing")
                        .usage("confirm")
                        .parse((args, state) -> args.isEmpty() ? new ParseOutcome.Confirm() : Args.extra(0, "confirm")),
                Command.named("cancel")
                        .summary("decline the reviewed launch")
                        .usage("cancel")
                        .parse((args, state) -> noArgs(args, "cancel", Report.STATUS, new Action.CancelLaunch())),
                Command.named("next")
                        .summary("after an offer was taken, review the next best offer instead")
                        .usage("next")
                        .parse((args, state) -> noArgs(args, "next", Report.REVIEW, new Action.UseNextOffer())),
                Command.named("sort")
                        .summary("sort the loaded offers by a column (again to flip)")
                        .usage("sort COLUMN [asc|desc]")
                        .positional(Completers::columns)
                        .positional(Completers.values("asc", "ascending", "desc", "descending"))
                        .parse(FlowCommands::sort),
                Command.named("filter")
                        .summary("filter the loaded offers by text (GPU, location, ID); alone, clear the filter")
                        .usage("filter [TEXT...]")
                        .parse((args, state) -> ParseOutcome.Run.showing(
                                Report.OFFERS, List.of(new Action.FilterLocal(String.join(" ", args))))),
                Command.named("hours")
                        .summary("show the cost estimate for this many hours")
                        .usage("hours N")
                        .positional(Completers.values("1", "one hour", "24", "a day", "168", "a week"))
                        .parse(FlowCommands::hours),
                Command.named("quit")
                        .aliases("exit", "q")
                        .summary("leave")
                        .usage("quit")
                        .parse((args, state) -> new ParseOutcome.Quit()),
                Command.named("wizard")
                        .aliases("tui")
                        .summary("open the screens; quitting them comes back here")
                        .usage("wizard")
                        .shellOnly()
                        .parse((args, state) -> new ParseOutcome.OpenWizard()));
    }

    private static ParseOutcome noArgs(List<String> args, String usage, Report report, Action action) {
        if (!args.isEmpty()) {
            return Args.extra(0, usage);
        }
        return ParseOutcome.Run.showing(report, List.of(action));
    }

    static ParseOutcome go(List<String> args, State state) {
        if (args.isEmpty()) {
            return Args.missing("a screen", "go SCREEN");
        }
        if (args.size() > 1) {
            return Args.extra(1, "go SCREEN");
        }
        String name = args.get(0).toLowerCase(Locale.ROOT);
        for (Screen s : Screen.values()) {
            if (Completers.screenName(s).equals(name)
                    || s.title().toLowerCase(Locale.ROOT).equals(name)) {
                Report report = s == Screen.OFFERS ? Report.OFFERS : s == Screen.REVIEW ? Report.REVIEW : Report.STATUS;
                return ParseOutcome.Run.showing(report, List.of(new Action.Go(s)));
            }
        }
        return ParseOutcome.Problem.at(
                0, "no screen named '" + args.get(0) + "'; screens: offers, image, env," + " options, review, launch");
    }

    static ParseOutcome sort(List<String> args, State state) {
        String usage = "sort COLUMN [asc|desc]";
        if (args.isEmpty()) {
            return Args.missing("a column", usage);
        }
        if (args.size() > 2) {
            return Args.extra(2, usage);
        }
        Optional<OfferColumn> column = column(args.get(0));
        if (column.isEmpty()) {
            return ParseOutcome.Problem.at(0, "no column named '" + args.get(0) + "'; Tab lists them");
        }
        if (args.size() == 1) {
            return ParseOutcome.Run.showing(Report.OFFERS, List.of(new Action.SortBy(column.get())));
        }
        String dir = args.get(1).toLowerCase(Locale.ROOT);
        if (!dir.equals("asc") && !dir.equals("desc")) {
            return ParseOutcome.Problem.at(1, "direction must be asc or desc");
        }
        return ParseOutcome.Run.showing(Report.OFFERS, sortActions(state.offers(), column.get(), dir.equals("desc")));
    }

    private static Optional<OfferColumn> column(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (OfferColumn c : OfferColumn.values()) {
            if (Completers.columnName(c).equals(t)
                    || c.title().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Returns the sort actions that reach {@code column} in the given direction from the current sort. */
    static List<Action> sortActions(OffersState o, OfferColumn column, boolean descending) {
        List<Action> out = new ArrayList<>();
        boolean next = column == o.sort() ? !o.descending() : column.descendingFirst();
        if (column == o.sort() && o.descending() == descending) {
            return out;
        }
        out.add(new Action.SortBy(column));
        if (next != descending) {
            out.add(new Action.SortBy(column));
        }
        return out;
    }

    static ParseOutcome hours(List<String> args, State state) {
        if (args.size() != 1) {
            return args.isEmpty() ? Args.missing("the hours", "hours N") : Args.extra(1, "hours N");
        }
        Optional<Long> n = Args.id(args.get(0));
        if (n.isEmpty() || n.get() > 24 * 365) {
            return ParseOutcome.Problem.at(0, "hours expects a whole number from 1 to 8760");
        }
        return ParseOutcome.Run.showing(
                Report.REVIEW, List.of(new Action.SetHours(n.get().intValue())));
    }
}
