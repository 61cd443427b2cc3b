package dev.vastlaunch.launch;

import dev.vastlaunch.offers.OptionParser;
import dev.vastlaunch.offers.OptionSpec;
import dev.vastlaunch.offers.ParsedArgs;
import dev.vastlaunch.offers.UsageProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Parses the official CLI's {@code create instance ID ...} arguments into a {@link LaunchDraft}, deriving the
 * runtype as the CLI does; malformed {@code --env} tokens are problems, not silently dropped.
 */
public final class CreateInstanceCommand {
    /** The options of {@code create instance}, as the official CLI spells them (plus hyphenated aliases). */
    public static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.value("image to run, e.g. pytorch/pytorch:latest", "--image"),
            OptionSpec.value("template hash id", "--template_hash", "--template-hash"),
            OptionSpec.value("disk size in GB (default 10)", "--disk"),
            OptionSpec.value("Docker options: '-e K=V -p 8000:8000'", "--env"),
            OptionSpec.value("instance label", "--label"),
            OptionSpec.value("file whose contents run on start", "--onstart"),
            OptionSpec.value("command to run on start", "--onstart-cmd"),
            OptionSpec.value("entrypoint, used as onstart when none is given", "--entrypoint"),
            OptionSpec.value("registry login, e.g. '-u user -p token docker.io'", "--login"),
            OptionSpec.value("user for docker create", "--user"),
            OptionSpec.flag("launch as ssh", "--ssh"),
            OptionSpec.flag("launch as jupyter", "--jupyter"),
            OptionSpec.flag("direct ports instead of the proxy", "--direct"),
            OptionSpec.value("directory jupyter starts in", "--jupyter-dir"),
            OptionSpec.flag("jupyter lab instead of notebook", "--jupyter-lab"),
            OptionSpec.flag("set LANG to C.UTF-8", "--lang-utf8"),
            OptionSpec.flag("set python's locale to C.UTF-8", "--python-utf8"),
            OptionSpec.value("extra (hidden CLI option)", "--extra"),
            OptionSpec.flag("skip sanity checks", "--force"),
            OptionSpec.flag("fail if the instance cannot start now", "--cancel-unavail"),
            OptionSpec.value("bid in $/hour per machine (interruptible)", "--bid_price", "--bid-price"),
            OptionSpec.value("volume offer id to create a volume from", "--create-volume"),
            OptionSpec.value("existing volume id to link", "--link-volume"),
            OptionSpec.value("new volume size in GB (default 15)", "--volume-size"),
            OptionSpec.value("where the volume is mounted", "--mount-path"),
            OptionSpec.value("new volume's name", "--volume-label"),
            OptionSpec.choice("running or stopped", List.of("running", "stopped"), "--target-state"),
            OptionSpec.value("arguments string for the entrypoint", "--args-str"),
            OptionSpec.remainder("arguments for the entrypoint: every word after it", "--args"));

    private static final OptionParser PARSER = new OptionParser(OPTIONS);

    private CreateInstanceCommand() {}

    /** Returns the outcome of parsing: the arguments, or the problem with the word it is at. */
    public record Result(
            @Nullable CreateInstanceArgs args, @Nullable UsageProblem problem) {
        static Result fail(int word, String message) {
            return new Result(null, new UsageProblem(word, message));
        }
    }

    /**
     * Parses the words after {@code create instance}; {@code readFile} reads the file of {@code --onstart}.
     */
    public static Result parse(List<String> words, FileSource readFile) {
        return parse(words, readFile, true);
    }

    /**
     * Parses the words after {@code create instance} of a preset: the same options, but no offer id (a preset
     * searches for its offer at launch).
     */
    public static Result parseRecipe(List<String> words, FileSource readFile) {
        return parse(words, readFile, false);
    }

    private static Result parse(List<String> words, FileSource readFile, boolean withOffer) {
        OptionParser.Result parsed = PARSER.parse(words);
        if (parsed.problem() != null) {
            return new Result(null, parsed.problem());
        }
        ParsedArgs a = parsed.args();
        if (!withOffer) {
            if (!a.positionals().isEmpty()) {
                return Result.fail(
                        words.indexOf(a.positionals().get(0)),
                        "a preset names no offer id (it searches at launch): remove '"
                                + a.positionals().get(0) + "'");
            }
            return values(a, new LaunchDraftBuilder(), readFile);
        }
        if (a.positionals().size() != 1) {
            return Result.fail(
                    -1,
                    a.positionals().isEmpty()
                            ? "give the offer id: create instance ID --image IMAGE"
                            : "expected one offer id, got: " + String.join(" ", a.positionals()));
        }
        Optional<Long> id = Ids.parse(a.positionals().get(0));
        if (id.isEmpty()) {
            return Result.fail(words.indexOf(a.positionals().get(0)), "offer id must be a whole number");
        }
        return values(a, new LaunchDraftBuilder().offerId(id.get()), readFile);
    }

    private static Result values(ParsedArgs a, LaunchDraftBuilder b, FileSource readFile) {
        List<String> warnings = new ArrayList<>();
        Optional<UsageProblem> problem = CreateValues.apply(a, b, readFile, warnings);
        if (problem.isPresent()) {
            return new Result(null, problem.get());
        }
        return new Result(new CreateInstanceArgs(b.build(), warnings), null);
    }
}
