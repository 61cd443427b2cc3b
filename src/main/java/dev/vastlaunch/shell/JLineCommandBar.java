package dev.vastlaunch.shell;

import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.BarResult;
import dev.vastlaunch.app.CommandBar;
import dev.vastlaunch.app.LaunchPhase;
import dev.vastlaunch.app.State;
import dev.vastlaunch.app.Status;
import dev.vastlaunch.command.CommandTable;
import dev.vastlaunch.command.Completions;
import dev.vastlaunch.command.Entry;
import dev.vastlaunch.command.LineResult;
import dev.vastlaunch.command.Panels;
import dev.vastlaunch.command.ParseOutcome;
import dev.vastlaunch.command.Problems;
import dev.vastlaunch.command.Render;
import dev.vastlaunch.offers.TextWrap;
import dev.vastlaunch.term.TerminalOwner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jspecify.annotations.Nullable;

/**
 * Reads one command on the screens' {@code :} bar: a JLine prompt on the terminal's last row, with completion and
 * history; a usage problem is shown above the prompt, with the line and a caret, and Up brings the line back.
 *
 * <p>Esc, Ctrl-C, Ctrl-D or an empty line cancel. The line reader is built on the first {@code :} and reused.
 */
public final class JLineCommandBar implements CommandBar {
    private static final String CANCEL = "vastlaunch-cancel";
    private static final String COMPLETE = "vastlaunch-complete";
    private static final long ESC_TIMEOUT_MILLIS = 150;

    private final Supplier<Terminal> terminalSource;
    private @Nullable Terminal terminal;
    private @Nullable PopupCompletion popup;
    private final Function<Supplier<String>, String> prompter;
    private final @Nullable Path historyFile;
    private final Supplier<CommandTable> commandsSource;
    private @Nullable CommandTable commands;
    private @Nullable LineReader reader;
    private State current = State.initial(false);
    private boolean escaped;

    /** Returns a bar on {@code owner}'s terminal keeping its (masked) history in {@code historyFile}. */
    public JLineCommandBar(TerminalOwner owner, Path historyFile) {
        this(owner::jline, owner::prompt, historyFile, CommandTable::standard);
    }

    /**
     * Returns a bar on the terminal {@code terminal} gives on the first {@code :}; {@code prompter} runs a line prompt
     * in the tty mode line editing needs.
     */
    JLineCommandBar(
            Supplier<Terminal> terminal,
            Function<Supplier<String>, String> prompter,
            @Nullable Path historyFile,
            Supplier<CommandTable> commands) {
        this.terminalSource = terminal;
        this.prompter = prompter;
        this.historyFile = historyFile;
        this.commandsSource = commands;
    }

    /** Returns the terminal, asked for on the first {@code :} (the app builds it after the first frame). */
    private Terminal terminal() {
        Terminal t = terminal;
        if (t == null) {
            t = terminalSource.get();
            terminal = t;
        }
        return t;
    }

    private PopupCompletion popup() {
        PopupCompletion p = popup;
        if (p == null) {
            p = new PopupCompletion(terminal());
            popup = p;
        }
        return p;
    }

    /** Returns the command table, built on the first {@code :} (it is not needed for the first frame). */
    private CommandTable commands() {
        CommandTable c = commands;
        if (c == null) {
            c = commandsSource.get();
            commands = c;
        }
        return c;
    }

    @Override
    public BarResult read(State state) {
        current = state;
        LineReader r = reader();
        String problem = Readers.historyProblem(r);
        String above = problem == null ? "" : problem;
        while (true) {
            String line = readOnce(r, ":", above);
            if (line == null || line.isBlank()) {
                return BarResult.cancelled();
            }
            // A : typed again at the start of the bar is the user opening the bar once more, not part of the command.
            line = line.replaceFirst("^\\s*:+", "");
            LineResult result = commands().parse(line, state, Entry.BAR);
            ParseOutcome o = result.outcome();
            above = "";
            if (o instanceof ParseOutcome.Problem p) {
                // The caret points into the line as typed; the next prompt starts empty (Up brings the line back),
                // so a : typed again does not append to the failed line.
                above = ":" + line + "\n" + Problems.under(1 + result.column(), p.message());
            } else if (o instanceof ParseOutcome.Say say) {
                return BarResult.showing(List.of(), Panels.text(line.strip(), say.text()));
            } else if (o instanceof ParseOutcome.Quit) {
                return new BarResult(List.of(), true, null);
            } else if (o instanceof ParseOutcome.ConfirmThen ask) {
                return ask(r, ask, line.strip(), state);
            } else if (o instanceof ParseOutcome.Ssh ssh) {
                return BarResult.ssh(ssh.request());
            } else if (o instanceof ParseOutcome.Confirm) {
                if (state.launch().phase() != LaunchPhase.CONFIRMING) {
                    above = Problems.under(1, "nothing to confirm: launch first (it shows the review)");
                    continue;
                }
                return confirm(r, state);
            } else if (o instanceof ParseOutcome.Run run) {
                List<Action> actions = new ArrayList<>(run.actions());
                if (!run.notes().isEmpty()) {
                    actions.add(new Action.ShowStatus(Status.warning(String.join("; ", run.notes()))));
                }
                return new BarResult(
                                actions,
                                false,
                                Panels.of(line.strip(), run, state.instances()).orElse(null))
                        .wide(result.wide());
            } else {
                above = Problems.under(1, "the screens are already open");
            }
        }
    }

