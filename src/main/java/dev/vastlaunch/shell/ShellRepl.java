package dev.vastlaunch.shell;

import dev.vastlaunch.app.HandOff;
import dev.vastlaunch.app.LaunchPhase;
import dev.vastlaunch.app.LaunchState;
import dev.vastlaunch.app.LaunchWords;
import dev.vastlaunch.app.Ports;
import dev.vastlaunch.app.SessionDriver;
import dev.vastlaunch.app.State;
import dev.vastlaunch.command.CommandTable;
import dev.vastlaunch.command.Completions;
import dev.vastlaunch.command.Entry;
import dev.vastlaunch.command.LineResult;
import dev.vastlaunch.command.ParseOutcome;
import dev.vastlaunch.command.Problems;
import dev.vastlaunch.command.Render;
import dev.vastlaunch.command.Runner;
import dev.vastlaunch.command.Tables;
import dev.vastlaunch.offers.TextWrap;
import dev.vastlaunch.term.TerminalOwner;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jspecify.annotations.Nullable;

/**
 * Runs {@code vastlaunch shell}: the bar's commands at a persistent prompt that shows the draft, driving the same
 * state machine as the screens.
 *
 * <p>Threads: the session lives on its own owner thread ({@link SessionDriver}); this loop submits actions there and
 * waits for the states it prints. Answers that arrive later (the launch's progress, the ssh command) are printed
 * above the prompt.
 */
public final class ShellRepl {

    private final Terminal terminal;
    private final Ports ports;
    private final Function<State, State> openWizard;
    private final Runnable afterWizard;
    private final @Nullable Path historyFile;
    private final CommandTable commands;
    private final HandOff handOff;
    private @Nullable LineReader reader;
    /** The prompt on screen now: a launch's progress changes it while a line is typed. */
    private volatile String shownPrompt = "";

    private ShellRepl(
            Terminal terminal,
            Ports ports,
            Function<State, State> openWizard,
            Runnable afterWizard,
            @Nullable Path historyFile,
            CommandTable commands,
            HandOff handOff) {
        this.terminal = terminal;
        this.handOff = handOff;
        this.ports = ports;
        this.openWizard = openWizard;
        this.afterWizard = afterWizard;
        this.historyFile = historyFile;
        this.commands = commands;
    }

    /**
     * Runs the shell on {@code owner}'s terminal until {@code quit} or end of input; returns the exit code (0).
     *
     * @param openWizard runs the screens from a state and returns their final state
     * @param historyFile where the (masked) line history is kept
     * @param handOff runs ssh with the terminal
     */
    public static int run(
            TerminalOwner owner,
            State initial,
            Ports ports,
            Function<State, State> openWizard,
            Path historyFile,
            HandOff handOff) {
        owner.leaveRaw();
        return new ShellRepl(
                        owner.jline(),
                        ports,
                        openWizard,
                        owner::leaveRaw,
                        historyFile,
                        CommandTable.standard(),
                        handOff)
                .loop(initial);
    }

    /** Runs the shell on any terminal (tests use a dumb one); see {@link #run(TerminalOwner, State, Ports, Function, Path, HandOff)}. */
    static int run(
            Terminal terminal,
            State initial,
            Ports ports,
            Function<State, State> openWizard,
            @Nullable Path historyFile,
            CommandTable commands) {
        return new ShellRepl(
                        terminal,
                        ports,
                        openWizard,
                        () -> {},
                        historyFile,
                        commands,
                        argv -> new HandOff.Ended.Failed("no terminal to hand over in this shell"))
                .loop(initial);
    }

