package dev.vastlaunch.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.InstanceChange;
import dev.vastlaunch.app.OffersState;
import dev.vastlaunch.app.Screen;
import dev.vastlaunch.app.State;
import dev.vastlaunch.launch.LaunchMode;
import dev.vastlaunch.offers.OfferColumn;
import dev.vastlaunch.offers.OfferQuery;
import dev.vastlaunch.offers.SearchOffersCommand;
import dev.vastlaunch.testing.Fixtures;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Parsing tables: lines that become actions, and every usage problem with the column its caret points at. */
class CommandTableTest {
    private static final State STATE = Fixtures.loaded();
    private static final CommandTable COMMANDS = CommandTable.standard(path -> path.equals("start.sh")
            ? new dev.vastlaunch.launch.FileRead.Text("echo hi")
            : dev.vastlaunch.launch.FileSource.none().read(path));

    /** Returns the exact search of {@code args}, priced for {@code storageGb} (the draft's disk unless given). */
    private static Action.RunQuery runQuery(double storageGb, String... args) {
        OfferQuery q = java.util.Objects.requireNonNull(
                        SearchOffersCommand.parse(List.of(args)).args())
                .query();
        return new Action.RunQuery(new OfferQuery(q.filters(), q.order(), q.type(), q.limit(), storageGb));
    }

