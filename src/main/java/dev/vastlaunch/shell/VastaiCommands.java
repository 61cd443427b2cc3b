package dev.vastlaunch.shell;

import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.OffersState;
import dev.vastlaunch.app.Screen;
import dev.vastlaunch.app.State;
import dev.vastlaunch.launch.CreateInstanceArgs;
import dev.vastlaunch.launch.CreateInstanceCommand;
import dev.vastlaunch.launch.FileSource;
import dev.vastlaunch.launch.LaunchDraft;
import dev.vastlaunch.offers.OfferColumn;
import dev.vastlaunch.offers.OfferQuery;
import dev.vastlaunch.offers.OptionParser;
import dev.vastlaunch.offers.ParsedArgs;
import dev.vastlaunch.offers.QueryParseResult;
import dev.vastlaunch.offers.QueryParser;
import dev.vastlaunch.offers.SearchOffersArgs;
import dev.vastlaunch.offers.SearchOffersCommand;
import dev.vastlaunch.offers.SortKey;
import dev.vastlaunch.offers.UsageProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Defines the official CLI's forms: search offers and templates, create instance, show, ssh-url, destroy. */
final class VastaiCommands {
    private static final OptionParser SEARCH = new OptionParser(SearchOffersCommand.OPTIONS);
    private static final Map<String, OfferColumn> ORDER_COLUMNS = Map.ofEntries(
            Map.entry("id", OfferColumn.ID),
            Map.entry("gpu_name", OfferColumn.GPU),
            Map.entry("num_gpus", OfferColumn.NUM),
            Map.entry("gpu_ram", OfferColumn.VRAM),
            Map.entry("dph_total", OfferColumn.PRICE),
            Map.entry("dlperf_per_dphtotal", OfferColumn.DLPERF_USD),
            Map.entry("reliability", OfferColumn.RELIABILITY),
            Map.entry("cuda_max_good", OfferColumn.CUDA),
            Map.entry("inet_down", OfferColumn.NET_DOWN),
            Map.entry("direct_port_count", OfferColumn.PORTS),
            Map.entry("geolocation", OfferColumn.LOCATION),
            Map.entry("duration", OfferColumn.MAX_DAYS));
    private static final Pattern TEMPLATE_FIELD = Pattern.compile("(name|image|hash_id)\\s*==?\\s*(\\S+)");

    private VastaiCommands() {}

    static List<ShellCommand> all(FileSource readFile) {
        return List.of(
                ShellCommand.named("search offers")
                        .summary("search offers with the vastai query language (defaults shown, -n drops them)")
                        .usage("search offers [QUERY...] [-n] [-t TYPE|-i|-r|-d] [--storage GB] [-o ORDER]"
                                + " [--limit N]")
                        .options(SearchOffersCommand.OPTIONS)
                        .positional(QueryCompleter::offers)
                        .optionValue("--order", VastaiCommands::orderFields)
                        .parse(VastaiCommands::searchOffers),
                ShellCommand.named("search templates")
                        .summary("find templates by name or image (e.g. name=PyTorch)")
                        .usage("search templates [QUERY...]")
                        .positional(QueryCompleter::templates)
                        .parse(VastaiCommands::searchTemplates),
                ShellCommand.named("create instance")
                        .summary("fill the draft from vastai flags, then review (you confirm before anything is sent)")
                        .usage("create instance ID (--image IMAGE | --template_hash HASH) [--disk GB]"
                                + " [--env '-e K=V -p 8000:8000'] [--ssh|--jupyter] [--direct] [--bid_price $/H]"
                                + " [--label L] [--onstart-cmd CMD] [--args ...]")
                        .options(CreateInstanceCommand.OPTIONS)
                        .positional(Completers::offerIds)
                        .optionValue("--image", Completers::images)
                        .optionValue("--template_hash", Completers::templateHashes)
                        .parse((args, state) -> createInstance(args, state, readFile)),
                ShellCommand.named("show instances")
                        .summary("list your instances")
                        .usage("show instances")
                        .parse((args, state) -> args.isEmpty()
                                ? ParseOutcome.Run.showing(Report.INSTANCES, List.of(new Action.ListInstances()))
                                : Args.extra(0, "show instances")),
                instanceCommand("show instance", "show one of your instances", Report.INSTANCE),
                instanceCommand("ssh-url", "print an instance's ssh://root@host:port", Report.SSH_URL),
                ShellCommand.named("destroy instance")
                        .summary("destroy an instance (asks first; -y skips the question)")
                        .usage("destroy instance ID [-y]")
                        .positional(Completers::instanceIds)
                        .parse(VastaiCommands::destroy));
    }