    private int loop(State initial) {
        Terminal.SignalHandler previous = null;
        try (SessionDriver host = new SessionDriver(initial, ports, this::changed)) {
            LineReader r = Readers.build(terminal, new Completions(commands, true), host::state, historyFile);
            reader = r;
            Runner runner = new Runner(
                    host, io(), Runner.Mode.shell(terminal.getWidth() > 0 ? Math.max(40, terminal.getWidth()) : 80));
            previous = terminal.handle(Terminal.Signal.INT, sig -> runner.stopWaiting());
            print("vastlaunch shell: Tab completes, help lists the commands, wizard opens the screens, quit leaves.");
            String historyProblem = Readers.historyProblem(r);
            if (historyProblem != null) {
                print(historyProblem);
            }
            if (initial.demo()) {
                print("DEMO: talking to the built-in simulator; nothing is billed.");
            }
            String prefill = "";
            while (true) {
                String prompt = Render.prompt(host.state());
                shownPrompt = prompt;
                String line;
                try {
                    line = r.readLine(prompt, null, (Character) null, prefill);
                } catch (UserInterruptException e) {
                    prefill = "";
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                prefill = "";
                if (line.isBlank()) {
                    continue;
                }
                LineResult result = commands.parse(line, host.state(), Entry.SHELL);
                ParseOutcome o = result.outcome();
                if (o instanceof ParseOutcome.Problem p) {
                    // The line stays in history: Up brings it back for editing, a new command starts clean.
                    // The prompt may have changed while the line was typed (a launch's phase), so measure the one
                    // shown.
                    print(Problems.under(
                            new AttributedString(shownPrompt).columnLength() + result.column(), p.message()));
                } else if (o instanceof ParseOutcome.Quit) {
                    if (mayQuit(host.state())) {
                        break;
                    }
                } else if (o instanceof ParseOutcome.OpenWizard) {
                    wizard(host);
                } else {
                    runner.run(o, terminal.getWidth(), result.wide());
                }
            }
            LaunchWords.stillRunning(host.state()).ifPresent(this::print);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (previous != null) {
                terminal.handle(Terminal.Signal.INT, previous);
            }
        }
        return 0;
    }

    private void wizard(SessionDriver host) {
        if (host.state().launch().inFlight()) {
            print("error: a launch is in progress; open the screens once it has finished");
            return;
        }
        host.handOver(s -> {
            try {
                return openWizard.apply(s);
            } finally {
                afterWizard.run();
            }
        });
        print(
                host.state().hasUnsavedDraft()
                        ? "Back in the shell; the draft is kept (review shows it, launch sends it)."
                        : "Back in the shell.");
    }

    private boolean mayQuit(State s) {
        if (s.launch().inFlight()) {
            return yes("A launch is in progress; quitting stops watching it (an instance may still start). Quit?"
                    + " [y/N] ");
        }
        if (s.hasUnsavedDraft()) {
            return yes("Quit and lose the draft? [y/N] ");
        }
        return true;
    }

    /** Asks a yes/no question outside the history; anything but y or yes (or Ctrl-C, end of input) is No. */
    private boolean yes(String question) {
        LineReader r = reader;
        if (r == null) {
            return false;
        }
        r.setVariable(LineReader.DISABLE_HISTORY, true);
        try {
            String answer = r.readLine(question).strip().toLowerCase(Locale.ROOT);
            return answer.equals("y") || answer.equals("yes");
        } catch (UserInterruptException | EndOfFileException e) {
            return false;
        } finally {
            r.setVariable(LineReader.DISABLE_HISTORY, false);
        }
    }

    /** Asks a yes/no question whose default is yes; true only for n or no (Ctrl-C and end of input keep it). */
    private boolean no(String question) {
        LineReader r = reader;
        if (r == null) {
            return true;
        }
        r.setVariable(LineReader.DISABLE_HISTORY, true);
        try {
            String answer = r.readLine(question).strip().toLowerCase(Locale.ROOT);
            return answer.equals("n") || answer.equals("no");
        } catch (UserInterruptException | EndOfFileException e) {
            return true;
        } finally {
            r.setVariable(LineReader.DISABLE_HISTORY, false);
        }
    }

    /** Prints the launch's progress as it arrives (on the session's thread). */
    private void changed(State before, State after) {
        LaunchState b = before.launch();
        LaunchState a = after.launch();
        boolean progress = a.phase() != LaunchPhase.EDITING && a.phase() != LaunchPhase.CONFIRMING;
        LineReader r = reader;
        if (r instanceof org.jline.reader.impl.LineReaderImpl impl && a.phase() != b.phase() && r.isReading()) {
            // The prompt shows the launch phase; printAbove below redraws it with the new phase.
            shownPrompt = Render.prompt(after);
            impl.setPrompt(shownPrompt);
        }
        if (progress && !a.message().isEmpty() && (!a.message().equals(b.message()) || a.phase() != b.phase())) {
            print(a.message());
        }
    }

    /** Returns the shell's printing and asking for the runner: everything above the prompt. */
    private Runner.Io io() {
        return new Runner.Io() {
            @Override
            public void out(String text) {
                print(text);
            }

            @Override
            public void err(String text) {
                print(text);
            }

            @Override
            public Optional<Boolean> ask(String question) {
                return Optional.of(yes(question));
            }

            @Override
            public Optional<Boolean> askDefaultYes(String question) {
                return Optional.of(!no(question));
            }

            @Override
            public HandOff.Ended handOff(List<String> argv) {
                return handOff.run(argv);
            }
        };
    }

    /** Prints above the prompt, cleaned of control characters and wrapped at word boundaries to the width. */
    private void print(String raw) {
        String text = Tables.sanitizeLines(raw);
        int width = terminal.getWidth();
        String shown = width > 0 ? TextWrap.hanging(text, width) : text;
        LineReader r = reader;
        if (r != null) {
            r.printAbove(shown);
        } else {
            terminal.writer().println(shown);
            terminal.flush();
        }
    }
}
