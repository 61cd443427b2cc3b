package dev.vastlaunch.launch;

import dev.vastlaunch.offers.ParsedArgs;
import dev.vastlaunch.offers.UsageProblem;
import java.util.List;
import java.util.Optional;

/** Derives the launch mode from {@code --ssh}, {@code --jupyter*}, {@code --direct} and {@code --args} as the CLI does. */
final class RuntypeFlags {
    private RuntypeFlags() {}

    static Optional<UsageProblem> apply(ParsedArgs a, LaunchDraftBuilder b, List<String> warnings) {
        boolean argsGiven = a.has("--args");
        b.args(a.values("--args"));
        boolean jupyter = a.has("--jupyter") || a.has("--jupyter-dir") || a.has("--jupyter-lab");
        if (a.has("--template_hash")) {
            if (jupyter || a.has("--ssh")) {
                warnings.add("--ssh/--jupyter are ignored with --template_hash: the template decides the launch mode"
                        + " (as in the official CLI)");
            }
            return Optional.empty();
        }
        if (jupyter && argsGiven) {
            return Optional.of(new UsageProblem(
                    a.word("--args"),
                    "Can't use --jupyter and --args together. Try --onstart or --onstart-cmd instead of --args."));
        }
        if (jupyter) {
            b.mode(LaunchMode.JUPYTER);
        } else if (a.has("--ssh")) {
            b.mode(LaunchMode.SSH);
        } else if (argsGiven) {
            b.mode(LaunchMode.ARGS);
        } else if (a.has("--direct")) {
            warnings.add("--direct does nothing without --ssh or --jupyter (as in the official CLI)");
        }
        return Optional.empty();
    }
}
