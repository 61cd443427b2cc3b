package dev.vastlaunch.launch;

import dev.vastlaunch.offers.OfferQuery;
import dev.vastlaunch.offers.OfferType;
import dev.vastlaunch.offers.SearchOffersArgs;
import dev.vastlaunch.offers.SearchOffersCommand;
import dev.vastlaunch.offers.SortKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads and writes preset files: {@code vastai} command lines ({@code search offers ...} and {@code create instance
 * ...} without an offer id) read with the same parsers as the command bar, {@code #} comments, {@code \} at a line's
 * end continuing it.
 */
public final class PresetText {
    /** The file name ending of a preset. */
    public static final String EXTENSION = ".preset";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private PresetText() {}

    /** Returns why {@code name} cannot name a preset (letters, digits, {@code . _ -}; at most 64), or empty. */
    public static java.util.Optional<String> nameProblem(String name) {
        if (NAME.matcher(name).matches() && !name.endsWith(".")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("'" + name + "' cannot name a preset: use letters, digits, '.', '_' and '-'"
                + " (at most 64, starting with a letter or digit)");
    }

    /** Parses the text of preset {@code name}; a bad file is returned with the first reason, never thrown. */
    public static PresetRead parse(String name, String text, boolean shipped) {
        java.util.Optional<String> badName = nameProblem(name);
        if (badName.isPresent()) {
            return new PresetRead.Bad(name, badName.get());
        }
        String description = "";
        String searchLine = null;
        SearchOffersArgs search = null;
        String createLine = null;
        LaunchDraft draft = null;
        List<String> lines = joined(text);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String where = "line " + (i + 1) + ": ";
            if (line.startsWith("#")) {
                if (description.isEmpty() && searchLine == null && createLine == null) {
                    description = line.substring(1).strip();
                }
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            ShellWords.Split split = ShellWords.split(line);
            if (split.problem().isPresent()) {
                return new PresetRead.Bad(name, where + "a quote is never closed");
            }
            List<String> words = split.texts();
            if (!words.isEmpty() && words.get(0).equals("vastai")) {
                words = words.subList(1, words.size());
            }
            String verb = words.size() >= 2 ? lower(words.get(0)) + " " + lower(words.get(1)) : "";
            List<String> rest = words.size() >= 2 ? words.subList(2, words.size()) : List.of();
            if (verb.equals("search offers")) {
                if (searchLine != null) {
                    return new PresetRead.Bad(name, where + "a second search offers line");
                }
                SearchOffersCommand.Result r = SearchOffersCommand.parse(rest);
                if (r.args() == null) {
                    return new PresetRead.Bad(
                            name,
                            where
                                    + (r.problem() == null
                                            ? "bad search"
                                            : r.problem().describe()));
                }
                search = r.args();
                searchLine = line;
            } else if (verb.equals("create instance")) {
                if (createLine != null) {
                    return new PresetRead.Bad(name, where + "a second create instance line");
                }
                CreateInstanceCommand.Result r = CreateInstanceCommand.parseRecipe(rest, FileSource.none());
                if (r.args() == null) {
                    return new PresetRead.Bad(
                            name,
                            where
                                    + (r.problem() == null
                                            ? "bad create line"
                                            : oneLine(r.problem().describe())));
                }
                draft = r.args().draft();
                createLine = line;
            } else {
                return new PresetRead.Bad(
                        name, where + "expected 'search offers ...' or 'create instance ...', not '" + cut(line) + "'");
            }
        }
        if (draft == null || createLine == null) {
            return new PresetRead.Bad(name, "no 'create instance ...' line (the image, env and options to launch)");
        }
        List<Problem> blocking = draft.validate().stream()
                .filter(Problem::blocking)
                .filter(p -> !p.field().equals("offer"))
                .toList();
        if (!blocking.isEmpty()) {
            return new PresetRead.Bad(
                    name, "create instance: " + blocking.get(0).describe());
        }
        if (search == null || searchLine == null) {
            search = SearchOffersCommand.parse(List.of()).args();
            searchLine = "search offers";
            if (search == null) {
                return new PresetRead.Bad(name, "the default search does not parse");
            }
        }
        return new PresetRead.Good(
                new Preset(name, description, search.query(), draft, searchLine, createLine, shipped));
    }

    /**
     * Returns the {@code search offers} line of a search typed in the offers screen (the screen shows the default
     * filters in its text, so {@code -n} keeps a removed default removed).
     */
    public static String searchLine(String queryText, OfferType type, double storageGb, List<SortKey> order) {
        List<String> w = new ArrayList<>(List.of("search", "offers"));
        String q = queryText.strip();
        if (!q.isEmpty()) {
            w.add(ShellQuote.quote(q));
        }
        if (!(q.contains("verified") && q.contains("external") && q.contains("rentable"))) {
            w.add("-n");
        }
        if (!order.isEmpty()) {
            w.add("-o");
            w.add(String.join(
                    ",",
                    order.stream()
                            .map(k -> k.field() + (k.descending() ? "-" : ""))
                            .toList()));
        }
        if (type != OfferType.ON_DEMAND) {
            w.add("--type");
            w.add(type == OfferType.INTERRUPTIBLE ? "interruptible" : "reserved");
        }
        if (storageGb != OfferQuery.DEFAULT_STORAGE_GB) {
            w.add("--storage");
            w.add(number(storageGb));
        }
        return String.join(" ", w);
    }

    /**
     * Returns the {@code create instance} line of {@code draft} (its offer and bid left out: a preset searches at
     * launch); secret env values become {@code $KEY} and the registry login is left out unless {@code keepSecrets}.
     */
    public static String createLine(LaunchDraft d, boolean keepSecrets) {
        List<String> w = new ArrayList<>(List.of("create", "instance"));
        if (d.image() != null) {
            w.add("--image");
            w.add(ShellQuote.quote(d.image()));
        }
        d.templateHash().ifPresent(h -> {
            w.add("--template_hash");
            w.add(ShellQuote.quote(h));
        });
        w.add("--disk");
        w.add(number(d.effectiveDiskGb()));
        if (!d.env().entries().isEmpty()) {
            List<String> options = new ArrayList<>();
            for (EnvEntry e : d.env().entries()) {
                if (e instanceof EnvEntry.Variable v
                        && Preset.reference(v.value()).isPresent()) {
                    // A variable stays as written ($NAME or ${NAME}: nothing in it needs quoting).
                    options.add("-e " + v.key() + "=" + v.value());
                } else if (e instanceof EnvEntry.Variable v && !keepSecrets && v.isSecret()) {
                    options.add("-e " + v.key() + "=$" + v.key().replaceAll("[^A-Za-z0-9_]", "_"));
                } else {
                    options.add(e.toOption());
                }
            }
            w.add("--env");
            w.add(ShellQuote.quote(String.join(" ", options)));
        }
        if (d.onstart() != null) {
            w.add("--onstart-cmd");
            w.add(ShellQuote.quote(d.onstart()));
        }
        if (d.mode() == LaunchMode.JUPYTER) {
            w.add("--jupyter");
        } else if (d.mode() == LaunchMode.SSH) {
            w.add("--ssh");
        }
        if (d.direct()) {
            w.add("--direct");
        }
        for (LaunchOption o : LaunchOption.values()) {
            if (o == LaunchOption.IMAGE_LOGIN && !keepSecrets) {
                continue;
            }
            if (o.isSwitch() && o.isOn(d)) {
                w.add(o.flag());
            } else if (!o.isSwitch() && o.text(d) != null) {
                w.add(o.flag());
                w.add(ShellQuote.quote(java.util.Objects.requireNonNull(o.text(d))));
            }
        }
        if (d.mode() == LaunchMode.ARGS || !d.args().isEmpty()) {
            w.add("--args");
            d.args().forEach(a -> w.add(ShellQuote.quote(a)));
        }
        return String.join(" ", w);
    }

    /** Returns whether {@code d} holds a value that {@link #createLine} leaves out unless secrets are kept. */
    public static boolean hasSecrets(LaunchDraft d) {
        return d.imageLogin() != null
                || d.env().variables().stream()
                        .anyMatch(
                                v -> v.isSecret() && Preset.reference(v.value()).isEmpty());
    }

    /**
     * Returns the logical lines of {@code text}: a {@code \\} at a line's end continues it, and a quote left open
     * (a multi-line onstart script) takes the next lines into the same word. Each logical line sits at the index of
     * the physical line it ends on, so problems name that line.
     */
    private static List<String> joined(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoteOpen = false;
        for (String raw : text.split("\\R", -1)) {
            String line = quoteOpen ? raw : current.length() > 0 ? raw.strip() : raw.stripTrailing();
            if (quoteOpen) {
                current.append('\n');
            }
            if (!quoteOpen && line.endsWith("\\") && !line.strip().startsWith("#")) {
                current.append(line.substring(0, line.length() - 1).stripTrailing())
                        .append(' ');
                out.add("");
                continue;
            }
            current.append(line);
            quoteOpen = !current.toString().strip().startsWith("#")
                    && ShellWords.split(current.toString()).problem().isPresent();
            if (quoteOpen) {
                out.add("");
                continue;
            }
            out.add(current.toString());
            current.setLength(0);
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String oneLine(String s) {
        return s.replace("\n  ", "; ").replace('\n', ' ');
    }

    private static String cut(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
