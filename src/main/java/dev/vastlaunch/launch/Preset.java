package dev.vastlaunch.launch;

import dev.vastlaunch.offers.OfferQuery;
import dev.vastlaunch.offers.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Returns a named launch recipe: the search that finds its offer and the draft (no offer) it launches; env values
 * written {@code $NAME} are taken from the environment at launch.
 *
 * @param description the file's first comment line, or empty
 * @param searchLine the {@code search offers ...} line as written (or the default search)
 * @param createLine the {@code create instance ...} line as written
 * @param shipped whether the preset comes with vastlaunch (the user's own file of the same name wins)
 * @param references each env key whose value the file takes from a variable, with the {@code $NAME} text written
 */
public record Preset(
        String name,
        String description,
        OfferQuery query,
        LaunchDraft draft,
        String searchLine,
        String createLine,
        boolean shipped,
        Map<String, String> references) {

    /** Returns a preset as read, its references taken from {@code draft}. */
    public Preset(
            String name,
            String description,
            OfferQuery query,
            LaunchDraft draft,
            String searchLine,
            String createLine,
            boolean shipped) {
        this(name, description, query, draft, searchLine, createLine, shipped, referencesOf(draft));
    }

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?");

    /**
     * Returns this preset launching {@code next} (its env values taken from the environment); {@link #recipeOf} still
     * knows which values came from which variable.
     */
    public Preset withDraft(LaunchDraft next) {
        return new Preset(name, description, query, next, searchLine, createLine, shipped, references);
    }

    /**
     * Returns {@code edited} (a draft that began as this preset's) as a recipe to write down: every env value this
     * preset took from a variable and the user left as it was is written as that variable again, so the history and a
     * saved preset keep {@code $NAME}, never the value the environment gave.
     */
    public LaunchDraft recipeOf(LaunchDraft edited) {
        LaunchDraft out = edited;
        for (EnvEntry.Variable v : edited.env().variables()) {
            String reference = references.get(v.key());
            if (reference != null && draft.env().variables().contains(v)) {
                out = out.putEnv(new EnvEntry.Variable(v.key(), reference));
            }
        }
        return out;
    }

    /** Returns each env key whose value is a variable ({@code $NAME} or {@code ${NAME}}), with that text. */
    static Map<String, String> referencesOf(LaunchDraft d) {
        Map<String, String> out = new LinkedHashMap<>();
        for (EnvEntry.Variable v : d.env().variables()) {
            if (reference(v.value()).isPresent()) {
                out.put(v.key(), v.value());
            }
        }
        return Map.copyOf(out);
    }

    /** Returns the recipe as a preset file's text: a comment, the search line and the create line. */
    public String text() {
        return (description.isEmpty() ? "" : "# " + description + "\n") + searchLine + "\n" + createLine + "\n";
    }

    /** Returns the environment variables the preset takes values from, in the order of its env. */
    public List<String> variables() {
        return draft.env().variables().stream()
                .map(v -> reference(v.value()))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * Returns the draft with every {@code $NAME} env value taken from {@code environment}, or why it cannot launch
     * (a variable is not set).
     */
    public Outcome<LaunchDraft> resolve(Function<String, Optional<String>> environment) {
        LaunchDraft out = draft;
        for (EnvEntry.Variable v : draft.env().variables()) {
            Optional<String> ref = reference(v.value());
            if (ref.isEmpty()) {
                continue;
            }
            Optional<String> value = environment.apply(ref.get());
            if (value.isEmpty()) {
                return new Outcome.Failed<>("preset " + name + " takes " + v.key() + " from the environment variable "
                        + ref.get() + ", which is not set: export " + ref.get() + "=... and run it again"
                        + " (or save the preset with --secrets to store the value)");
            }
            out = out.putEnv(new EnvEntry.Variable(v.key(), value.get()));
        }
        return new Outcome.Ok<>(out);
    }

    /** Returns the variable an env value refers to ({@code $NAME} or {@code ${NAME}}), if it is one. */
    static Optional<String> reference(String value) {
        Matcher m = REFERENCE.matcher(value);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
