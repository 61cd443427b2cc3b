package dev.vastlaunch.shell;

import dev.vastlaunch.app.State;
import dev.vastlaunch.command.Completions;
import dev.vastlaunch.command.Suggestion;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** Adapts {@link Completions} to JLine: every candidate for the word, with description and group; JLine filters. */
final class JLineCompleter implements Completer {
    private final Completions completions;
    private final Supplier<State> state;

    JLineCompleter(Completions completions, Supplier<State> state) {
        this.completions = completions;
        this.state = state;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word();
        String partial = word.substring(0, Math.max(0, Math.min(line.wordCursor(), word.length())));
        for (Suggestion s : completions.suggest(state.get(), line.words(), line.wordIndex(), partial)) {
            candidates.add(new Candidate(
                    s.value(),
                    s.display(),
                    s.group(),
                    s.description().isEmpty() ? null : s.description(),
                    null,
                    null,
                    s.complete()));
        }
    }
}
