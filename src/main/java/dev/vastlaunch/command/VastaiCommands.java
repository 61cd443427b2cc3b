package dev.vastlaunch.command;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Defines the official CLI's forms: search offers and templates, create instance, show, ssh-url, destroy. */
public final class VastaiCommands {
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

    static List<Command> all(FileSource readFile) {
        return List.of(
                Command.named("search offers")
                        .oneShot()
                        .summary("search offers with the vastai query language (defaults shown, -n drops them)")
                        .usage("search offers [QUERY...] [-n] [-t TYPE|-i|-r|-d] [--storage GB] [-o ORDER]"
                                + " [--limit N]")
                        .options(SearchOffersCommand.OPTIONS)
                        .positional(QueryCompleter::offers)
                        .optionValue("--order", VastaiCommands::orderFields)
                        .parse(VastaiCommands::searchOffers),
                Command.named("search templates")
                        .oneShot()
                        .summary("find templates by name or image (e.g. name=PyTorch)")
                        .usage("search templates [QUERY...]")
                        .positional(QueryCompleter::templates)
                        .parse(VastaiCommands::searchTemplates),
                Command.named("create instance")
                        .oneShot()
                        .summary("fill the draft from vastai flags, then review (you confirm before anything is sent)")
                        .usage("create instance ID (--image IMAGE | --template_hash HASH) [--disk GB]"
                                + " [--env '-e K=V -p 8000:8000'] [--ssh|--jupyter] [--direct] [--bid_price $/H]"
                                + " [--label L] [--onstart-cmd CMD] [--args ...]")
                        .options(CreateInstanceCommand.OPTIONS)
                        .positional(Completers::offerIds)
                        .optionValue("--image", Completers::images)
                        .optionValue("--template_hash", Completers::templateHashes)
                        .parse((args, state) -> createInstance(args, state, readFile)));
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
        if (!options.has("--storage")) {
            // Without --storage the offers are priced for the draft's disk: one value for both.
            q = new OfferQuery(q.filters(), q.order(), q.type(), q.limit(), o.storageGb());
        }
        List<Action> actions = new ArrayList<>();
        actions.add(new Action.Go(Screen.OFFERS));
        actions.add(new Action.EditQuery(query));
        actions.add(new Action.RunQuery(q));
        List<String> notes = new ArrayList<>(parsed.warnings());
        if (options.has("--order")) {
            notes.addAll(order(q.order(), o, actions));
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
            return List.of("-o " + first.field() + " orders the search (which offers come back); the table, which"
                    + " has no such column, stays sorted by " + Completers.columnName(o.sort()));
        }
        actions.addAll(FlowCommands.sortActions(o, column, first.descending()));
        return keys.size() > 1
                ? List.of("every -o key orders the search; the table sorts by the first one")
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
        return new ParseOutcome.Run(actions, Report.LAUNCH, 0, parsed.warnings());
    }
}
