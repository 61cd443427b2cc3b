package dev.vastlaunch.command;

import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.HandOff;
import dev.vastlaunch.app.InstanceChange;
import dev.vastlaunch.app.InstancesState;
import dev.vastlaunch.app.LaunchPhase;
import dev.vastlaunch.app.LaunchWords;
import dev.vastlaunch.app.LibraryState;
import dev.vastlaunch.app.Pricing;
import dev.vastlaunch.app.RawRequest;
import dev.vastlaunch.app.SessionDriver;
import dev.vastlaunch.app.SshRequest;
import dev.vastlaunch.app.State;
import dev.vastlaunch.app.Status;
import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.PresetRead;
import dev.vastlaunch.offers.Outcome;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Runs one parsed command line through the session, the same way for the shell and the one-shot commands: dispatch
 * its actions, wait for the answers its report needs, print from the resulting state, and return an exit code.
 *
 * <p>Only the printing differs by {@link Mode}: the shell shows the review and waits for {@code confirm}; a one-shot
 * {@code create instance} asks (or takes {@code --yes}) and submits at once. The confirm question, the price and the
 * result words come from {@code app} in both.
 */
public final class Runner {
    private static final Duration SEARCH_WAIT = Duration.ofSeconds(60);
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** The logs may take the server a while to prepare (the CLI polls about 9 s after the request). */
    private static final Duration LOGS_WAIT = Duration.ofSeconds(60);
    /** Longer than the client's whole-call limit of 120 s, so a create always reports its own outcome. */
    private static final Duration SUBMIT_WAIT = Duration.ofSeconds(150);

    /** How many taken offers a quick launch replaces with the next match before it gives up. */
    private static final int MAX_TAKEN = 3;

    private static final Set<LaunchPhase> WATCH_DONE = EnumSet.of(
            LaunchPhase.RUNNING, LaunchPhase.FAILED, LaunchPhase.REJECTED, LaunchPhase.UNKNOWN, LaunchPhase.EDITING);

    /** Prints results and messages, and asks yes/no questions. */
    public interface Io {
        /** Prints a result (standard output in one-shot mode). */
        void out(String text);

        /** Prints a message: progress, a note or an error (standard error in one-shot mode). */
        void err(String text);

        /** Asks a yes/no question whose default is no; empty when nobody can be asked. */
        Optional<Boolean> ask(String question);

        /** Asks a yes/no question whose default (Enter) is yes; empty when nobody can be asked. */
        default Optional<Boolean> askDefaultYes(String question) {
            return Optional.empty();
        }

        /** Hands the terminal to {@code argv} (the system ssh) until it exits. */
        default HandOff.Ended handOff(List<String> argv) {
            return new HandOff.Ended.Failed("ssh cannot take over the terminal here");
        }
    }

    /**
     * Says how the command was started.
     *
     * @param oneShot from the command line of a script (submits after the confirm, prints tables and JSON)
     * @param yes {@code --yes}: questions are answered yes
     * @param raw {@code --raw}: the server's JSON instead of tables
     * @param width the columns tables may use
     * @param wide {@code --wide}: tables show their wide columns (TFLOPS, CPU, RAM, disk and upload speeds)
     * @param watchLimit how long {@code wait} watches an instance
     */
    public record Mode(boolean oneShot, boolean yes, boolean raw, int width, boolean wide, Duration watchLimit) {
        /** Returns the shell's mode at {@code width} columns. */
        public static Mode shell(int width) {
            return new Mode(false, false, false, width, false, Duration.ofMinutes(10));
        }

        /** Returns this mode watching an instance for at most {@code limit}. */
        public Mode watching(Duration limit) {
            return new Mode(oneShot, yes, raw, width, wide, limit);
        }

        /** Returns this mode with tables {@code width} columns wide, wide or not. */
        public Mode tables(int newWidth, boolean newWide) {
            return new Mode(oneShot, yes, raw, newWidth, newWide, watchLimit);
        }
    }

    private final SessionDriver driver;
    private final Io io;
    private final Mode base;
    private Mode mode;
    private volatile boolean stopped;

