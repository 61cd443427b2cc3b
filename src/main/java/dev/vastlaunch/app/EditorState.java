package dev.vastlaunch.app;

import dev.vastlaunch.launch.LaunchDraft;
import dev.vastlaunch.launch.TokenProblem;
import java.util.List;

/**
 * Returns the draft being edited and the Docker-options text shown beside it.
 *
 * @param envText the options text as typed; equals {@code draft.env().toOptions()} when it has no problems
 * @param envProblems tokens of {@code envText} that cannot be used, with columns
 */
public record EditorState(LaunchDraft draft, String envText, List<TokenProblem> envProblems) {
    public EditorState {
        envProblems = List.copyOf(envProblems);
    }

    /** Returns an empty draft. */
    public static EditorState initial() {
        return new EditorState(LaunchDraft.empty(), "", List.of());
    }

    /** Returns this state with {@code next} as the draft and the options text regenerated from it. */
    public EditorState withDraft(LaunchDraft next) {
        return new EditorState(next, next.env().toOptions(), List.of());
    }
}
