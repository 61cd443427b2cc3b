package dev.vastlaunch.api;

import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * Returns the validated server root (no trailing slash) and builds endpoint URLs under it.
 *
 * @param root e.g. {@code https://console.vast.ai}, or with a path prefix such as {@code http://127.0.0.1:8080/vast}
 * @param host the host (and port when not the default) used in messages
 */
record BaseUrl(String root, String host) {

    /**
     * Parses and checks a base URL: http(s) only, no query or fragment, and plain http only for a loopback host, so
     * the key never travels unencrypted.
     *
     * @throws IllegalArgumentException with a message fit for a usage error
     */
    static BaseUrl parse(String text, Redactor redactor) {
        String trimmed = text.strip();
        HttpUrl url = HttpUrl.parse(trimmed);
        if (url == null) {
            throw new IllegalArgumentException("not an http(s) URL: '" + redactor.redact(trimmed) + "' (expected e.g. "
                    + ClientSettings.DEFAULT_BASE_URL + ")");
        }
        if (!url.username().isEmpty() || !url.password().isEmpty()) {
            throw new IllegalArgumentException("the server URL must not hold a user name or key: '"
                    + redactor.redact(trimmed) + "'; send the key with VAST_API_KEY or the key file");
        }
        if (url.encodedQuery() != null || url.encodedFragment() != null) {
            throw new IllegalArgumentException(
                    "the server URL must not have a query or fragment: '" + redactor.redact(trimmed) + "'");
        }
        if (!url.isHttps() && !isLoopback(url.host())) {
            throw new IllegalArgumentException("refusing plain http:// for " + url.host()
                    + ": the API key would travel unencrypted; use https:// (http is allowed only for localhost,"
                    + " 127.0.0.0/8 and ::1)");
        }
        String root = url.toString();
        while (root.endsWith("/")) {
            root = root.substring(0, root.length() - 1);
        }
        boolean defaultPort = url.port() == HttpUrl.defaultPort(url.scheme());
        String host = defaultPort ? url.host() : url.host() + ":" + url.port();
        return new BaseUrl(root, host);
    }

    /** Returns the URL of an absolute API path such as {@code /api/v0/bundles/}. */
    HttpUrl url(String path) {
        return HttpUrl.get(root + path);
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                return false;
            }
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
