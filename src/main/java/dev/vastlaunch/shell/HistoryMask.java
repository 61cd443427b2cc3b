package dev.vastlaunch.shell;

import dev.vastlaunch.launch.EnvEntry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from a command line before it is kept in history: the API key option, registry logins, and the
 * values of variables whose names look secret ({@code *_TOKEN}, {@code *_KEY}, {@code *PASSWORD*}, {@code *SECRET*}).
 */
final class HistoryMask {
    /** What a hidden value is replaced with. */
    static final String MASK = "***";

    private static final String VALUE = "('[^']*'?|\"[^\"]*\"?|[^\\s'\"]+)";
    private static final Pattern API_KEY = Pattern.compile("\\s*--api-key(=\\S*|\\s+" + VALUE + ")?");
    private static final Pattern LOGIN = Pattern.compile("(--login(?:=|\\s+))" + VALUE);
    private static final Pattern ASSIGNMENT =
            Pattern.compile("([A-Za-z_][A-Za-z0-9_.-]*)=" + "('[^']*'?|\"[^\"]*\"?" + "|[^\\s'\"]*)");

    private HistoryMask() {}

    /** Returns {@code line} without the API key and with secret values masked. */
    static String mask(String line) {
        String out = API_KEY.matcher(line).replaceAll("");
        out = LOGIN.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        Matcher m = ASSIGNMENT.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            boolean secret =
                    new EnvEntry.Variable(key, "").isSecret() && !m.group(2).isEmpty();
            m.appendReplacement(sb, Matcher.quoteReplacement(secret ? key + "=" + MASK : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