    /** Returns a runner of commands on {@code driver}'s session. */
    public Runner(SessionDriver driver, Io io, Mode mode) {
        this.driver = driver;
        this.io = safe(io);
        this.base = mode;
        this.mode = mode;
    }

    /**
     * Runs a line of the shell: like {@link #run(ParseOutcome)}, with tables {@code width} columns wide (the
     * terminal's width now) and wide when the line said {@code --wide}.
     */
    public int run(ParseOutcome outcome, int width, boolean wide) throws InterruptedException {
        mode = base.tables(width > 0 ? Math.max(40, width) : base.width(), base.wide() || wide);
        try {
            return run(outcome);
        } finally {
            mode = base;
        }
    }

    /** Returns {@code io} with every text passed through {@link Tables#sanitizeLines}: server strings reach no terminal raw. */
    private static Io safe(Io io) {
        return new Io() {
            @Override
            public void out(String text) {
                io.out(Tables.sanitizeLines(text));
            }

            @Override
            public void err(String text) {
                io.err(Tables.sanitizeLines(text));
            }

            @Override
            public Optional<Boolean> ask(String question) {
                return io.ask(Tables.sanitizeLines(question));
            }

            @Override
            public Optional<Boolean> askDefaultYes(String question) {
                return io.askDefaultYes(Tables.sanitizeLines(question));
            }

            @Override
            public HandOff.Ended handOff(List<String> argv) {
                return io.handOff(argv);
            }
        };
    }

    /** Runs a parsed line's actions (or its question first) and returns the exit code: 0 ok, 1 failed, 2 usage. */
    public int run(ParseOutcome outcome) throws InterruptedException {
        if (outcome instanceof ParseOutcome.Run run) {
            return run(run);
        }
        if (outcome instanceof ParseOutcome.ConfirmThen ask) {
            Optional<Boolean> yes = mode.yes() ? Optional.of(true) : io.ask(ask.question());
            if (yes.isEmpty()) {
                io.err("error: this asks first (\"" + ask.question().replace(" [y/N] ", "")
                        + "\") and nobody can answer here; add --yes to answer yes");
                return 2;
            }
            if (!yes.get()) {
                io.err("cancelled; nothing was sent");
                return 0;
            }
            return run(new ParseOutcome.Run(ask.actions(), ask.report(), ask.subject(), List.of()));
        }
        if (outcome instanceof ParseOutcome.Confirm) {
            return confirm();
        }
        if (outcome instanceof ParseOutcome.Ssh ssh) {
            // --yes may come as the global option of a one-shot command, which the parser takes before the verb sees
            // it.
            return ssh(ssh.request(), ssh.request().yes() || mode.yes());
        }
        if (outcome instanceof ParseOutcome.Say say) {
            io.out(say.text());
            return 0;
        }
        if (outcome instanceof ParseOutcome.Problem p) {
            io.err("error: " + p.message());
            return 2;
        }
        io.err("error: not here");
        return 2;
    }

    /** Asks the reviewed launch's question and submits it on yes. */
    public int confirm() throws InterruptedException {
        Asked asked = ask(mode.yes());
        return asked.sent() ? launched(asked.state()) : asked.code();
    }

    /**
     * Returns the answer to the confirm question: the state once the create answered when sent, else the exit code.
     */
    private record Asked(boolean sent, int code, State state) {}

    private Asked ask(boolean answerYes) throws InterruptedException {
        State s = driver.state();
        if (s.launch().phase() != LaunchPhase.CONFIRMING) {
            io.err("error: nothing to confirm: launch first (it shows the review)");
            return new Asked(false, 2, s);
        }
        if (answerYes) {
            // No question with --yes, but the same words say what is launched and what it costs.
            io.err(s.launch().message() + " (--yes: launching)");
        }
        Optional<Boolean> yes =
                answerYes ? Optional.of(true) : io.ask(s.launch().message() + " [y/N] ");
        if (yes.isEmpty()) {
            State after = driver.dispatch(List.of(new Action.CancelLaunch()));
            io.err("error: a launch spends money; add --yes to confirm when not on a terminal");
            return new Asked(false, 2, after);
        }
        if (!yes.get()) {
            State after = driver.dispatch(List.of(new Action.CancelLaunch()));
            io.err(after.status().text() + "; nothing was sent");
            return new Asked(false, 0, after);
        }
        State after = driver.dispatch(List.of(new Action.ConfirmLaunch()));
        after = await(x -> x.launch().phase() != LaunchPhase.SUBMITTING, SUBMIT_WAIT, after);
        return new Asked(true, 0, after);
    }

