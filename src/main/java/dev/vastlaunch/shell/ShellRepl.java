package dev.vastlaunch.shell;

import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.LaunchPhase;
import dev.vastlaunch.app.LaunchState;
import dev.vastlaunch.app.Ports;
import dev.vastlaunch.app.State;
import dev.vastlaunch.app.Status;
import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.term.TerminalOwner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
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
 * <p>Threads: the session lives on its own owner thread ({@link SessionHost}); this loop submits actions there and
 * waits for the states it prints. Answers that arrive later (the launch's progress, the ssh command) are printed
 * above the prompt.
 */
public final class ShellRepl {
    private static final Duration SEARCH_WAIT = Duration.ofSeconds(60);
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Status LOADING_INSTANCES = Status.info("Loading instances…");

    private final Terminal terminal;
    private final Ports ports;
    private final Function<State, State> openWizard;
    private final Runnable afterWizard;
    private final @Nullable Path historyFile;
    private final ShellCommands commands;
    private @Nullable LineReader reader;
    private volatile @Nullable Thread waiter;

    private ShellRepl(
            Terminal terminal,
            Ports ports,
            Function<State, State> openWizard,
            Runnable afterWizard,
            @Nullable Path historyFile,
            ShellCommands commands) {
        this.terminal = terminal;
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
     */
    public static int run(
            TerminalOwner owner, State initial, Ports ports, Function<State, State> openWizard, Path historyFile) {
        owner.leaveRaw();
        return new ShellRepl(owner.jline(), ports, openWizard, owner::leaveRaw, historyFile, ShellCommands.standard())
                .loop(initial);
    }

    /** Runs the shell on any terminal (tests use a dumb one); see {@link #run(TerminalOwner, State, Ports, Function, Path)}. */
    static int run(
            Terminal terminal,
            State initial,
            Ports ports,
            Function<State, State> openWizard,
            @Nullable Path historyFile,
            ShellCommands commands) {
        return new ShellRepl(terminal, ports, openWizard, () -> {}, historyFile, commands).loop(initial);
    }

    private int loop(State initial) {
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> stopWaiting());
        try (SessionHost host = new SessionHost(initial, ports, this::changed)) {
            LineReader r = Readers.build(terminal, new Completions(commands, true), host::state, historyFile);
            reader = r;
            print("vastlaunch shell: Tab completes, help lists the commands, wizard opens the screens, quit leaves.");
            if (initial.demo()) {
                print("DEMO: talking to the built-in simulator; nothing is billed.");
            }
            String prefill = "";
            while (true) {
                String prompt = Render.prompt(host.state());
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
                LineResult result = commands.parse(line, host.state(), true);
                ParseOutcome o = result.outcome();
                if (o instanceof ParseOutcome.Problem p) {
                    // The line stays in history: Up brings it back for editing, a new command starts clean.
                    print(Problems.under(new AttributedString(prompt).columnLength() + result.column(), p.message()));
                } else if (o instanceof ParseOutcome.Say say) {
                    print(say.text());
                } else if (o instanceof ParseOutcome.Quit) {
                    if (mayQuit(host.state())) {
                        break;
                    }
                } else if (o instanceof ParseOutcome.OpenWizard) {
                    wizard(host);
                } else if (o instanceof ParseOutcome.ConfirmThen ask) {
                    if (yes(ask.question())) {
                        run(host, new ParseOutcome.Run(ask.actions(), Report.STATUS, 0, List.of()));
                    } else {
                        print("cancelled; nothing was sent");
                    }
                } else if (o instanceof ParseOutcome.Confirm) {
                    confirm(host);
                } else if (o instanceof ParseOutcome.Run run) {
                    run(host, run);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
        }
        return 0;
    }

    private void run(SessionHost host, ParseOutcome.Run run) throws InterruptedException {
        run.notes().forEach(n -> print("note: " + n));
        loadTemplatesFor(host, run.actions());
        State s = host.dispatch(run.actions());
        switch (run.report()) {
            case OFFERS -> {
                s = await(host, x -> !x.offers().loading(), SEARCH_WAIT, s);
                if (s.offers().view().isEmpty() && s.status().message().startsWith("No offers match; counting")) {
                    s = await(host, x -> !x.offers().explain().isEmpty(), WAIT, s);
                }
                print(Render.offers(s));
                printStatus(s);
            }
            case TEMPLATES -> {
                s = await(host, x -> x.templates().requested() && !x.templates().loading(), WAIT, s);
                print(Render.templates(s));
                printStatus(s);
            }
            case INSTANCES, INSTANCE, SSH_URL -> {
                s = await(host, x -> !x.status().equals(LOADING_INSTANCES), WAIT, s);
                print(instances(s, run.report(), run.subject()));
            }
            case REVIEW -> {
                print(Render.review(s));
                printStatus(s);
                if (s.launch().phase() == LaunchPhase.CONFIRMING) {
                    print("Type confirm to launch (you will be asked y/N), or cancel.");
                }
            }
            case STATUS -> printStatus(s);
        }
    }

    /** Loads the templates before a template is applied by name, since applying does not wait for them. */
    private void loadTemplatesFor(SessionHost host, List<Action> actions) throws InterruptedException {
        State s = host.state();
        if (s.templates().requested() || actions.stream().noneMatch(a -> a instanceof Action.ApplyTemplate)) {
            return;
        }
        State loading =
                host.dispatch(List.of(new Action.SearchTemplates(s.templates().search())));
        await(host, x -> !x.templates().loading(), WAIT, loading);
    }

    private static String instances(State s, Report report, long id) {
        if (s.status().level() == Status.Level.ERROR) {
            return s.status().text();
        }
        if (report == Report.INSTANCES) {
            return Render.instances(s);
        }
        Optional<Instance> found =
                s.instances().stream().filter(i -> i.id() == id).findFirst();
        if (found.isEmpty()) {
            return "error: no instance found with id " + id;
        }
        if (report == Report.INSTANCE) {
            return Render.instance(found.get());
        }
        return found.get().sshTarget().map(t -> t.url()).orElse("error: ssh port not found");
    }

    private void confirm(SessionHost host) throws InterruptedException {
        State s = host.state();
        if (s.launch().phase() != LaunchPhase.CONFIRMING) {
            print("error: nothing to confirm: launch first (it shows the review)");
            return;
        }
        if (!yes(Render.confirmQuestion(s))) {
            printStatus(host.dispatch(List.of(new Action.CancelLaunch())));
            return;
        }
        State after = host.dispatch(List.of(new Action.ConfirmLaunch()));
        await(host, x -> x.launch().phase() != LaunchPhase.SUBMITTING, SEARCH_WAIT, after);
    }

    private void wizard(SessionHost host) {
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
        print("Back in the shell.");
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

    /** Waits for {@code ready}; Ctrl-C or the timeout stop waiting (the answer still arrives later). */
    private State await(SessionHost host, Predicate<State> ready, Duration timeout, State current)
            throws InterruptedException {
        waiter = Thread.currentThread();
        try {
            if (!host.await(ready, timeout)) {
                print("(no answer after " + timeout.toSeconds() + " s; still waiting in the background)");
            }
        } catch (InterruptedException e) {
            if (waiter == null) {
                throw e;
            }
            print("(stopped waiting)");
        } finally {
            waiter = null;
        }
        State latest = host.state();
        return latest == null ? current : latest;
    }

    private void stopWaiting() {
        Thread t = waiter;
        if (t != null) {
            t.interrupt();
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
            impl.setPrompt(Render.prompt(after));
        }
        if (progress && !a.message().isEmpty() && (!a.message().equals(b.message()) || a.phase() != b.phase())) {
            print(a.message());
        }
    }

    private void printStatus(State s) {
        if (!s.status().text().isEmpty()) {
            print(s.status().text());
        }
    }

    private void print(String text) {
        LineReader r = reader;
        if (r != null) {
            r.printAbove(text);
        } else {
            terminal.writer().println(text);
            terminal.flush();
        }
    }
}