    static Stream<Arguments> actions() {
        String d = OffersState.DEFAULT_QUERY;
        return Stream.of(
                Arguments.of(
                        "search offers 'gpu_name=RTX_4090 num_gpus>=2'",
                        List.of(
                                new Action.Go(Screen.OFFERS),
                                new Action.EditQuery(d + " gpu_name=RTX_4090 num_gpus>=2"),
                                runQuery(10, "gpu_name=RTX_4090 num_gpus>=2"))),
                Arguments.of(
                        "search offers -n gpu_ram>=24",
                        List.of(
                                new Action.Go(Screen.OFFERS),
                                new Action.EditQuery("gpu_ram>=24"),
                                runQuery(10, "-n", "gpu_ram>=24"))),
                Arguments.of(
                        "search offers -i --storage 40",
                        List.of(
                                new Action.Go(Screen.OFFERS),
                                new Action.EditQuery(d),
                                runQuery(40, "-i", "--storage", "40"))),
                Arguments.of(
                        "search offers -o reliability-",
                        List.of(
                                new Action.Go(Screen.OFFERS),
                                new Action.EditQuery(d),
                                runQuery(10, "-o", "reliability-"),
                                new Action.SortBy(OfferColumn.RELIABILITY))),
                Arguments.of(
                        "search templates name=PyTorch",
                        List.of(new Action.Go(Screen.IMAGE), new Action.SearchTemplates("PyTorch"))),
                Arguments.of("show instances", List.of(new Action.ListInstances())),
                Arguments.of("ssh-url 4242", List.of(new Action.ListInstances())),
                Arguments.of("offer 1001", List.of(new Action.SelectOffer(1001))),
                Arguments.of("image pytorch/pytorch:latest", List.of(new Action.SetImage("pytorch/pytorch:latest"))),
                Arguments.of("image none", List.of(new Action.SetImage(""))),
                Arguments.of("image", List.of(new Action.Go(Screen.IMAGE))),
                Arguments.of("template PyTorch (Vast)", List.of(new Action.ApplyTemplate("PyTorch (Vast)"))),
                Arguments.of("template none", List.of(new Action.ClearTemplate())),
                Arguments.of("env A=1 'B=x y'", List.of(new Action.PutEnv("A", "1"), new Action.PutEnv("B", "x y"))),
                Arguments.of("env", List.of(new Action.Go(Screen.ENV))),
                Arguments.of(
                        "unset HF_TOKEN 8888:8888",
                        List.of(new Action.RemoveEnv("HF_TOKEN"), new Action.RemoveEnv("8888:8888"))),
                Arguments.of("port 8000/udp 6006", List.of(new Action.AddPort("8000/udp"), new Action.AddPort("6006"))),
                Arguments.of("disk 40", List.of(new Action.SetDisk(40.0))),
                Arguments.of("disk default", List.of(new Action.SetDisk(null))),
                Arguments.of("label my run", List.of(new Action.SetLabel("my run"))),
                Arguments.of("label none", List.of(new Action.SetLabel(null))),
                Arguments.of("mode jupyter --direct", List.of(new Action.SetMode(LaunchMode.JUPYTER, true))),
                Arguments.of("mode default", List.of(new Action.SetMode(null, false))),
                Arguments.of("onstart pip install vllm", List.of(new Action.SetOnstart("pip install vllm"))),
                Arguments.of("bid 0.25", List.of(new Action.SetBid(0.25))),
                Arguments.of("bid none", List.of(new Action.SetBid(null))),
                Arguments.of("go review", List.of(new Action.Go(Screen.REVIEW))),
                Arguments.of("review", List.of(new Action.Go(Screen.REVIEW))),
                Arguments.of("launch", List.of(new Action.RequestLaunch())),
                Arguments.of("cancel", List.of(new Action.CancelLaunch())),
                Arguments.of("sort price desc", List.of(new Action.SortBy(OfferColumn.PRICE))),
                Arguments.of("sort reliability", List.of(new Action.SortBy(OfferColumn.RELIABILITY))),
                Arguments.of("filter 4090 US", List.of(new Action.FilterLocal("4090 US"))),
                Arguments.of("hours 8", List.of(new Action.SetHours(8))),
                Arguments.of("next", List.of(new Action.UseNextOffer())),
                Arguments.of(
                        "SEARCH OFFERS", List.of(new Action.Go(Screen.OFFERS), new Action.EditQuery(d), runQuery(10))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void parsesToActions(String line, List<Action> expected) {
        LineResult r = COMMANDS.parse(line, STATE, Entry.SHELL);
        assertThat(r.outcome()).isInstanceOf(ParseOutcome.Run.class);
        assertThat(((ParseOutcome.Run) r.outcome()).actions()).isEqualTo(expected);
        assertThat(r.column()).isEqualTo(-1);
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of("serch offers", 0, "unknown command 'serch'; did you mean 'search'?"),
                Arguments.of("search offers 'gpu_name=RTX 4090", 14, "this quote is never closed"),
                Arguments.of("search offers --colour", 14, "unknown option '--colour'"),
                Arguments.of("search offers --type cheap", 21, "--type must be one of"),
                Arguments.of("search offers --storage", 14, "--storage needs a value"),
                Arguments.of("search offers --storage lots", 14, "--storage expects GB"),
                Arguments.of("search offers --limit 0", 14, "--limit expects a whole number"),
                Arguments.of("search offers 'gpu_ram>=24 4090'", 27, "query col 13: '4090' has no operator"),
                Arguments.of("search offers num_gpus>=2 gpu_ram=>24", 33, "unknown operator '=>'"),
                Arguments.of("search offers dph<", 17, "needs a value"),
                Arguments.of("create instance", 15, "give the offer id"),
                Arguments.of("create instance abc --image x/y:1", 16, "offer id must be a whole number"),
                Arguments.of("create instance 1001 --image x/y:1 --disk big", 35, "--disk expects GB"),
                Arguments.of("create instance 1001 --image x/y:1 --env '-e A'", 35, "--env has tokens"),
                Arguments.of("create instance 1001 --image x/y:1 --onstart nope.sh", 35, "cannot read file"),
                Arguments.of("show instances now", 15, "unexpected word"),
                Arguments.of("show instance", 14, "missing the instance ID"),
                Arguments.of("ssh-url four", 8, "instance ID must be a whole number"),
                Arguments.of("ssh-url 1 2", 10, "unexpected word"),
                Arguments.of("destroy instance", 17, "missing the instance ID"),
                Arguments.of("destroy instance x", 17, "instance ID must be a whole number"),
                Arguments.of("offer", 6, "missing the offer ID"),
                Arguments.of("offer -5", 6, "offer ID must be a whole number"),
                Arguments.of("offer 1 2", 8, "unexpected word"),
                Arguments.of("image a b", 8, "unexpected word"),
                Arguments.of("image --tag", 6, "not an image reference"),
                Arguments.of("template", 9, "missing a template name"),
                Arguments.of("template TensorFlow", 9, "no template named 'TensorFlow'"),
                Arguments.of("env A=1 NOVALUE", 8, "expected KEY=VALUE"),
                Arguments.of("env 1A=x", 4, "is not a variable name"),
                Arguments.of("unset", 6, "missing a variable or port"),
                Arguments.of("unset HF_HOME NOPE", 14, "nothing named 'NOPE'"),
                Arguments.of("port", 5, "missing a port"),
                Arguments.of("port 8000 99999", 10, "not a port"),
                Arguments.of("disk", 5, "missing the size"),
                Arguments.of("disk -4", 5, "disk expects GB"),
                Arguments.of("disk 4 5", 7, "unexpected word"),
                Arguments.of("label", 6, "missing the text"),
                Arguments.of("onstart", 8, "missing the text"),
                Arguments.of("mode", 5, "missing the mode"),
                Arguments.of("mode telnet", 5, "mode must be ssh, jupyter, args or default"),
                Arguments.of("mode ssh jupyter", 9, "unexpected word"),
                Arguments.of("mode --direct", 5, "missing the mode"),
                Arguments.of("mode default --direct", 5, "--direct needs a mode"),
                Arguments.of("bid", 4, "missing a price"),
                Arguments.of("bid free", 4, "bid expects $/hour"),
                Arguments.of("bid 1 2", 6, "unexpected word"),
                Arguments.of("go", 3, "missing a screen"),
                Arguments.of("go home", 3, "no screen named 'home'"),
                Arguments.of("go offers now", 10, "unexpected word"),
                Arguments.of("offers now", 7, "unexpected word"),
                Arguments.of("review now", 7, "unexpected word"),
                Arguments.of("launch now", 7, "unexpected word"),
                Arguments.of("confirm now", 8, "unexpected word"),
                Arguments.of("sort", 5, "missing a column"),
                Arguments.of("sort colour", 5, "no column named 'colour'"),
                Arguments.of("sort price up", 11, "direction must be asc or desc"),
                Arguments.of("sort price asc now", 15, "unexpected word"),
                Arguments.of("hours", 6, "missing the hours"),
                Arguments.of("hours 0", 6, "hours expects a whole number"),
                Arguments.of("hours 1 2", 8, "unexpected word"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void reportsProblemsWhereTheyAre(String line, int column, String message) {
        LineResult r = COMMANDS.parse(line, STATE, Entry.SHELL);
        assertThat(r.outcome()).isInstanceOf(ParseOutcome.Problem.class);
        assertThat(((ParseOutcome.Problem) r.outcome()).message()).contains(message);
        assertThat(r.column()).as("caret column").isEqualTo(column);
    }

    @Test
    void wizardIsRefusedInTheBarAndOpensInTheShell() {
        assertThat(COMMANDS.parse("wizard", STATE, Entry.BAR).outcome())
                .isInstanceOfSatisfying(
                        ParseOutcome.Problem.class, p -> assertThat(p.message()).contains("works in the shell"));
        assertThat(COMMANDS.parse("tui", STATE, Entry.SHELL).outcome()).isInstanceOf(ParseOutcome.OpenWizard.class);
    }

    @Test
    void confirmQuitAndHelpAreSpecialSteps() {
        assertThat(COMMANDS.parse("yes", STATE, Entry.SHELL).outcome()).isInstanceOf(ParseOutcome.Confirm.class);
        assertThat(COMMANDS.parse("exit", STATE, Entry.SHELL).outcome()).isInstanceOf(ParseOutcome.Quit.class);
        assertThat(COMMANDS.parse("destroy instance 4242", STATE, Entry.SHELL).outcome())
                .isInstanceOfSatisfying(ParseOutcome.ConfirmThen.class, c -> {
                    assertThat(c.question()).contains("4242").contains("[y/N]");
                    assertThat(c.actions())
                            .containsExactly(new Action.ChangeInstance(4242, new InstanceChange.Destroy()));
                });
        assertThat(COMMANDS.parse("destroy instance 4242 -y", STATE, Entry.SHELL)
                        .outcome())
                .isInstanceOfSatisfying(
                        ParseOutcome.Run.class,
                        r -> assertThat(r.actions())
                                .containsExactly(new Action.ChangeInstance(4242, new InstanceChange.Destroy())));
        assertThat(COMMANDS.parse("destroy instance 4242 --now", STATE, Entry.SHELL)
                        .outcome())
                .isInstanceOf(ParseOutcome.Problem.class);
    }

    @Test
    void createInstanceLoadsTheDraftThenAsksForReviewNeverSubmits() {
        LineResult r = COMMANDS.parse(
                "create instance 1001 --image pytorch/pytorch:latest --disk 40 --env '-e HF_HOME=/w -p 8888:8888'"
                        + " --onstart start.sh",
                STATE,
                Entry.SHELL);
        ParseOutcome.Run run = (ParseOutcome.Run) r.outcome();
        assertThat(run.actions()).hasSize(3);
        assertThat(run.actions().get(0)).isInstanceOfSatisfying(Action.LoadDraft.class, l -> {
            assertThat(l.draft().offerId()).isEqualTo(1001L);
            assertThat(l.draft().image()).isEqualTo("pytorch/pytorch:latest");
            assertThat(l.draft().diskGb()).isEqualTo(40.0);
            assertThat(l.draft().onstart()).isEqualTo("echo hi");
            assertThat(l.draft().env().get("HF_HOME")).contains("/w");
        });
        assertThat(run.actions().get(1)).isEqualTo(new Action.SelectOffer(1001));
        assertThat(run.actions().get(2)).isEqualTo(new Action.RequestLaunch());
        assertThat(run.actions()).noneMatch(a -> a instanceof Action.ConfirmLaunch);
        assertThat(run.report()).isEqualTo(Report.LAUNCH);
    }

    @Test
    void orderAndLimitAreSentAsTypedAndAColumnSortIsNotedWhenThereIsNone() {
        ParseOutcome.Run run =
                (ParseOutcome.Run) COMMANDS.parse("search offers -o score- --limit 5", STATE, Entry.SHELL)
                        .outcome();
        assertThat(run.actions())
                .anySatisfy(a -> assertThat(a)
                        .isInstanceOfSatisfying(
                                Action.RunQuery.class,
                                q -> assertThat(q.query().limit()).isEqualTo(5)));
        assertThat(run.notes()).anyMatch(n -> n.contains("-o score")).noneMatch(n -> n.contains("--limit"));
    }

    @Test
    void helpIsGeneratedFromTheTable() {
        String all = COMMANDS.help();
        for (Command c : COMMANDS.commands()) {
            assertThat(all).contains(c.name()).contains(c.summary());
        }
        assertThat(COMMANDS.help("search offers"))
                .startsWith("usage: search offers [QUERY...]")
                .contains("-t, --type VALUE")
                .contains("(on-demand, bid, interruptible, reserved, ondemand)");
        assertThat(COMMANDS.help("yes")).startsWith("usage: confirm");
        assertThat(((ParseOutcome.Say)
                                COMMANDS.parse("help mode", STATE, Entry.SHELL).outcome())
                        .text())
                .startsWith("usage: mode ssh|jupyter|args|default [--direct]");
    }
}