    /** Stops a wait in progress (Ctrl-C in the shell); the answers still arrive later. */
    public void stopWaiting() {
        stopped = true;
    }

    private int run(ParseOutcome.Run run) throws InterruptedException {
        Optional<RawRequest> raw = mode.raw() ? raw(run) : Optional.empty();
        if (raw.isPresent()) {
            return printRaw(driver.raw(raw.get()));
        }
        run.notes().forEach(n -> io.err("note: " + n));
        loadTemplatesFor(run.actions());
        InstancesState before = driver.state().instances();
        State s = driver.dispatch(run.actions());
        return switch (run.report()) {
            case OFFERS -> offers(s, rows(run));
            case TEMPLATES -> {
                s = await(x -> x.templates().requested() && !x.templates().loading(), WAIT, s);
                io.out(Render.templates(s, mode.width(), !mode.oneShot()));
                yield status(s, !mode.oneShot());
            }
            case INSTANCES, INSTANCE, SSH_URL, SCP_URL -> instances(run, before);
            case USER -> user(before);
            case LOGS -> logs(run.subject(), s);
            case REVIEW -> {
                review(s);
                yield s.status().level() == Status.Level.ERROR ? 1 : 0;
            }
            case LAUNCH -> launch(s);
            case WAIT -> watch(s, run.subject() > 0 ? Duration.ofSeconds(run.subject()) : mode.watchLimit());
            case CHANGE -> changed(before, s, changeCount(run.actions()));
            case PRESETS -> presets(run, s);
            case HISTORY -> history(s);
            case LOADED -> loaded(s);
            case QUICK -> quick(run, s);
            case STATUS -> status(s, true);
        };
    }

    /** Returns what {@code --raw} prints for {@code run}: the server's own JSON, for searches and instances. */
    private static Optional<RawRequest> raw(ParseOutcome.Run run) {
        return switch (run.report()) {
            case OFFERS ->
                run.actions().stream()
                        .filter(a -> a instanceof Action.RunQuery)
                        .map(a -> (RawRequest) new RawRequest.Offers(((Action.RunQuery) a).query()))
                        .findFirst();
            case INSTANCES -> Optional.of(new RawRequest.Instances());
            case INSTANCE -> Optional.of(new RawRequest.Instance(run.subject()));
            default -> Optional.empty();
        };
    }

    private int printRaw(Outcome<String> answer) {
        if (answer instanceof Outcome.Ok<String> ok) {
            io.out(ok.value());
            return 0;
        }
        io.err("error: " + answer.describe());
        return 1;
    }

    /** Returns how many offers the shell shows: the search's {@code --limit}, else a screenful. */
    private static int rows(ParseOutcome.Run run) {
        return run.actions().stream()
                .filter(a -> a instanceof Action.RunQuery)
                .map(a -> ((Action.RunQuery) a).query().limit())
                .filter(l -> l != null && l > 0)
                .findFirst()
                .orElse(Render.ROWS);
    }

    private int offers(State s, int rows) throws InterruptedException {
        s = await(x -> !x.offers().loading(), SEARCH_WAIT, s);
        if (s.offers().view().isEmpty() && s.status().level() != Status.Level.ERROR) {
            s = await(x -> !x.offers().explain().isEmpty(), WAIT, s);
        }
        if (s.status().level() == Status.Level.ERROR) {
            io.err("error: " + s.status().message());
            return 1;
        }
        if (!mode.oneShot()) {
            io.out(Render.offers(s, mode.width(), mode.wide(), rows));
            return status(s, true);
        }
        if (s.offers().loaded().isEmpty()) {
            io.err("No offers match.");
            s.offers().explain().forEach(l -> io.err("  " + l));
            return 0;
        }
        io.out(Tables.offers(s.offers().loaded(), mode.width(), mode.wide()).stripTrailing());
        io.err(s.offers().loaded().size() + " offers");
        return 0;
    }

