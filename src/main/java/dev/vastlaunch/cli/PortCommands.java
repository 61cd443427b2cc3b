package dev.vastlaunch.cli;

import dev.vastlaunch.app.Ports;
import dev.vastlaunch.launch.Ids;
import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.LaunchRequest;
import dev.vastlaunch.launch.LaunchResult;
import dev.vastlaunch.launch.Template;
import dev.vastlaunch.offers.Json;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.Outcome;
import dev.vastlaunch.offers.QueryParseResult;
import dev.vastlaunch.offers.QueryParser;
import dev.vastlaunch.offers.SearchOffersArgs;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Executes the one-shot commands through the same ports the screens use, printing for people or scripts. */
public final class PortCommands implements Commands {
    private final Supplier<Ports> ports;
    private final PrintStream out;
    private final PrintStream err;
    private final Confirmer confirmer;
    private final int width;
    private final Sleeper sleeper;

    /** Returns commands over {@code ports}; tables fit {@code width} columns. */
    public PortCommands(
            Ports ports, PrintStream out, PrintStream err, Confirmer confirmer, int width, Sleeper sleeper) {
        this(() -> ports, out, err, confirmer, width, sleeper);
    }

    /**
     * Returns commands over ports made on first use, so a command line with a usage error starts no server and
     * contacts nothing.
     */
    public PortCommands(
            Supplier<Ports> ports, PrintStream out, PrintStream err, Confirmer confirmer, int width, Sleeper sleeper) {
        this.ports = ports;
        this.out = out;
        this.err = err;
        this.confirmer = confirmer;
        this.width = width;
        this.sleeper = sleeper;
    }

    @Override
    public int searchOffers(SearchOffersArgs args, GlobalOptions g) {
        Outcome<List<Offer>> r = ports.get().offers().search(args.query());
        if (!(r instanceof Outcome.Ok<List<Offer>> ok)) {
            return failed(r, g);
        }
        if (g.raw()) {
            out.println(Json.pretty(ok.value().stream().map(Printers::offer).toList(), 1));
        } else {
            out.print(Printers.offers(ok.value(), width));
            err.println(ok.value().size() + " offers");
        }
        return ExitCode.OK;
    }

