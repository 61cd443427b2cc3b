package dev.vastlaunch.api;

import dev.vastlaunch.api.dto.InstanceDto;
import dev.vastlaunch.launch.LaunchRequest;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Decides which listed instances could be the result of a create whose answer was lost.
 *
 * <p>The rule: an instance matches when
 *
 * <ol>
 *   <li>its {@code start_date} is at or after the moment the request was sent, minus {@value #CLOCK_SKEW_SECONDS}
 *       seconds for clock skew between this machine and the server (a missing {@code start_date} passes: a brand-new
 *       instance may not have one yet);
 *   <li>none of image, {@code template_hash_id} and label contradicts the request (each compared only when both
 *       sides know it; a request without a label contradicts a labelled instance; images are compared without
 *       {@code docker.io/}, {@code library/} and a default {@code :latest});
 *   <li>at least one of them positively agrees, so a match is never made on time alone.
 * </ol>
 *
 * Exactly one match is taken as the created instance; none or several leave the result unknown.
 */
final class CreateRecovery {
    static final int CLOCK_SKEW_SECONDS = 120;

    private CreateRecovery() {}

    private enum Verdict {
        AGREE,
        UNKNOWN,
        DISAGREE
    }

    /** Returns the instances that match {@code request} sent at {@code sentAtEpochSeconds}, in list order. */
    static List<InstanceDto> matches(LaunchRequest request, List<InstanceDto> instances, double sentAtEpochSeconds) {
        return instances.stream()
                .filter(i -> matches(request, i, sentAtEpochSeconds))
                .toList();
    }

    static boolean matches(LaunchRequest request, InstanceDto instance, double sentAtEpochSeconds) {
        Double started = instance.startDate();
        if (started != null && started < sentAtEpochSeconds - CLOCK_SKEW_SECONDS) {
            return false;
        }
        List<Verdict> verdicts = List.of(
                compare(image(request.image()), image(instance.imageUuid())),
                compare(request.templateHashId(), instance.templateHashId()),
                label(request.label(), instance.label()));
        return !verdicts.contains(Verdict.DISAGREE) && verdicts.contains(Verdict.AGREE);
    }

    private static Verdict compare(@Nullable String wanted, @Nullable String seen) {
        if (wanted == null || wanted.isBlank() || seen == null || seen.isBlank()) {
            return Verdict.UNKNOWN;
        }
        return wanted.strip().equals(seen.strip()) ? Verdict.AGREE : Verdict.DISAGREE;
    }

    private static Verdict label(@Nullable String wanted, @Nullable String seen) {
        boolean wantedNone = wanted == null || wanted.isBlank();
        boolean seenNone = seen == null || seen.isBlank();
        if (wantedNone) {
            return seenNone ? Verdict.UNKNOWN : Verdict.DISAGREE;
        }
        return compare(wanted, seen);
    }

    /** Returns a Docker image reference in one canonical spelling, or null. */
    static @Nullable String image(@Nullable String ref) {
        if (ref == null || ref.isBlank()) {
            return null;
        }
        String out = ref.strip().toLowerCase(Locale.ROOT);
        for (String prefix : List.of("docker.io/", "index.docker.io/", "registry-1.docker.io/")) {
            if (out.startsWith(prefix)) {
                out = out.substring(prefix.length());
            }
        }
        if (out.startsWith("library/")) {
            out = out.substring("library/".length());
        }
        int slash = out.lastIndexOf('/');
        boolean tagged = out.indexOf(':', slash + 1) >= 0 || out.contains("@");
        return tagged ? out : out + ":latest";
    }
}