    private int instances(ParseOutcome.Run run, InstancesState before) throws InterruptedException {
        State s = await(x -> x.instances().loads() > before.loads(), WAIT, driver.state());
        InstancesState list = s.instances();
        if (list.error() != null && list.loads() > before.loads()) {
            io.err("error: " + list.error());
            return 1;
        }
        if (run.report() == Report.INSTANCES) {
            io.out(Render.instances(s, mode.width()));
            return 0;
        }
        Optional<Instance> found = list.find(run.subject());
        if (found.isEmpty()) {
            io.err("error: no instance found with id " + run.subject());
            return 1;
        }
        if (run.report() == Report.INSTANCE) {
            io.out(Tables.instances(List.of(found.get()), mode.width()).stripTrailing());
            return 0;
        }
        Optional<String> url =
                found.get().sshTarget().map(t -> Tables.cell(run.report() == Report.SCP_URL ? t.scpUrl() : t.url()));
        if (url.isEmpty()) {
            io.err("error: ssh port not found (instance " + run.subject() + " is "
                    + Optional.ofNullable(found.get().actualStatus()).orElse("provisioning") + ")");
            return 1;
        }
        io.out(url.get());
        return 0;
    }

    private void review(State s) {
        String review = Render.review(s);
        io.out(review);
        // A refused launch's status repeats the first problem the review already lists.
        if (!s.status().text().isEmpty() && !review.contains(s.status().message())) {
            io.err(s.status().text());
        }
        if (s.launch().phase() == LaunchPhase.CONFIRMING) {
            io.err("Type confirm to launch (you will be asked y/N), or cancel.");
        }
    }

    private int launch(State s) throws InterruptedException {
        s = await(x -> x.launch().phase() != LaunchPhase.CHECKING, WAIT, s);
        if (s.launch().phase() != LaunchPhase.CONFIRMING) {
            // The checks refused the draft (exit 2, nothing sent) or the offer could not be looked up (exit 1).
            boolean lookup = s.launch().phase() == LaunchPhase.FAILED;
            if (mode.oneShot()) {
                io.err("error: " + s.status().message());
            } else {
                review(s);
            }
            return lookup ? 1 : 2;
        }
        if (!mode.oneShot()) {
            review(s);
            return 0;
        }
        return confirm();
    }

    /** Prints the result of a submitted launch; returns 0 when an instance was created. */
    private int launched(State s) {
        LaunchPhase phase = s.launch().phase();
        if (!mode.oneShot()) {
            // The shell prints the launch's progress as it arrives, this result included.
            return phase == LaunchPhase.WAITING || phase == LaunchPhase.RUNNING ? 0 : 1;
        }
        Long id = s.launch().instanceId();
        if ((phase == LaunchPhase.WAITING || phase == LaunchPhase.RUNNING) && id != null) {
            io.out(mode.raw() ? "{\"success\": true, \"new_contract\": " + id + "}" : Long.toString(id));
            String words = s.launch().message();
            if (words.endsWith(LaunchWords.WAITING)) {
                words = words.substring(0, words.length() - LaunchWords.WAITING.length());
            }
            io.err(words + "; next: vastlaunch wait " + id);
            return 0;
        }
        io.err("error: " + s.launch().message());
        return 1;
    }