    @Override
    public int createInstance(LaunchRequest request, GlobalOptions g) {
        if (!g.yes()) {
            if (!confirmer.canAsk()) {
                err.println("error: create instance spends money; add --yes to confirm when not on a terminal");
                return ExitCode.USAGE;
            }
            String what = request.image() != null ? request.image() : "template " + request.templateHashId();
            String price = request.price() == null ? "on-demand" : "bid $" + request.price() + "/h";
            if (!confirmer.confirm("Launch offer " + request.offerId() + " with " + what + ", " + request.diskGb()
                    + " GB disk, " + price + "? [y/N] ")) {
                err.println("cancelled; nothing was sent");
                return ExitCode.OK;
            }
        }
        LaunchResult r = ports.get().submitter().submit(request);
        if (r instanceof LaunchResult.Created c) {
            if (g.raw()) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("success", true);
                body.put("new_contract", c.instanceId());
                out.println(Json.pretty(body, 1));
            } else {
                out.println(c.instanceId());
                err.println("created instance " + c.instanceId()
                        + (c.recovered()
                                ? " (its answer was lost; found in your instance list by start time and image: if you launched the same image in the last minutes, check show instances)"
                                : "")
                        + "; next: vastlaunch wait "
                        + c.instanceId());
            }
            return ExitCode.OK;
        }
        if (r instanceof LaunchResult.Rejected rej) {
            err.println("Failed with error " + rej.status() + ": " + rej.message());
            if (rej.offerGone()) {
                err.println("the offer was taken by someone else; nothing was created. Search again.");
            }
            return ExitCode.FAILURE;
        }
        if (r instanceof LaunchResult.NotSent ns) {
            err.println("error: not sent: " + ns.message() + "; nothing was created");
            return ExitCode.FAILURE;
        }
        err.println("error: " + ((LaunchResult.Unknown) r).message());
        return ExitCode.FAILURE;
    }

    @Override
    public int run(Usage.Verb verb, List<String> rest, GlobalOptions g) {
        return switch (verb) {
            case SEARCH_TEMPLATES -> searchTemplates(rest, g);
            case SHOW_INSTANCES -> showInstances(g);
            case SHOW_INSTANCE -> withId(rest, "show instance", id -> showInstance(id, g));
            case SSH_URL -> withId(rest, "ssh-url", this::sshUrl);
            case WAIT ->
                withId(
                        rest,
                        "wait",
                        id -> new InstanceWaiter(ports.get().instances(), err, sleeper).await(id, timeout(rest), out));
            case DESTROY_INSTANCE -> withId(rest, "destroy instance", id -> destroy(id, g));
            case START_INSTANCE ->
                withId(
                        rest,
                        "start instance",
                        id -> simple(ports.get().instances().setRunning(id, true), "starting instance " + id + ".", g));
            case STOP_INSTANCE ->
                withId(
                        rest,
                        "stop instance",
                        id -> simple(
                                ports.get().instances().setRunning(id, false), "stopping instance " + id + ".", g));
            case LABEL_INSTANCE -> label(rest, g);
            default -> ExitCode.USAGE;
        };
    }

    private int searchTemplates(List<String> rest, GlobalOptions g) {
        QueryParseResult q = QueryParser.parse(String.join(" ", rest), new LinkedHashMap<>());
        if (q instanceof QueryParseResult.Invalid bad) {
            err.println("error: search templates: query " + bad.problem().describe());
            return ExitCode.USAGE;
        }
        Outcome<List<Template>> r = ports.get().instances().searchTemplates(((QueryParseResult.Valid) q).filters());
        if (!(r instanceof Outcome.Ok<List<Template>> ok)) {
            return failed(r, g);
        }
        out.print(Printers.templates(ok.value(), width));
        return ExitCode.OK;
    }

    private int showInstances(GlobalOptions g) {
        Outcome<List<Instance>> r = ports.get().instances().listInstances();
        if (!(r instanceof Outcome.Ok<List<Instance>> ok)) {
            return failed(r, g);
        }
        if (g.raw()) {
            out.println(Json.pretty(ok.value().stream().map(Printers::instance).toList(), 1));
        } else if (ok.value().isEmpty()) {
            err.println("no instances");
        } else {
            out.print(Printers.instances(ok.value(), width));
        }
        return ExitCode.OK;
    }

    private int showInstance(long id, GlobalOptions g) {
        Outcome<Optional<Instance>> r = ports.get().instances().showInstance(id);
        if (!(r instanceof Outcome.Ok<Optional<Instance>> ok)) {
            return failed(r, g);
        }
        if (ok.value().isEmpty()) {
            err.println("Instance " + id + " not found or no longer exists.");
            return ExitCode.FAILURE;
        }
        if (g.raw()) {
            out.println(Json.pretty(Printers.instance(ok.value().get()), 1));
        } else {
            out.print(Printers.instances(ok.value().stream().toList(), width));
        }
        return ExitCode.OK;
    }

    private int sshUrl(long id) {
        Outcome<List<Instance>> r = ports.get().instances().listInstances();
        if (!(r instanceof Outcome.Ok<List<Instance>> ok)) {
            err.println("error: " + r.describe());
            return ExitCode.FAILURE;
        }
        Optional<Instance> found = ok.value().stream().filter(i -> i.id() == id).findFirst();
        if (found.isEmpty()) {
            err.println("error: no instance found with id " + id);
            return ExitCode.FAILURE;
        }
        Optional<String> url = found.get().sshTarget().map(t -> t.url());
        if (url.isEmpty()) {
            err.println("error: ssh port not found (instance " + id + " is "
                    + Optional.ofNullable(found.get().actualStatus()).orElse("provisioning") + ")");
            return ExitCode.FAILURE;
        }
        out.println(url.get());
        return ExitCode.OK;
    }

    private int destroy(long id, GlobalOptions g) {
        if (!g.yes()) {
            if (!confirmer.canAsk()) {
                err.println("error: destroy cannot be undone; add --yes to confirm when not on a terminal");
                return ExitCode.USAGE;
            }
            if (!confirmer.confirm("Destroy instance " + id + "? Its disk is deleted. [y/N] ")) {
                err.println("cancelled");
                return ExitCode.OK;
            }
        }
        return simple(ports.get().instances().destroy(id), "destroying instance " + id + ".", g);
    }

    private int label(List<String> rest, GlobalOptions g) {
        if (rest.size() < 2) {
            err.println("usage: " + Usage.of("label instance"));
            return ExitCode.USAGE;
        }
        String text = String.join(" ", rest.subList(1, rest.size()));
        return withId(
                rest.subList(0, 1),
                "label instance",
                id -> simple(
                        ports.get().instances().setLabel(id, text), "label for " + id + " set to " + text + ".", g));
    }

    private int simple(Outcome<Boolean> r, String done, GlobalOptions g) {
        if (r instanceof Outcome.Ok<Boolean>) {
            out.println(done);
            return ExitCode.OK;
        }
        return failed(r, g);
    }

    private int failed(Outcome<?> r, GlobalOptions g) {
        if (r instanceof Outcome.Rejected<?> rej) {
            if (g.raw()) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("error", true);
                body.put("status_code", rej.status());
                body.put("msg", rej.message());
                err.println(Json.compact(body));
            } else {
                err.println("Failed with error " + rej.status() + ": " + rej.message());
            }
        } else {
            err.println("error: " + r.describe());
        }
        return ExitCode.FAILURE;
    }

    private int withId(List<String> rest, String name, java.util.function.LongFunction<Integer> action) {
        Optional<Long> id = rest.isEmpty() ? Optional.empty() : Ids.parse(rest.get(0));
        if (id.isEmpty()) {
            err.println("error: " + name + ": give an instance id (a whole number)");
            err.println("usage: " + Usage.of(name));
            return ExitCode.USAGE;
        }
        return action.apply(id.get());
    }

    private static @Nullable Long timeout(List<String> rest) {
        int i = rest.indexOf("--timeout");
        if (i < 0 || i + 1 >= rest.size()) {
            return null;
        }
        return Ids.parse(rest.get(i + 1)).orElse(null);
    }
}
