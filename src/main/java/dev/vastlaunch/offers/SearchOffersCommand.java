package dev.vastlaunch.offers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Parses the official CLI's {@code search offers} arguments into an {@link OfferQuery}. */
public final class SearchOffersCommand {
    /** The options of {@code search offers}, as the official CLI spells them. */
    public static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.flag("do not add the default filters verified, external=false, rentable", "--no-default", "-n"),
            OptionSpec.choice(
                    "pricing type",
                    List.of("on-demand", "bid", "interruptible", "reserved", "ondemand"),
                    "--type",
                    "-t"),
            OptionSpec.flag("interruptible (bid) pricing", "--interruptible", "-i"),
            OptionSpec.flag("interruptible (bid) pricing", "--bid", "-b"),
            OptionSpec.flag("reserved pricing", "--reserved", "-r"),
            OptionSpec.flag("on-demand pricing (the default)", "--on-demand", "-d"),
            OptionSpec.value("return at most N offers", "--limit"),
            OptionSpec.value("storage in GB used to price offers (default 5)", "--storage"),
            OptionSpec.value("sort, e.g. dph or score- (- descending, + ascending)", "--order", "-o"));

    private static final OptionParser PARSER = new OptionParser(OPTIONS);

    private SearchOffersCommand() {}

    /** Returns the outcome of parsing: the arguments, or the problem with the word it is at. */
    public record Result(
            @Nullable SearchOffersArgs args, @Nullable UsageProblem problem) {}

    /** Parses the words after {@code search offers}. */
    public static Result parse(List<String> words) {
        OptionParser.Result parsed = PARSER.parse(words);
        if (parsed.problem() != null) {
            return new Result(null, parsed.problem());
        }
        ParsedArgs a = parsed.args();
        String text = String.join(" ", a.positionals());
        Map<String, Map<String, @Nullable Object>> initial =
                a.has("--no-default") ? new LinkedHashMap<>() : OfferQuery.defaultFilters();
        QueryParseResult q = QueryParser.parse(text, initial);
        if (q instanceof QueryParseResult.Invalid invalid) {
            SyntaxProblem p = invalid.problem();
            return new Result(null, new UsageProblem(-1, "query " + p.describe()));
        }
        QueryParseResult.Valid valid = (QueryParseResult.Valid) q;
        OfferType type = type(a);
        Integer limit = null;
        if (a.has("--limit")) {
            Optional<Integer> n = positiveInt(a.value("--limit").orElse(""));
            if (n.isEmpty()) {
                return new Result(null, new UsageProblem(a.word("--limit"), "--limit expects a whole number >= 1"));
            }
            limit = n.get();
        }
        double storage = OfferQuery.DEFAULT_STORAGE_GB;
        if (a.has("--storage")) {
            Optional<Double> gb = nonNegative(a.value("--storage").orElse(""));
            if (gb.isEmpty()) {
                return new Result(null, new UsageProblem(a.word("--storage"), "--storage expects GB, e.g. 40"));
            }
            storage = gb.get();
        }
        List<SortKey> order = parseOrder(a.value("--order").orElse("score-"));
        OfferQuery query = new OfferQuery(valid.filters(), order, type, limit, storage);
        return new Result(new SearchOffersArgs(query, text, valid.warnings()), null);
    }

    /** Parses a {@code -o} value: comma-separated fields, {@code -} at either end for descending, aliases applied. */
    public static List<SortKey> parseOrder(String text) {
        List<SortKey> keys = new ArrayList<>();
        for (String raw : text.split(",", -1)) {
            String name = raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            boolean desc = false;
            if (name.startsWith("-") || name.endsWith("-")) {
                desc = true;
                name = strip(name, '-');
            } else if (name.startsWith("+") || name.endsWith("+")) {
                name = strip(name, '+');
            }
            keys.add(new SortKey(QueryFields.canonical(name), desc));
        }
        return keys;
    }

    private static OfferType type(ParsedArgs a) {
        // The official CLI stores every pricing flag into one destination; the last one given wins.
        String[] flags = {"--type", "--interruptible", "--bid", "--reserved", "--on-demand"};
        String last = null;
        int lastWord = -1;
        for (String f : flags) {
            if (a.has(f) && a.word(f) > lastWord) {
                lastWord = a.word(f);
                last = f;
            }
        }
        if (last == null) {
            return OfferType.ON_DEMAND;
        }
        return switch (last) {
            case "--interruptible", "--bid" -> OfferType.INTERRUPTIBLE;
            case "--reserved" -> OfferType.RESERVED;
            case "--on-demand" -> OfferType.ON_DEMAND;
            default -> OfferType.parse(a.value("--type").orElse("")).orElse(OfferType.ON_DEMAND);
        };
    }

    private static String strip(String s, char c) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == c) {
            start++;
        }
        while (end > start && s.charAt(end - 1) == c) {
            end--;
        }
        return s.substring(start, end);
    }

    private static Optional<Integer> positiveInt(String s) {
        return Numbers.whole(s).filter(n -> n >= 1 && n <= Integer.MAX_VALUE).map(Long::intValue);
    }

    private static Optional<Double> nonNegative(String s) {
        return Numbers.finite(s).filter(d -> d >= 0);
    }
}
