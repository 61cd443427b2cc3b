package dev.vastlaunch.shell;

import dev.vastlaunch.launch.Secrets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from a command line before it is kept in history: the API key option, registry logins, and everything
 * {@link Secrets#maskText} masks.
 */
final class HistoryMask {
    /** What a hidden value is replaced with. */
    static final String MASK = Secrets.MASK;

    private static final String VALUE = "('[^']*'?|\"[^\"]*\"?|[^\\s'\"]+)";
    private static final Pattern API_KEY = Pattern.compile("\\s*--api-key(?!-)(=\\S*|\\s+" + VALUE + ")?");
    private static final Pattern LOGIN = Pattern.compile("(--login(?:=|\\s+))" + VALUE);

    private HistoryMask() {}

    /** Returns {@code line} without the API key and with secret values masked. */
    static String mask(String line) {
        String out = API_KEY.matcher(line).replaceAll("");
        out = LOGIN.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        return Secrets.maskText(out);
    }
}
