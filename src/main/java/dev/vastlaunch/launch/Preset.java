package dev.vastlaunch.launch;

import dev.vastlaunch.offers.OfferQuery;
import dev.vastlaunch.offers.Outcome;
import java.util.List;
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
 */
public record Preset(
        String name,
        String description,
        OfferQuery query,
        LaunchDraft draft,
        String searchLine,
        String createLine,
        boolean shipped) {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?");

    /** Returns this preset launching {@code next} (its env values taken from the environment). */
    public Preset withDraft(LaunchDraft next) {
        return new Preset(name, description, query, next, searchLine, createLine, shipped);
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