    private int watch(State s, Duration limit) throws InterruptedException {
        if (s.status().level() == Status.Level.ERROR) {
            io.err("error: " + s.status().message());
            return 1;
        }
        s = await(x -> WATCH_DONE.contains(x.launch().phase()), limit, s);
        if (s.launch().phase() == LaunchPhase.RUNNING) {
            Instance i = s.launch().instance();
            io.out(
                    i == null
                            ? "running"
                            : i.sshTarget().map(t -> Tables.cell(t.url())).orElse("running (no ssh port reported)"));
            return 0;
        }
        if (!WATCH_DONE.contains(s.launch().phase())) {
            io.err("error: instance " + s.launch().instanceId() + " is not running after " + limit.toSeconds() + " s ("
                    + s.launch().message() + ")");
            return 1;
        }
        io.err("error: " + s.launch().message());
        return 1;
    }

    private int presets(ParseOutcome.Run run, State s) throws InterruptedException {
        s = await(x -> x.library().presetsLoaded(), WAIT, s);
        if (run.topic().isEmpty()) {
            io.out(LibraryText.presets(s.library().presets(), mode.width()));
            return 0;
        }
        for (PresetRead r : s.library().presets()) {
            if (r.name().equals(run.topic())) {
                if (r instanceof PresetRead.Good g) {
                    io.out(LibraryText.lines(g.preset().text()));
                    return 0;
                }
                io.err("error: preset " + r.name() + " cannot be used: " + ((PresetRead.Bad) r).reason());
                return 1;
            }
        }
        io.err("error: no preset named '" + run.topic() + "' (presets lists them)");
        return 1;
    }

    private int history(State s) throws InterruptedException {
        s = await(x -> x.library().historyLoaded(), WAIT, s);
        s.library().historyNotes().forEach(n -> io.err("warning: " + n));
        io.out(LibraryText.history(s.library().history(), mode.width()));
        return 0;
    }

    private int loaded(State s) throws InterruptedException {
        s = await(x -> x.library().quick() != LibraryState.QuickStep.READING, WAIT, s);
        if (s.library().quick() == LibraryState.QuickStep.FAILED) {
            io.err("error: " + s.status().message());
            return 1;
        }
        io.out(Render.review(s));
        return status(s, true);
    }

    /**
     * Runs a quick launch: wait for the preset's best match and its confirm question, ask it once (or take
     * {@code --yes}), launch, take the next match when the offer was taken, wait until it runs, print the ssh line.
     */
    private int quick(ParseOutcome.Run run, State s) throws InterruptedException {
        s = await(
                x -> x.library().quick() != LibraryState.QuickStep.READING
                        && x.library().quick() != LibraryState.QuickStep.SEARCHING
                        && x.launch().phase() != LaunchPhase.CHECKING,
                SEARCH_WAIT,
                s);
        if (s.launch().phase() != LaunchPhase.CONFIRMING) {
            io.err("error: " + s.status().message());
            return s.library().quick() == LibraryState.QuickStep.FAILED ? 1 : 2;
        }
        io.err(run.topic() + ": the best of " + s.offers().loaded().size() + " matching offers by the recipe's order");
        boolean yes = mode.yes() || (run.subject() & 1) != 0;
        for (int taken = 0; ; taken++) {
            Asked asked = ask(yes);
            if (!asked.sent()) {
                return asked.code();
            }
            State after = asked.state();
            if (after.launch().phase() == LaunchPhase.REJECTED && after.launch().offerGone() && taken < MAX_TAKEN) {
                io.err(after.launch().message());
                State next = await(
                        x -> x.launch().phase() != LaunchPhase.CHECKING,
                        WAIT,
                        driver.dispatch(List.of(new Action.UseNextOffer())));
                if (next.launch().phase() != LaunchPhase.CONFIRMING) {
                    io.err("error: " + next.status().message());
                    return 1;
                }
                io.err(next.status().text());
                continue;
            }
            Long id = after.launch().instanceId();
            if (id == null) {
                io.err("error: " + after.launch().message());
                return 1;
            }
            io.err(LaunchWords.created(id, false) + LaunchWords.WAITING);
            State done = await(x -> WATCH_DONE.contains(x.launch().phase()), mode.watchLimit(), after);
            Instance i = done.launch().instance();
            if (done.launch().phase() != LaunchPhase.RUNNING || i == null) {
                io.err("error: " + done.launch().message() + "; vastlaunch wait " + id + " watches it again");
                return 1;
            }
            io.out(i.sshTarget()
                    .map(t -> Tables.cell(t.command()))
                    .orElse("instance " + id + " is running (no ssh port reported)"));
            if ((run.subject() & PresetCommands.SSH) != 0) {
                boolean rm = (run.subject() & PresetCommands.RM) != 0;
                // quick's --yes launches and, with --rm, destroys after the session without asking (as ssh --rm --yes).
                return ssh(new SshRequest(Long.toString(id), List.of(), List.of(), rm, yes && rm), yes && rm);
            }
            return 0;
        }
    }

