package dev.vastlaunch.launch;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Returns a launch being edited: every field optional, never changed in place; {@link #toRequest()} builds the
 * always-valid {@link LaunchRequest} once {@link #validate()} finds no blocking problem.
 *
 * <p>{@code env} holds the user's own options; a template's env is merged under it (see {@link TemplateMerge}).
 */
public record LaunchDraft(
        @Nullable Long offerId,
        @Nullable OfferFacts offer,
        @Nullable String image,
        @Nullable Template template,
        @Nullable String templateHashId,
        EnvSpec env,
        @Nullable Double price,
        @Nullable Double diskGb,
        @Nullable String label,
        @Nullable String onstart,
        @Nullable LaunchMode mode,
        boolean direct,
        List<String> args,
        @Nullable String argsStr,
        @Nullable String imageLogin,
        boolean pythonUtf8,
        boolean langUtf8,
        boolean useJupyterLab,
        @Nullable String jupyterDir,
        boolean force,
        boolean cancelUnavail,
        @Nullable String targetState,
        boolean vm,
        @Nullable String user,
        @Nullable VolumeInfo volumeInfo,
        @Nullable String extra) {

    /** The disk size the official CLI sends when none is given, in GB. */
    public static final double DEFAULT_DISK_GB = 10.0;

    public LaunchDraft {
        args = List.copyOf(args);
    }

    /** Returns a draft with nothing chosen yet. */
    public static LaunchDraft empty() {
        return new LaunchDraftBuilder().build();
    }

    /** Returns a builder holding this draft's values. */
    public LaunchDraftBuilder toBuilder() {
        return new LaunchDraftBuilder(this);
    }

    /** Returns this draft renting {@code facts}' offer, with its price and disk facts for the checks. */
    public LaunchDraft withOffer(OfferFacts facts) {
        return toBuilder().offerId(facts.offerId()).offer(facts).build();
    }

    /** Returns this draft with the image reference {@code ref} ({@code repo/name:tag}), or none when null. */
    public LaunchDraft withImage(@Nullable String ref) {
        return toBuilder().image(ref).build();
    }

    /** Returns this draft based on {@code t}: its hash is sent and its defaults apply under the user's values. */
    public LaunchDraft withTemplate(@Nullable Template t) {
        return toBuilder()
                .template(t)
                .templateHashId(t == null ? null : t.hashId())
                .build();
    }

    /** Returns this draft with {@code entry} added, or replacing the entry with the same key. */
    public LaunchDraft putEnv(EnvEntry entry) {
        return toBuilder().env(env.put(entry)).build();
    }

    /** Returns this draft without the env var, port or option {@code key}. */
    public LaunchDraft removeEnv(String key) {
        return toBuilder().env(env.remove(key)).build();
    }

    /** Returns this draft with the user's options replaced by {@code spec}. */
    public LaunchDraft withEnv(EnvSpec spec) {
        return toBuilder().env(spec).build();
    }

    /** Returns this draft with a disk size in GB, or the default when null. */
    public LaunchDraft withDisk(@Nullable Double gb) {
        return toBuilder().diskGb(gb).build();
    }

    /** Returns this draft with a bid price in $/hour (interruptible), or on-demand when null. */
    public LaunchDraft withPrice(@Nullable Double dollarsPerHour) {
        return toBuilder().price(dollarsPerHour).build();
    }

    /** Returns this draft with a launch mode and whether ports are direct. */
    public LaunchDraft withMode(@Nullable LaunchMode newMode, boolean newDirect) {
        return toBuilder().mode(newMode).direct(newDirect).build();
    }

    /** Returns the template hash that will be sent, if any. */
    public Optional<String> templateHash() {
        if (template != null) {
            return Optional.of(template.hashId());
        }
        return Optional.ofNullable(templateHashId);
    }

    /** Returns the disk that will be sent: the user's, else the template's recommendation, else 10 GB. */
    public double effectiveDiskGb() {
        if (diskGb != null) {
            return diskGb;
        }
        if (template != null && template.recommendedDiskGb() > 0) {
            return Math.max(template.recommendedDiskGb(), 8.0);
        }
        return DEFAULT_DISK_GB;
    }

    /**
     * Returns the runtype that will be sent, derived as the official CLI does; null when a template decides.
     */
    public @Nullable String runtype() {
        if (mode == null) {
            if (templateHash().isPresent()) {
                return null;
            }
            return args.isEmpty() ? "ssh" : "args";
        }
        return mode.runtype(direct);
    }

    /** Returns every problem of this draft; a launch is possible when none is blocking. */
    public List<Problem> validate() {
        return LaunchValidator.validate(this);
    }

    /** Returns whether no problem blocks the launch. */
    public boolean isLaunchable() {
        return validate().stream().noneMatch(Problem::blocking);
    }

    /** Returns the request this draft describes; throws {@link IllegalStateException} while a problem blocks it. */
    public LaunchRequest toRequest() {
        List<Problem> blocking = validate().stream().filter(Problem::blocking).toList();
        if (!blocking.isEmpty() || offerId == null) {
            throw new IllegalStateException("draft has problems: " + blocking);
        }
        String rt = runtype();
        return new LaunchRequest(
                offerId,
                image,
                templateHash().orElse(null),
                PortalConfig.adjust(env, rt).orElse(env),
                price,
                effectiveDiskGb(),
                label,
                onstart,
                rt,
                args,
                argsStr,
                imageLogin,
                pythonUtf8,
                langUtf8,
                useJupyterLab,
                jupyterDir,
                force,
                cancelUnavail,
                targetState,
                vm,
                user,
                volumeInfo,
                extra);
    }
}