    /** Returns the sort fields that map to a column, ascending and descending. */
    static List<Suggestion> orderFields(State state, String partial) {
        List<Suggestion> out = new ArrayList<>();
        ORDER_COLUMNS.keySet().stream().sorted().forEach(f -> {
            out.add(Suggestion.of(f, "ascending", Completers.VALUES));
            out.add(Suggestion.of(f + "-", "descending", Completers.VALUES));
        });
        return out;
    }

    private static ShellCommand instanceCommand(String name, String summary, Report report) {
        String usage = name + " ID";
        return ShellCommand.named(name)
                .summary(summary)
                .usage(usage)
                .positional(Completers::instanceIds)
                .parse((args, state) -> {
                    if (args.isEmpty()) {
                        return Args.missing("the instance ID", usage);
                    }
                    if (args.size() > 1) {
                        return Args.extra(1, usage);
                    }
                    Optional<Long> id = Args.id(args.get(0));
                    if (id.isEmpty()) {
                        return ParseOutcome.Problem.at(0, "instance ID must be a whole number, e.g. 4242");
                    }
                    return new ParseOutcome.Run(List.of(new Action.ListInstances()), report, id.get(), List.of());
                });
    }

    private static ParseOutcome destroy(List<String> args, State state) {
        if (args.isEmpty()) {
            return Args.missing("the instance ID", "destroy instance ID");
        }
        Optional<Long> id = Args.id(args.get(0));
        if (id.isEmpty()) {
            return ParseOutcome.Problem.at(0, "instance ID must be a whole number, e.g. 4242");
        }
        boolean yes = false;
        for (int i = 1; i < args.size(); i++) {
            if (args.get(i).equals("-y") || args.get(i).equals("--yes")) {
                yes = true;
            } else {
                return Args.extra(i, "destroy instance ID [-y]");
            }
        }
        List<Action> actions = List.of(new Action.DestroyInstance(id.get()));
        if (yes) {
            return new ParseOutcome.Run(actions, Report.STATUS, id.get(), List.of());
        }
        return new ParseOutcome.ConfirmThen(
                "Destroy instance " + id.get() + "? Its disk is deleted and this cannot be undone. [y/N] ", actions);
    }

    static ParseOutcome searchOffers(List<String> args, State state) {
        SearchOffersCommand.Result r = SearchOffersCommand.parse(args);
        UsageProblem problem = r.problem();
        SearchOffersArgs parsed = r.args();
        if (problem != null || parsed == null) {
            if (problem != null && problem.word() >= 0) {
                return ParseOutcome.Problem.at(problem.word(), problem.describe());
            }
            return queryProblem(args, problem == null ? "invalid arguments" : problem.describe());
        }
        ParsedArgs options = SEARCH.parse(args).args();
        String text = parsed.queryText().strip();
        String query = options.has("--no-default") ? text : (OffersState.DEFAULT_QUERY + " " + text).strip();
        OffersState o = state.offers();
        OfferQuery q = parsed.query();
        List<Action> actions = new ArrayList<>();
        actions.add(new Action.Go(Screen.OFFERS));
        actions.add(new Action.EditQuery(query));
        boolean searched = false;
        if (q.type() != o.type()) {
            actions.add(new Action.SetType(q.type()));
            searched = true;
        }
        if (q.storageGb() != o.storageGb()) {
            actions.add(new Action.SetStorage(q.storageGb()));
            searched = true;
        }
        if (!searched) {
            actions.add(new Action.Search());
        }
        List<String> notes = new ArrayList<>(parsed.warnings());
        if (options.has("--order")) {
            notes.addAll(order(q.order(), o, actions));
        }
        if (options.has("--limit")) {
            notes.add("--limit is not applied here: the screens load up to 1000 offers; use filter to narrow");
        }
        return new ParseOutcome.Run(actions, Report.OFFERS, 0, notes);
    }

