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
 * history; usage problems are shown under the prompt and the line is offered again for editing.
 *
 * <p>Esc, Ctrl-C, Ctrl-D or an empty line cancel. The line reader is built on the first {@code :} and reused.
 */
public final class JLineCommandBar implements CommandBar {
    private static final String CANCEL = "vastlaunch-cancel";
    private static final long ESC_TIMEOUT_MILLIS = 150;

    private final Terminal terminal;
    private final Function<Supplier<String>, String> prompter;
    private final @Nullable Path historyFile;
    private final CommandTable commands;
    private @Nullable LineReader reader;
    private State current = State.initial(false);
    private boolean escaped;

    /** Returns a bar on {@code owner}'s terminal keeping its (masked) history in {@code historyFile}. */
    public JLineCommandBar(TerminalOwner owner, Path historyFile) {
        this(owner.jline(), owner::prompt, historyFile, CommandTable.standard());
    }

    /** Returns a bar on {@code terminal}; {@code prompter} runs a line prompt in the tty mode line editing needs. */
    JLineCommandBar(
            Terminal terminal,
            Function<Supplier<String>, String> prompter,
            @Nullable Path historyFile,
            CommandTable commands) {
        this.terminal = terminal;
        this.prompter = prompter;
        this.historyFile = historyFile;
        this.commands = commands;
    }

    @Override
    public BarResult read(State state) {
        current = state;
        LineReader r = reader();
        String prefill = "";
        String problem = Readers.historyProblem(r);
        String above = problem == null ? "" : problem;
        while (true) {
            String line = readOnce(r, ":", prefill, above);
            if (line == null || line.isBlank()) {
                return BarResult.cancelled();
            }
            LineResult result = commands.parse(line, state, Entry.BAR);
            ParseOutcome o = result.outcome();
            prefill = "";
            above = "";
            if (o instanceof ParseOutcome.Problem p) {
                above = Problems.under(1 + result.column(), p.message());
                prefill = line;
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
                        Panels.of(line.strip(), run, state.instances()).orElse(null));
            } else {
                above = Problems.under(1, "the screens are already open");
            }
        }
    }

    private BarResult ask(LineReader r, ParseOutcome.ConfirmThen ask, String title, State state) {
        r.setVariable(LineReader.DISABLE_HISTORY, true);
        try {
            String answer = readOnce(r, ask.question(), "", "");
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
            String answer = readOnce(r, Render.confirmQuestion(state), "", "");
            boolean yes = answer != null
                    && List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT));
            return BarResult.of(List.of(yes ? new Action.ConfirmLaunch() : new Action.CancelLaunch()));
        } finally {
            r.setVariable(LineReader.DISABLE_HISTORY, false);
        }
    }

    /** Reads a line on the last row, after printing {@code above}; returns null when cancelled. */
    private @Nullable String readOnce(LineReader r, String prompt, String prefill, String above) {
        escaped = false;
        String line;
        try {
            line = prompter.apply(() -> {
                PrintWriter w = terminal.writer();
                if (!above.isEmpty()) {
                    w.print("\r" + above.replace("\n", "\r\n") + "\r\n");
                }
                int rows = terminal.getSize().getRows();
                if (rows > 0) {
                    w.print("\u001b[" + rows + ";1H\u001b[2K");
                }
                w.flush();
                return r.readLine(prompt, null, (Character) null, prefill);
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
        r = Readers.build(terminal, new Completions(commands, false), () -> current, historyFile);
        LineReader built = r;
        r.getWidgets().put(CANCEL, () -> {
            escaped = true;
            built.getBuffer().clear();
            built.callWidget(LineReader.ACCEPT_LINE);
            return true;
        });
        KeyMap<Binding> main = r.getKeyMaps().get(LineReader.MAIN);
        if (main != null) {
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
