package dev.vastlaunch.launch;

import java.util.List;

/** Returns what {@link EnvSpecParser} made of a text: the usable entries and every token it could not use. */
public record EnvParse(EnvSpec spec, List<TokenProblem> problems) {
    public EnvParse {
        problems = List.copyOf(problems);
    }

    /** Returns whether every token was used. */
    public boolean isClean() {
        return problems.isEmpty();
    }
}