    private BarResult ask(LineReader r, ParseOutcome.ConfirmThen ask, String title, State state) {
        r.setVariable(LineReader.DISABLE_HISTORY, true);
        try {
            String answer = readOnce(r, ask.question(), "");
            boolean yes = answer != null
                    && List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT));
            if (!yes) {
                return BarResult.of(List.of(new Action.ShowStatus(Status.info("cancelled; nothing was sent"))));
            }
            ParseOutcome.Run run = new ParseOutcome.Run(ask.actions(), ask.report(), ask.subject(), List.of());
            return new BarResult(
                    ask.actions(),
                    false,
                    Panels.of(title, run, state.instances()).orElse(null));
        } finally {
            r.setVariable(LineReader.DISABLE_HISTORY, false);
        }
    }

    private BarResult confirm(LineReader r, State state) {
        r.setVariable(LineReader.DISABLE_HISTORY, true);
        try {
            String answer = readOnce(r, Render.confirmQuestion(state), "");
            boolean yes = answer != null
                    && List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT));
            return BarResult.of(List.of(yes ? new Action.ConfirmLaunch() : new Action.CancelLaunch()));
        } finally {
            r.setVariable(LineReader.DISABLE_HISTORY, false);
        }
    }

    /** Reads a line on the last row, after printing {@code above}; returns null when cancelled. */
    private @Nullable String readOnce(LineReader r, String prompt, String above) {
        escaped = false;
        String line;
        try {
            line = prompter.apply(() -> {
                Terminal terminal = terminal();
                PrintWriter w = terminal.writer();
                int rows = terminal.getSize().getRows();
                int columns = terminal.getSize().getColumns();
                if (!above.isEmpty() && rows > 1) {
                    // The message goes in the rows above the bar, so repeated errors never scroll the screens.
                    String[] lines = (columns > 0 ? TextWrap.hanging(above, columns - 1) : above).split("\n", -1);
                    int n = Math.min(lines.length, rows - 1);
                    for (int i = 0; i < n; i++) {
                        w.print("\u001b[" + (rows - n + i) + ";1H\u001b[2K" + lines[lines.length - n + i]);
                    }
                }
                if (rows > 0) {
                    w.print("\u001b[" + rows + ";1H\u001b[2K");
                }
                w.flush();
                popup().forget();
                return r.readLine(prompt);
            });
        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        }
        return escaped ? null : line;
    }

    private LineReader reader() {
        LineReader r = reader;
        if (r != null) {
            return r;
        }
        r = Readers.build(terminal(), new Completions(commands(), false), () -> current, historyFile);
        LineReader built = r;
        r.getWidgets().put(CANCEL, () -> {
            escaped = true;
            built.getBuffer().clear();
            built.callWidget(LineReader.ACCEPT_LINE);
            return true;
        });
        PopupCompletion completion = popup();
        r.getWidgets().put(COMPLETE, () -> completion.complete(built));
        KeyMap<Binding> main = r.getKeyMaps().get(LineReader.MAIN);
        if (main != null) {
            main.bind(new Reference(COMPLETE), "\t");
            main.bind(new Reference(CANCEL), KeyMap.esc());
            // With ISIG on, the tty turns Ctrl-C into SIGINT (UserInterruptException); if a full-screen phase left
            // it off, the key itself arrives and cancels the same way.
            main.bind(new Reference(CANCEL), KeyMap.ctrl('C'));
        }
        r.setVariable(LineReader.AMBIGUOUS_BINDING, ESC_TIMEOUT_MILLIS);
        // JLine copies the timeout into each key map when it builds them, so the variable alone comes too late.
        r.getKeyMaps().values().forEach(k -> k.setAmbiguousTimeout(ESC_TIMEOUT_MILLIS));
        reader = r;
        return r;
    }
}
