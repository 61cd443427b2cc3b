package dev.vastlaunch.shell;

import dev.vastlaunch.app.State;
import dev.vastlaunch.command.Completions;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jspecify.annotations.Nullable;

/** Builds the line reader both front-ends use: the completer, the masking history and safe options. */
final class Readers {
    private Readers() {}

    static LineReader build(
            Terminal terminal, Completions completions, Supplier<State> state, @Nullable Path historyFile) {
        LineReaderBuilder b = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("vastlaunch")
                .parser(new DefaultParser())
                .completer(new JLineCompleter(completions, state))
                .history(new MaskingHistory(historyFile))
                .variable(LineReader.HISTORY_SIZE, 1000)
                .variable(LineReader.HISTORY_FILE_SIZE, 2000)
                // '!=' is a query operator, not history expansion.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, false)
                .option(LineReader.Option.AUTO_GROUP, true)
                .option(LineReader.Option.GROUP, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true);
        if (historyFile != null) {
            b.variable(LineReader.HISTORY_FILE, historyFile);
        }
        LineReader reader = b.build();
        // Load the history now rather than at the first prompt, so a damaged file is reported before it.
        reader.getHistory().attach(reader);
        return reader;
    }

    /** Returns what was wrong with the history file of {@code reader} (once), or null. */
    static @Nullable String historyProblem(LineReader reader) {
        return reader.getHistory() instanceof MaskingHistory h ? h.takeProblem() : null;
    }
}
