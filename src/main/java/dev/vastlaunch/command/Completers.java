package dev.vastlaunch.command;

import dev.vastlaunch.app.Screen;
import dev.vastlaunch.app.State;
import dev.vastlaunch.launch.EnvEntry;
import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.LaunchDraft;
import dev.vastlaunch.launch.Template;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Returns candidates from the state in memory: offer ids, templates, images, env keys, screens, columns. */
public final class Completers {
    static final String OFFERS = "offers";
    static final String TEMPLATES = "templates";
    static final String VALUES = "values";

    private static final Map<String, String> COMMON_PORTS = new LinkedHashMap<>();

    static {
        COMMON_PORTS.put("22", "ssh");
        COMMON_PORTS.put("8888", "jupyter");
        COMMON_PORTS.put("6006", "tensorboard");
        COMMON_PORTS.put("7860", "gradio");
        COMMON_PORTS.put("8000", "http / vLLM");
        COMMON_PORTS.put("8080", "http");
        COMMON_PORTS.put("11434", "ollama");
    }

    private Completers() {}

    /** Returns the loaded offers' ids in display order, described by GPU, price and reliability. */
    static List<Suggestion> offerIds(State state, String partial) {
        List<Suggestion> out = new ArrayList<>();
        for (Offer o : state.offers().view()) {
            out.add(Suggestion.of(String.valueOf(o.id()), describe(o), OFFERS));
        }
        return out;
    }

    /** Returns e.g. {@code "1x RTX 4090 · $0.3500/h · 99.2%"}. */
    static String describe(Offer o) {
        return o.numGpus() + "x " + o.gpuName() + " · $" + String.format(Locale.ROOT, "%.4f", o.listedDph()) + "/h · "
                + String.format(Locale.ROOT, "%.1f%%", o.reliability() * 100);
    }

    /** Returns the user's instances' ids. */
    static List<Suggestion> instanceIds(State state, String partial) {
        List<Suggestion> out = new ArrayList<>();
        for (Instance i : state.instances().list()) {
            String status = i.actualStatus() == null ? "provisioning" : i.actualStatus();
            out.add(Suggestion.of(
                    String.valueOf(i.id()), i.numGpus() + "x " + i.gpuName() + " · " + status, "instances"));
        }
        return out;
    }

    /** Returns the loaded templates by name and by hash, and {@code none}. */
    static List<Suggestion> templates(State state, String partial) {
        List<Suggestion> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Template t : state.templates().loaded()) {
            if (names.add(t.name())) {
                out.add(Suggestion.of(t.name(), t.imageRef() + (t.recommended() ? " · recommended" : ""), TEMPLATES));
            }
        }
        out.addAll(templateHashes(state, partial));
        out.add(Suggestion.of("none", "drop the template", VALUES));
        return out;
    }

    /** Returns the loaded templates' hashes. */
    static List<Suggestion> templateHashes(State state, String partial) {
        List<Suggestion> out = new ArrayList<>();
        for (Template t : state.templates().loaded()) {
            out.add(Suggestion.of(t.hashId(), t.name(), "template hashes"));
        }
        return out;
    }

    /** Returns the images seen before: the draft's, those launched here recently and the templates' images. */
    static List<Suggestion> images(State state, String partial) {
        Map<String, String> seen = new LinkedHashMap<>();
        LaunchDraft d = state.editor().draft();
        if (d.image() != null) {
            seen.put(d.image(), "current image");
        }
        for (String image : state.templates().recentImages()) {
            seen.putIfAbsent(image, "launched here recently");
        }
        for (Template t : state.templates().loaded()) {
            seen.putIfAbsent(t.imageRef(), "from template " + t.name());
        }
        List<Suggestion> out = new ArrayList<>();
        seen.forEach((ref, why) -> out.add(Suggestion.of(ref, why, "images")));
        return out;
    }

    /** Returns the draft's variables as {@code KEY=} to edit their value. */
    static List<Suggestion> envAssignments(State state, String partial) {
        List<Suggestion> out = new ArrayList<>();
        for (EnvEntry.Variable v : state.editor().draft().env().variables()) {
            out.add(Suggestion.partial(v.key() + "=", v.key(), "now " + shown(v), "env"));
        }
        return out;
    }

    /** Returns the draft's variable names and port specs, for {@code unset}. */
    static List<Suggestion> envKeys(State state, String partial) {
        List<Suggestion> out = new ArrayList<>();
        for (EnvEntry.Variable v : state.editor().draft().env().variables()) {
            out.add(Suggestion.of(v.key(), shown(v), "env"));
        }
        for (EnvEntry.Port p : state.editor().draft().env().ports()) {
            out.add(Suggestion.of(p.spec(), "port " + p.containerKey(), "ports"));
        }
        return out;
    }

    /** Returns a variable's value as shown on screen: masked when the key looks secret. */
    static String shown(EnvEntry.Variable v) {
        return v.isSecret() ? "***" : v.value();
    }

    /** Returns ports people often map. */
    static List<Suggestion> ports(State state, String partial) {
        List<Suggestion> out = new ArrayList<>();
        COMMON_PORTS.forEach((port, what) -> out.add(Suggestion.of(port, what, "ports")));
        return out;
    }

    /** Returns the screens by name. */
    static List<Suggestion> screens(State state, String partial) {
        List<Suggestion> out = new ArrayList<>();
        for (Screen s : Screen.values()) {
            out.add(Suggestion.of(screenName(s), s.title(), "screens"));
        }
        return out;
    }

    /** Returns the name a screen is typed as. */
    static String screenName(Screen s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    /** Returns the offers table's columns by name. */
    static List<Suggestion> columns(State state, String partial) {
        List<Suggestion> out = new ArrayList<>();
        for (OfferColumn c : OfferColumn.values()) {
            out.add(Suggestion.of(columnName(c), c.title() + " (Shift-" + c.key() + ")", "columns"));
        }
        return out;
    }

    /** Returns the name a column is typed as, e.g. {@code price}, {@code dlperf_usd}. */
    static String columnName(OfferColumn c) {
        return c.name().toLowerCase(Locale.ROOT);
    }

    /** Returns fixed values with descriptions, in order. */
    static ArgCompleter values(String... valueThenDescription) {
        List<Suggestion> out = new ArrayList<>();
        for (int i = 0; i + 1 < valueThenDescription.length; i += 2) {
            out.add(Suggestion.of(valueThenDescription[i], valueThenDescription[i + 1], VALUES));
        }
        List<Suggestion> fixed = List.copyOf(out);
        return (state, partial) -> fixed;
    }

    /** Returns the bid suggestions: the selected offer's minimum bid, and {@code none}. */
    static List<Suggestion> bids(State state, String partial) {
        List<Suggestion> out = new ArrayList<>();
        var facts = state.editor().draft().offer();
        if (facts != null && facts.minBid() != null) {
            out.add(Suggestion.of(
                    String.format(Locale.ROOT, "%.4f", facts.minBid()), "the offer's minimum bid, $/h", VALUES));
        }
        out.add(Suggestion.of("none", "on-demand (no bid)", VALUES));
        return out;
    }

    /** Returns the GPU model names known: the marketplace's list and those of the loaded offers. */
    static List<String> gpuNames(State state) {
        Set<String> names = new LinkedHashSet<>(state.gpuNames());
        state.offers().loaded().forEach(o -> names.add(o.gpuName()));
        return new ArrayList<>(names);
    }
}
