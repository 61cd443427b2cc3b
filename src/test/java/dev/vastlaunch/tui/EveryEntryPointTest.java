package dev.vastlaunch.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.vastlaunch.api.ClientSettings;
import dev.vastlaunch.api.VastHttpClient;
import dev.vastlaunch.app.BarResult;
import dev.vastlaunch.app.CommandBar;
import dev.vastlaunch.app.LaunchPhase;
import dev.vastlaunch.app.LaunchWords;
import dev.vastlaunch.app.Ports;
import dev.vastlaunch.app.SessionDriver;
import dev.vastlaunch.app.State;
import dev.vastlaunch.cli.Cli;
import dev.vastlaunch.cli.Confirmer;
import dev.vastlaunch.cli.GlobalOptions;
import dev.vastlaunch.command.CommandTable;
import dev.vastlaunch.command.Entry;
import dev.vastlaunch.command.ParseOutcome;
import dev.vastlaunch.command.Runner;
import dev.vastlaunch.launch.LaunchRequest;
import dev.vastlaunch.launch.Submitter;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferQuery;
import dev.vastlaunch.offers.OfferType;
import dev.vastlaunch.offers.Outcome;
import dev.vastlaunch.offers.SortKey;
import dev.vastlaunch.sim.SimOptions;
import dev.vastlaunch.sim.SimServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives one launch through every entry point (the screens, the {@code :} bar over them, the shell's runner and a
 * one-shot command) against the simulator over real HTTP, and checks that each sends the same body after the same
 * confirm question (price included) and reports the same result; a bid below the minimum is refused by each with
 * nothing sent; a create whose answer is lost never claims an instance that existed before.
 */
class EveryEntryPointTest {
    private static final String KEY = "sk-EVERY-ENTRY";
    private static final String IMAGE = "pytorch/pytorch:latest";
    private static final CommandTable TABLE = CommandTable.standard(dev.vastlaunch.launch.FileSource.none());

    @SuppressWarnings("NullAway.Init")
    private SimServer sim;

    @SuppressWarnings("NullAway.Init")
    private VastHttpClient client;

    private final List<LaunchRequest> sent = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        sim = SimServer.start(SimOptions.defaults()
                .withApiKey(KEY)
                .withOfferCount(3000)
                .withTimings(
                        Duration.ofSeconds(5), Duration.ofSeconds(10))); // "created" must still be the words when read
        client = VastHttpClient.create(ClientSettings.defaults(sim.baseUrl(), KEY, "test")
                .withRetries(3, Duration.ofMillis(5))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    private Ports ports() {
        Submitter recording = request -> {
            sent.add(request);
            return client.submit(request);
        };
        return new Ports(client, recording, client, new dev.vastlaunch.api.WireJson());
    }

    /** Returns the cheapest offer the screens' default search lists, priced for 40 GB. */
    private Offer cheapest(OfferType type) {
        Map<String, Map<String, @Nullable Object>> filters = new LinkedHashMap<>(OfferQuery.defaultFilters());
        filters.put("num_gpus", Map.of("eq", 1));
        Outcome<List<Offer>> r =
                client.search(new OfferQuery(filters, List.of(new SortKey("dph_total", false)), type, 5, 40.0));
        assertThat(r).isInstanceOf(Outcome.Ok.class);
        return ((Outcome.Ok<List<Offer>>) r).value().get(0);
    }

    /** What one entry point showed and did. */
    private record Seen(String question, String result) {}

    @Test
    void oneLaunchGivesTheSameBodyQuestionAndResultEverywhere() throws Exception {
        long offer = cheapest(OfferType.ON_DEMAND).id();
        String create = "create instance " + offer + " --image " + IMAGE + " --disk 40";
        List<Seen> seen = new ArrayList<>();
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int entry = 0; entry < 4; entry++) {
            sim.reset();
            sent.clear();
            Seen s = switch (entry) {
                case 0 -> oneShot(create.split(" "));
                case 1 -> shell(create);
                case 2 -> bar(create);
                default -> screens(offer);
            };
            assertThat(sent).as("entry point %d sends exactly once", entry).hasSize(1);
            assertThat(sim.stats().creates()).isEqualTo(1);
            bodies.add(sent.get(0).toWireBody());
            seen.add(s);
        }
        assertThat(bodies).allSatisfy(b -> assertThat(b).isEqualTo(bodies.get(0)));
        assertThat(bodies.get(0)).containsEntry("image", IMAGE).containsEntry("disk", 40.0);
        String question = seen.get(0).question();
        assertThat(question)
                .startsWith("Launch offer " + offer + " (1x ")
                .contains("with image " + IMAGE + ", 40 GB disk, at $")
                .contains("(on-demand, incl. 40 GB storage) × 24 h = $")
                .endsWith("This starts billing.");
        assertThat(seen).extracting(Seen::question).containsOnly(question);
        assertThat(seen)
                .extracting(Seen::result)
                .allSatisfy(r -> assertThat(r).startsWith(LaunchWords.created(30_000_000L, false)));
    }

