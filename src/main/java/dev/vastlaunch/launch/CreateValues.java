package dev.vastlaunch.launch;

import dev.vastlaunch.offers.Numbers;
import dev.vastlaunch.offers.ParsedArgs;
import dev.vastlaunch.offers.UsageProblem;
import java.util.List;
import java.util.Optional;

/** Maps parsed {@code create instance} options onto a draft builder, as the official CLI reads them. */
final class CreateValues {
    private CreateValues() {}

    static Optional<UsageProblem> apply(
            ParsedArgs a, LaunchDraftBuilder b, FileSource readFile, List<String> warnings) {
        a.value("--image").ifPresent(b::image);
        a.value("--template_hash").ifPresent(b::templateHashId);
        for (LaunchOption o : LaunchOption.values()) {
            if (o.isSwitch()) {
                o.set(b, a.has(o.flag()));
            } else {
                a.value(o.flag()).ifPresent(v -> o.set(b, v));
            }
        }
        b.direct(a.has("--direct"));
        if (a.has("--disk")) {
            Optional<Double> disk = number(a, "--disk");
            if (disk.isEmpty()) {
                return Optional.of(new UsageProblem(a.word("--disk"), "--disk expects GB, e.g. 40"));
            }
            b.diskGb(disk.get());
        } else {
            b.diskGb(LaunchDraft.DEFAULT_DISK_GB);
        }
        if (a.has("--bid_price")) {
            Optional<Double> price = number(a, "--bid_price");
            if (price.isEmpty()) {
                return Optional.of(new UsageProblem(a.word("--bid_price"), "--bid_price expects $/hour, e.g. 0.35"));
            }
            b.price(price.get());
        }
        Optional<UsageProblem> env = env(a, b);
        if (env.isPresent()) {
            return env;
        }
        Optional<UsageProblem> onstart = onstart(a, b, readFile);
        if (onstart.isPresent()) {
            return onstart;
        }
        Optional<UsageProblem> mode = RuntypeFlags.apply(a, b, warnings);
        if (mode.isPresent()) {
            return mode;
        }
        return VolumeFlags.apply(a, b);
    }

    private static Optional<Double> number(ParsedArgs a, String name) {
        return a.value(name).flatMap(Numbers::finite);
    }

    private static Optional<UsageProblem> env(ParsedArgs a, LaunchDraftBuilder b) {
        Optional<String> text = a.value("--env");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        EnvParse parsed = EnvSpecParser.parse(text.get());
        if (!parsed.isClean()) {
            StringBuilder msg = new StringBuilder("--env has tokens that cannot be used:");
            parsed.problems().forEach(p -> msg.append("\n  ").append(p.describe()));
            return Optional.of(new UsageProblem(a.word("--env"), msg.toString()));
        }
        b.env(parsed.spec());
        return Optional.empty();
    }

    private static Optional<UsageProblem> onstart(ParsedArgs a, LaunchDraftBuilder b, FileSource readFile) {
        if (a.has("--onstart")) {
            String path = a.value("--onstart").orElse("");
            FileRead content = readFile.read(path);
            if (content instanceof FileRead.Refused refused) {
                return Optional.of(new UsageProblem(a.word("--onstart"), "--onstart: " + refused.reason()));
            }
            b.onstart(((FileRead.Text) content).text());
        } else if (a.has("--onstart-cmd")) {
            b.onstart(a.value("--onstart-cmd").orElse(""));
        } else if (a.has("--entrypoint")) {
            b.onstart(a.value("--entrypoint").orElse(""));
        }
        return Optional.empty();
    }
}