    private static int changeCount(List<Action> actions) {
        return (int) Math.max(
                1,
                actions.stream().filter(a -> a instanceof Action.ChangeInstance).count());
    }

    /** Prints each of {@code count} changes as it answered; 0 when all worked, else 1. */
    private int changed(InstancesState before, State s, int count) throws InterruptedException {
        s = await(x -> x.instances().changes() >= before.changes() + count, WAIT, s);
        List<InstancesState.Changed> answered = s.instances().changesAfter(before.changes());
        int code = 0;
        for (InstancesState.Changed c : answered) {
            if (c.ok()) {
                io.out(c.text());
            } else {
                io.err("error: " + c.text());
                code = 1;
            }
        }
        if (answered.size() < count) {
            io.err("error: " + (count - answered.size()) + " change(s) not answered yet; check show instances");
            return 1;
        }
        return code;
    }

    @SuppressWarnings("ReferenceEquality") // a fresh answer is a new object, even when its values did not change
    private int user(InstancesState before) throws InterruptedException {
        // Waits for the account's answer (a failure answers too: it must not wait the whole WAIT).
        State s = await(
                x -> x.instances().loads() > before.loads() && x.instances().accountAnswers() > before.accountAnswers(),
                WAIT,
                driver.state());
        String problem = s.instances().accountProblem();
        if (s.instances().accountAnswers() == before.accountAnswers() || problem != null) {
            io.err("error: " + (problem != null ? "account: " + problem : "the account did not answer"));
            return 1;
        }
        io.out(Render.user(s.instances()));
        return 0;
    }

    private int logs(long id, State s) throws InterruptedException {
        s = await(x -> x.instances().logs() != null && !x.instances().logs().loading(), LOGS_WAIT, s);
        InstancesState.Logs logs = s.instances().logs();
        if (logs == null || logs.loading()) {
            io.err("error: the logs of instance " + id + " did not arrive");
            return 1;
        }
        if (!logs.ok()) {
            io.err("error: " + logs.text());
            return 1;
        }
        io.out(Tables.sanitizeLines(logs.text()).stripTrailing());
        return 0;
    }

    /**
     * Runs {@code req}: finds the instance, waits until it runs, hands the terminal to ssh, and with {@code --rm} asks
     * (default yes; {@code destroyUnasked} answers yes) to destroy it afterwards; returns ssh's exit code, or 1 when
     * something before or after it failed.
     */
    private int ssh(SshRequest req, boolean destroyUnasked) throws InterruptedException {
        InstancesState before = driver.state().instances();
        State s = driver.dispatch(List.of(new Action.ListInstances()));
        s = await(x -> x.instances().loads() > before.loads(), WAIT, s);
        if (s.instances().error() != null) {
            io.err("error: " + s.instances().error());
            return 1;
        }
        Optional<Instance> found = s.instances().resolve(req.ref());
        if (found.isEmpty()) {
            io.err("error: no instance has the id or label '" + Tables.cell(req.ref())
                    + "' (or several share that label); show instances lists them");
            return 1;
        }
        Instance instance = found.get();
        if (instance.isStopped()) {
            io.err("error: instance " + instance.id() + " is stopped; start it first: start instance " + instance.id());
            return 1;
        }
        if (!instance.isRunning()) {
            io.err("waiting for instance " + instance.id() + " to run…");
            State w = driver.dispatch(List.of(new Action.WatchInstance(instance.id())));
            w = await(x -> WATCH_DONE.contains(x.launch().phase()), mode.watchLimit(), w);
            Instance running = w.launch().instance();
            if (w.launch().phase() != LaunchPhase.RUNNING || running == null) {
                io.err("error: instance " + instance.id() + " is not running: "
                        + w.launch().message());
                return 1;
            }
            instance = running;
        }
        Optional<List<String>> argv = req.argv(instance);
        if (argv.isEmpty()) {
            io.err("error: ssh port not found (instance " + instance.id() + " reports none yet)");
            return 1;
        }
        io.err("→ " + Tables.cell(String.join(" ", argv.get())));
        HandOff.Ended ended = io.handOff(argv.get());
        if (ended instanceof HandOff.Ended.Failed failed) {
            io.err("error: " + failed.why() + "; instance " + instance.id() + " keeps running");
            return 1;
        }
        int code = ((HandOff.Ended.Exited) ended).code();
        if (code != 0) {
            io.err("ssh ended with exit code " + code);
        }
        return req.rm() ? destroyAfter(instance, destroyUnasked, code) : code;
    }