    @Test
    void aBidBelowTheMinimumIsRefusedEverywhereWithNothingSent() throws Exception {
        Offer offer = cheapest(OfferType.INTERRUPTIBLE);
        assertThat(offer.minBid()).isNotNull().isGreaterThan(0.002);
        String create = "create instance " + offer.id() + " --image " + IMAGE + " --bid_price 0.001";
        assertThat(oneShotCode(create.split(" "))).isEqualTo(2);
        assertThat(lastErr).contains("below the offer's minimum bid");
        assertThat(shell(create).result()).contains("below the offer's minimum bid");
        assertThat(bar(create).result()).contains("below the offer's minimum bid");
        assertThat(sent).isEmpty();
        assertThat(sim.stats().creates()).isZero();
    }

    @Test
    void aCreateWhoseAnswerIsLostNeverClaimsAnOlderInstanceAndExitsOne() throws Exception {
        long first = cheapest(OfferType.ON_DEMAND).id();
        assertThat(oneShot(("create instance " + first + " --image " + IMAGE + " --yes").split(" "))
                        .result())
                .startsWith("Instance 30000000 created");
        long second = cheapest(OfferType.ON_DEMAND).id();
        sim.faults().scope("asks").resetConnections(1);
        int code = oneShotCode(("create instance " + second + " --image " + IMAGE + " --yes").split(" "));
        assertThat(code).isEqualTo(1);
        assertThat(lastOut).doesNotContain("30000000");
        assertThat(lastErr)
                .doesNotContain("30000000")
                .contains("show instances")
                .contains("(--yes: launching)");
    }

    private String lastOut = "";
    private String lastErr = "";

    private Seen oneShot(String... args) {
        List<String> questions = new ArrayList<>();
        assertThat(oneShotCode(questions, args)).as(lastErr).isZero();
        List<String> lines = lastErr.lines().toList();
        return new Seen(
                questions.isEmpty() ? "" : strip(questions.get(0)), lines.isEmpty() ? "" : lines.get(lines.size() - 1));
    }

    private int oneShotCode(String... args) {
        return oneShotCode(new ArrayList<>(), args);
    }

