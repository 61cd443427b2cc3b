package dev.vastlaunch.launch;

import dev.vastlaunch.offers.ParsedArgs;
import dev.vastlaunch.offers.UsageProblem;
import java.util.Optional;
import java.util.regex.Pattern;

/** Maps the volume flags onto {@code volume_info}, with the official CLI's rules as messages instead of tracebacks. */
final class VolumeFlags {
    private static final Pattern MOUNT_PATH = Pattern.compile("^(/)?([^/\\x00]+(/)?)+$");
    private static final int DEFAULT_SIZE_GB = 15;

    private VolumeFlags() {}

    static Optional<UsageProblem> apply(ParsedArgs a, LaunchDraftBuilder b) {
        boolean create = a.has("--create-volume");
        boolean link = a.has("--link-volume");
        if (a.has("--volume-size") && !create) {
            return problem(a, "--volume-size", "--volume-size only applies with --create-volume");
        }
        if (a.has("--volume-label") && !create) {
            return problem(a, "--volume-label", "--volume-label only applies with --create-volume");
        }
        if (!create && !link) {
            if (a.has("--mount-path")) {
                return problem(a, "--mount-path", "--mount-path needs --create-volume or --link-volume");
            }
            return Optional.empty();
        }
        if (create && link) {
            return problem(a, "--link-volume", "use either --create-volume or --link-volume, not both");
        }
        String flag = create ? "--create-volume" : "--link-volume";
        String path = a.value("--mount-path").orElse("");
        if (path.isEmpty()) {
            return problem(a, flag, flag + " needs --mount-path, e.g. --mount-path /workspace");
        }
        if (!MOUNT_PATH.matcher(path).matches()) {
            return problem(a, "--mount-path", "--mount-path '" + path + "' is not a valid path");
        }
        Optional<Long> id = Ids.parse(a.value(flag).orElse(""));
        if (id.isEmpty()) {
            return problem(a, flag, flag + " expects a whole-number id");
        }
        Integer size = null;
        if (create) {
            size = DEFAULT_SIZE_GB;
            if (a.has("--volume-size")) {
                Optional<Long> n = Ids.parse(a.value("--volume-size").orElse(""));
                if (n.isEmpty() || n.get() > Integer.MAX_VALUE) {
                    return problem(a, "--volume-size", "--volume-size expects whole GB, e.g. 50");
                }
                size = n.get().intValue();
            }
        }
        String name = create ? a.value("--volume-label").orElse(null) : null;
        b.volumeInfo(new VolumeInfo(path, create, id.get(), name, size));
        return Optional.empty();
    }

    private static Optional<UsageProblem> problem(ParsedArgs a, String option, String message) {
        return Optional.of(new UsageProblem(a.word(option), message));
    }
}
