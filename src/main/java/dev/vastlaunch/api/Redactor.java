package dev.vastlaunch.api;

import dev.vastlaunch.launch.Secrets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Removes the API key from any text before it is logged or handed to the caller. */
final class Redactor {
    static final String MASK = "***";
    private static final Pattern QUERY_KEY = Pattern.compile("(?i)(api_key=)[^&#\\s]*");
    private static final Pattern BEARER = Pattern.compile("(?i)(Bearer\\s+)\\S+");

    private final @Nullable String key;

    Redactor(@Nullable String key) {
        this.key = key == null || key.isEmpty() ? null : key;
    }

    /** Returns {@code text} with the key, any {@code api_key=} value, any bearer token and {@link Secrets} masked. */
    String redact(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String out = text;
        if (key != null) {
            out = out.replace(key, MASK);
        }
        out = QUERY_KEY.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        out = BEARER.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        return Secrets.maskText(out);
    }
}