    private int destroyAfter(Instance instance, boolean yes, int sshCode) throws InterruptedException {
        String question = SshRequest.destroyQuestion(instance, System.currentTimeMillis() / 1000.0);
        Optional<Boolean> answer = yes ? Optional.of(true) : io.askDefaultYes(question);
        if (answer.isEmpty() || !answer.get()) {
            io.err("instance " + instance.id() + " keeps running at $"
                    + String.format(Locale.ROOT, "%.4f", Pricing.perHourNow(instance))
                    + "/h; destroy it with: vastlaunch destroy instance " + instance.id());
            return sshCode;
        }
        InstancesState before = driver.state().instances();
        State s = driver.dispatch(List.of(new Action.ChangeInstance(instance.id(), new InstanceChange.Destroy())));
        int destroyed = changed(before, s, 1);
        return destroyed != 0 ? destroyed : sshCode;
    }

    private int status(State s, boolean print) {
        if (print && !s.status().text().isEmpty()) {
            if (s.status().level() == Status.Level.ERROR) {
                io.err(
                        mode.oneShot()
                                ? "error: " + s.status().message()
                                : s.status().text());
            } else {
                io.err(s.status().text());
            }
        }
        return s.status().level() == Status.Level.ERROR ? 1 : 0;
    }

    /** Loads the templates before a template is applied by name, since applying does not wait for them. */
    private void loadTemplatesFor(List<Action> actions) throws InterruptedException {
        State s = driver.state();
        if (s.templates().requested() || actions.stream().noneMatch(a -> a instanceof Action.ApplyTemplate)) {
            return;
        }
        State loading =
                driver.dispatch(List.of(new Action.SearchTemplates(s.templates().search())));
        await(x -> !x.templates().loading(), WAIT, loading);
    }

    /**
     * Waits for {@code ready}; in one-shot mode the launch's progress is printed meanwhile. The timeout or
     * {@link #stopWaiting} end the wait (the answer still arrives later).
     */
    private State await(Predicate<State> ready, Duration timeout, State current) throws InterruptedException {
        stopped = false;
        long end = System.nanoTime() + timeout.toNanos();
        String shown = current.launch().message();
        while (!stopped) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                if (!mode.oneShot()) {
                    io.err("(no answer after " + timeout.toSeconds() + " s; still waiting in the background)");
                }
                break;
            }
            String seen = shown;
            if (driver.await(
                    x -> ready.test(x)
                            || (mode.oneShot() && !x.launch().message().equals(seen)),
                    Duration.ofNanos(Math.min(left, Duration.ofMillis(200).toNanos())))) {
                State now = driver.state();
                if (mode.oneShot() && !now.launch().message().equals(shown)) {
                    shown = now.launch().message();
                    if (now.launch().phase() == LaunchPhase.WAITING && !ready.test(now)) {
                        io.err(shown);
                    }
                }
                if (ready.test(now)) {
                    return now;
                }
            }
        }
        if (stopped) {
            io.err("(stopped waiting)");
        }
        return driver.state();
    }
}