    /** Adds the local sort for the first order key that is a column; returns notes for keys that are not. */
    private static List<String> order(List<SortKey> keys, OffersState o, List<Action> actions) {
        if (keys.isEmpty()) {
            return List.of();
        }
        SortKey first = keys.get(0);
        OfferColumn column = ORDER_COLUMNS.get(first.field());
        if (column == null) {
            return List.of("-o " + first.field() + " is not a column here; sorting stays by "
                    + Completers.columnName(o.sort()));
        }
        actions.addAll(FlowCommands.sortActions(o, column, first.descending()));
        return keys.size() > 1
                ? List.of("only the first -o key is applied (the table sorts by one column)")
                : List.of();
    }

    /** Locates a query syntax problem at its word and column (the query is the positional words joined). */
    private static ParseOutcome queryProblem(List<String> args, String fallback) {
        List<Integer> positions = Args.positionalIndexes(args, SearchOffersCommand.OPTIONS);
        List<String> words = positions.stream().map(args::get).toList();
        String text = String.join(" ", words);
        boolean noDefault = SEARCH.parse(args).args().has("--no-default");
        QueryParseResult r = QueryParser.parse(text, noDefault ? new LinkedHashMap<>() : OfferQuery.defaultFilters());
        if (!(r instanceof QueryParseResult.Invalid bad) || positions.isEmpty()) {
            return new ParseOutcome.Problem(-1, 0, fallback);
        }
        int offset = bad.problem().column() - 1;
        for (int i = 0; i < words.size(); i++) {
            int len = words.get(i).length();
            if (offset <= len || i == words.size() - 1) {
                return new ParseOutcome.Problem(
                        positions.get(i),
                        Math.min(offset, len),
                        "query " + bad.problem().describe());
            }
            offset -= len + 1;
        }
        return new ParseOutcome.Problem(-1, 0, fallback);
    }

    static ParseOutcome searchTemplates(List<String> args, State state) {
        String text = String.join(" ", args).strip();
        List<String> notes = new ArrayList<>();
        Matcher m = TEMPLATE_FIELD.matcher(text);
        if (m.find()) {
            text = m.group(2).replace('_', ' ').replace("\"", "");
            notes.add("templates are filtered locally by name, image or hash: '" + text + "'");
        } else if (text.contains("=") || text.contains(">") || text.contains("<")) {
            notes.add("only name=, image= and hash_id= filters are applied (locally); showing all templates");
            text = "";
        }
        return new ParseOutcome.Run(
                List.of(new Action.Go(Screen.IMAGE), new Action.SearchTemplates(text)), Report.TEMPLATES, 0, notes);
    }

    static ParseOutcome createInstance(List<String> args, State state, FileSource readFile) {
        CreateInstanceCommand.Result r = CreateInstanceCommand.parse(args, readFile);
        UsageProblem problem = r.problem();
        CreateInstanceArgs parsed = r.args();
        if (problem != null || parsed == null) {
            String message = problem == null ? "invalid arguments" : problem.describe();
            int word = problem == null ? -1 : problem.word();
            return new ParseOutcome.Problem(word, 0, message);
        }
        LaunchDraft draft = parsed.draft();
        List<Action> actions = new ArrayList<>();
        actions.add(new Action.LoadDraft(draft));
        Long offerId = draft.offerId();
        if (offerId != null && state.offers().find(offerId).isPresent()) {
            // Selecting attaches the offer's price and disk facts for the review's checks.
            actions.add(new Action.SelectOffer(offerId));
            if (draft.price() != null) {
                actions.add(new Action.SetBid(draft.price()));
            }
        }
        String hash = draft.templateHashId();
        if (hash != null && state.templates().find(hash).isPresent()) {
            actions.add(new Action.ApplyTemplate(hash));
        }
        actions.add(new Action.RequestLaunch());
        return new ParseOutcome.Run(actions, Report.REVIEW, 0, parsed.warnings());
    }
}
