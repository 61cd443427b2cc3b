package dev.vastlaunch.launch;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Applies the official CLI's PORTAL_CONFIG rule: without a jupyter runtype, jupyter entries are removed from it.
 */
final class PortalConfig {
    static final String KEY = "PORTAL_CONFIG";

    private PortalConfig() {}

    /**
     * Returns {@code env} with PORTAL_CONFIG's jupyter entries removed when {@code runtype} is not a jupyter one, or
     * empty when that leaves nothing (an error: the value must keep at least one entry).
     */
    static Optional<EnvSpec> adjust(EnvSpec env, @Nullable String runtype) {
        Optional<String> value = env.get(KEY);
        if (value.isEmpty() || (runtype != null && runtype.contains("jupyter"))) {
            return Optional.of(env);
        }
        String kept = Arrays.stream(value.get().split("\\|", -1))
                .filter(part -> !part.toLowerCase(Locale.ROOT).contains("jupyter"))
                .collect(Collectors.joining("|"));
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(env.put(new EnvEntry.Variable(KEY, kept)));
    }
}