    private int oneShotCode(List<String> questions, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Confirmer yes = new Confirmer() {
            @Override
            public boolean confirm(String question) {
                questions.add(question);
                return true;
            }

            @Override
            public boolean canAsk() {
                return true;
            }
        };
        GlobalOptions g =
                Objects.requireNonNull(GlobalOptions.parse(Arrays.asList(args)).options());
        int code = new Cli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        TABLE,
                        dev.vastlaunch.launch.FileSource.none(),
                        yes,
                        160,
                        new dev.vastlaunch.api.WireJson(),
                        argv -> new dev.vastlaunch.app.HandOff.Ended.Failed("no terminal in this test"))
                .run(g, this::ports);
        lastOut = out.toString(StandardCharsets.UTF_8);
        lastErr = err.toString(StandardCharsets.UTF_8);
        return code;
    }

    /** Runs lines as the shell does: the one command table, then the one runner in shell mode. */
    private Seen shell(String create) throws InterruptedException {
        List<String> questions = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        Runner.Io io = new Runner.Io() {
            @Override
            public void out(String text) {
                printed.add(text);
            }

            @Override
            public void err(String text) {
                printed.add(text);
            }

            @Override
            public Optional<Boolean> ask(String question) {
                questions.add(question);
                return Optional.of(true);
            }
        };
        // The result words as the create answered, before the first poll's progress replaces them.
        List<String> answered = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (SessionDriver driver = new SessionDriver(State.initial(true), ports(), (before, after) -> {
            if (before.launch().phase() == LaunchPhase.SUBMITTING
                    && after.launch().phase() != LaunchPhase.SUBMITTING) {
                answered.add(after.launch().message());
            }
        })) {
            Runner runner = new Runner(driver, io, Runner.Mode.shell(160));
            runner.run(TABLE.parse(create, driver.state(), Entry.SHELL).outcome());
            if (driver.state().launch().phase() != LaunchPhase.CONFIRMING) {
                return new Seen("", String.join("\n", printed));
            }
            ParseOutcome confirm =
                    TABLE.parse("confirm", driver.state(), Entry.SHELL).outcome();
            assertThat(confirm).isInstanceOf(ParseOutcome.Confirm.class);
            runner.run(confirm);
            return new Seen(
                    strip(questions.get(0)),
                    answered.isEmpty() ? driver.state().launch().message() : answered.get(0));
        }
    }

    /** Types {@code line} on the screens' bar (parsed as the bar parses it), then confirms in the dialog. */
    private Seen bar(String line) {
        CommandBar bar = state -> {
            ParseOutcome o = TABLE.parse(line, state, Entry.BAR).outcome();
            return o instanceof ParseOutcome.Run run ? BarResult.of(run.actions()) : BarResult.cancelled();
        };
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(220, 40));
        try (Tui tui = TuiApp.open(
                vt,
                State.initial(true),
                ports(),
                bar,
                TuiOptions.of(false).withConfirmGuard(0),
                Outside.none(),
                UnaryOperator.identity(),
                () -> {})) {
            settle(tui);
            press(tui, vt, new KeyStroke(':', false, false));
            return confirmOnScreen(tui, vt);
        }
    }

    /** Launches with keys only: storage 40 on Offers (the draft's disk), the offer, a typed image, l, then y. */
    private Seen screens(long offer) {
        CommandBar none = state -> BarResult.cancelled();
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(220, 40));
        try (Tui tui = TuiApp.open(
                vt,
                State.initial(true),
                ports(),
                none,
                TuiOptions.of(false).withConfirmGuard(0),
                Outside.none(),
                UnaryOperator.identity(),
                () -> {})) {
            settle(tui);
            type(tui, vt, "s");
            for (int i = 0; i < 6; i++) {
                press(tui, vt, new KeyStroke(KeyType.Backspace));
            }
            type(tui, vt, "40");
            press(tui, vt, new KeyStroke(KeyType.Enter));
            type(tui, vt, "/");
            type(tui, vt, String.valueOf(offer));
            press(tui, vt, new KeyStroke(KeyType.Enter));
            assertThat(tui.state().offers().view())
                    .extracting(Offer::id)
                    .first()
                    .isEqualTo(offer);
            press(tui, vt, new KeyStroke(KeyType.Enter));
            assertThat(tui.state().editor().draft().offerId()).isEqualTo(offer);
            type(tui, vt, "i");
            type(tui, vt, IMAGE);
            press(tui, vt, new KeyStroke(KeyType.Enter));
            type(tui, vt, "l");
            return confirmOnScreen(tui, vt);
        }
    }

    private Seen confirmOnScreen(Tui tui, DefaultVirtualTerminal vt) {
        if (tui.state().launch().phase() != LaunchPhase.CONFIRMING) {
            return new Seen("", tui.state().status().text());
        }
        String question = tui.state().launch().message();
        assertThat(screenText(vt)).as("the dialog shows the question").contains(question);
        // Step by hand: the result words are read the moment the create answered, before the first poll of the new
        // instance replaces them with its progress.
        vt.addInput(new KeyStroke('y', false, false));
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            tui.step();
            LaunchPhase phase = tui.state().launch().phase();
            if (phase != LaunchPhase.CONFIRMING && phase != LaunchPhase.SUBMITTING) {
                break;
            }
            sleep();
        }
        return new Seen(question, tui.state().launch().message());
    }

    private static String strip(String question) {
        return question.endsWith(" [y/N] ") ? question.substring(0, question.length() - 7) : question;
    }

    private static void type(Tui tui, DefaultVirtualTerminal vt, String text) {
        for (int i = 0; i < text.length(); i++) {
            press(tui, vt, new KeyStroke(text.charAt(i), false, false));
        }
    }

    private static void press(Tui tui, DefaultVirtualTerminal vt, KeyStroke key) {
        vt.addInput(key);
        settle(tui);
    }

    private static void settle(Tui tui) {
        long end = System.nanoTime() + 5_000_000_000L;
        do {
            tui.step();
            sleep();
        } while (tui.state().busy() > 0
                && tui.state().launch().phase() != LaunchPhase.WAITING
                && System.nanoTime() < end);
        tui.step();
        tui.step();
    }

    private static void sleep() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String screenText(DefaultVirtualTerminal vt) {
        StringBuilder b = new StringBuilder();
        TerminalSize size = vt.getTerminalSize();
        for (int r = 0; r < size.getRows(); r++) {
            for (int c = 0; c < size.getColumns(); c++) {
                b.append(vt.getBufferCharacter(c, r).getCharacterString());
            }
            b.append('\n');
        }
        return b.toString();
    }
}
