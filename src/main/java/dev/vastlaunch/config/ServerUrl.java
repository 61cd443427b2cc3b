package dev.vastlaunch.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Chooses the API server: {@code --url}, then {@code VAST_URL}, then {@code https://console.vast.ai}. */
public final class ServerUrl {
    /** The real API. */
    public static final String DEFAULT = "https://console.vast.ai";

    private static final Pattern USER_INFO = Pattern.compile("//[^/?#]*@");

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

    /**
     * Returns why {@code url} cannot be used: it carries a user name or key, is not http(s), or is plain http to a host
     * that is not loopback; messages show the URL with any user info masked.
     */
    public static Optional<String> check(String url) {
        String shown = redacted(url);
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("'" + shown + "' is not a URL");
        }
        if (uri.getRawUserInfo() != null || !shown.equals(url)) {
            return Optional.of("'" + shown + "' has a user name or key in it; give the key with VAST_API_KEY, the key"
                    + " file or --api-key-file, never in the URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            return Optional.of("'" + shown + "' has no host");
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
        return Optional.of("'" + shown + "' must start with https://");
    }

    /** Returns {@code url} with anything between {@code //} and the host's {@code @} replaced by {@code ***}. */
    public static String redacted(String url) {
        return USER_INFO.matcher(url).replaceAll("//***@");
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Returns the URL, or the problem. */
    public record Result(@Nullable String url, @Nullable String problem) {}
}
