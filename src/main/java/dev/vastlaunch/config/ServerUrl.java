package dev.vastlaunch.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Chooses the API server: {@code --url}, then {@code VAST_URL}, then {@code https://console.vast.ai}. */
public final class ServerUrl {
    /** The real API. */
    public static final String DEFAULT = "https://console.vast.ai";

    private ServerUrl() {}

    /** Returns the chosen URL without a trailing slash, or a message why it cannot be used. */
    public static Result choose(@Nullable String flag, Environment env) {
        return choose(flag, env, null);
    }

    /** Returns the chosen URL: the flag, else {@code VAST_URL}, else the settings file's, else the default. */
    public static Result choose(@Nullable String flag, Environment env, @Nullable String fromFile) {
        String url = flag != null && !flag.isBlank()
                ? flag.strip()
                : env.get("VAST_URL").orElse(fromFile == null ? DEFAULT : fromFile);
        Optional<String> problem = check(url);
        return problem.map(p -> new Result(null, p)).orElseGet(() -> new Result(trimSlash(url), null));
    }

    /** Returns why {@code url} cannot be used: not http(s), or plain http to a host that is not loopback. */
    public static Optional<String> check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("'" + url + "' is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            return Optional.of("'" + url + "' has no host");
        }
        if (scheme.equals("https")) {
            return Optional.empty();
        }
        if (scheme.equals("http")) {
            boolean loopback =
                    host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
            return loopback
                    ? Optional.empty()
                    : Optional.of("refusing plain http:// to " + host + ": the API key would travel unencrypted;"
                            + " use https:// (http is allowed for 127.0.0.1 only)");
        }
        return Optional.of("'" + url + "' must start with https://");
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Returns the URL, or the problem. */
    public record Result(@Nullable String url, @Nullable String problem) {}
}
