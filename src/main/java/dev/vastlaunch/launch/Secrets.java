package dev.vastlaunch.launch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for what is secret, used by screens, history, logs, error messages and files: a variable whose name
 * looks secret ({@code HF_TOKEN}, {@code DB_PASSWD}, {@code AWS_SECRET_ACCESS_KEY}, ...), and any value shaped like
 * a known token ({@code hf_…}, {@code sk-…}, {@code ghp_…}, {@code AKIA…}, JWTs) or like a long random string.
 */
public final class Secrets {
    /** What a masked value is replaced with in text. */
    public static final String MASK = "***";

    private static final List<String> NAME_PARTS =
            List.of("TOKEN", "KEY", "SECRET", "PASS", "PWD", "AUTH", "CREDENTIAL", "PRIVATE", "COOKIE", "SIGNATURE");
    private static final Pattern SHAPES = Pattern.compile("(?<![A-Za-z0-9])(?:hf_[A-Za-z0-9]{16,}"
            + "|sk-[A-Za-z0-9_-]{16,}"
            + "|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}"
            + "|glpat-[A-Za-z0-9_-]{16,}"
            + "|xox[abprs]-[A-Za-z0-9-]{10,}"
            + "|(?:AKIA|ASIA)[0-9A-Z]{16}"
            + "|eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,})");
    private static final Pattern RANDOM_RUN = Pattern.compile("(?<![A-Za-z0-9+_-])[A-Za-z0-9+_-]{32,}={0,2}");
    private static final Pattern ASSIGNMENT = Pattern.compile("(?<![A-Za-z0-9_.-])([A-Za-z_][A-Za-z0-9_.-]*)=");
    private static final Pattern USER_INFO = Pattern.compile("(?<=://)[^/\\s@'\"]+@");
    private static final Pattern LOGIN_PASSWORD = Pattern.compile("(-p\\s+|--password(?:=|\\s+))\\S+");
    private static final double MIN_BITS_PER_CHAR = 4.2;

    private Secrets() {}

    /** Returns whether a variable of this name holds a secret ({@code *TOKEN*}, {@code *KEY*}, {@code *PASS*}, ...). */
    public static boolean isSecretName(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        return NAME_PARTS.stream().anyMatch(n::contains) || n.endsWith("_PAT");
    }

    /** Returns whether {@code value} looks like a credential: a known token shape or a long random string. */
    public static boolean looksSecret(String value) {
        if (SHAPES.matcher(value).find()) {
            return true;
        }
        Matcher m = RANDOM_RUN.matcher(value);
        while (m.find()) {
            if (isRandom(m.group())) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether the variable {@code name=value} must be masked; an empty value hides nothing. */
    public static boolean isSecret(String name, String value) {
        return !value.isEmpty() && (isSecretName(name) || looksSecret(value));
    }

    /** Returns a registry login ({@code -u user -p password registry}) with the password replaced by {@code mask}. */
    public static String maskLogin(String login, String mask) {
        return LOGIN_PASSWORD.matcher(login).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + mask));
    }

    /**
     * Returns {@code text} with secrets masked: the value of every {@code NAME=VALUE} with a secret name (the whole
     * value, quoted or not, also inside an outer quote such as {@code '-e "HF_TOKEN=a b"'}), every token-shaped or
     * random-looking word, and the user info of URLs.
     */
    public static String maskText(String text) {
        String out = maskAssignments(text);
        out = SHAPES.matcher(out).replaceAll(MASK);
        out = USER_INFO.matcher(out).replaceAll(MASK + "@");
        Matcher m = RANDOM_RUN.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(isRandom(m.group()) ? MASK : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String maskAssignments(String text) {
        Matcher m = ASSIGNMENT.matcher(text);
        StringBuilder sb = new StringBuilder();
        int copied = 0;
        while (m.find()) {
            if (m.start() < copied || !isSecretName(m.group(1))) {
                continue;
            }
            int start = m.end();
            int quote = enclosingQuote(text, m.start());
            int end = valueEnd(text, start, quote < 0 ? 0 : text.charAt(quote), quote >= 0 && quote == m.start() - 1);
            if (end > start) {
                sb.append(text, copied, start).append(MASK);
                copied = end;
            }
        }
        return sb.append(text, copied, text.length()).toString();
    }

    /** Returns where the innermost quote open at {@code pos} was opened, reading nested quotes as a stack; or -1. */
    private static int enclosingQuote(String text, int pos) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < pos; i++) {
            char c = text.charAt(i);
            if (!open.isEmpty() && text.charAt(open.peek()) == c) {
                open.pop();
            } else if (c == '\'' || c == '"') {
                open.push(i);
            }
        }
        return open.isEmpty() ? -1 : open.peek();
    }

    /**
     * Returns where a value starting at {@code start} ends: at its own closing quote; at the closing {@code outer}
     * quote when that quote wraps just this word ({@code "K=a b"}); else at a space or any quote.
     */
    private static int valueEnd(String text, int start, char outer, boolean wordQuoted) {
        if (start < text.length() && (text.charAt(start) == '\'' || text.charAt(start) == '"')) {
            int close = text.indexOf(text.charAt(start), start + 1);
            return close < 0 ? text.length() : close + 1;
        }
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == outer || (!wordQuoted && (Character.isWhitespace(c) || c == '\'' || c == '"'))) {
                break;
            }
            i++;
        }
        return i;
    }

    /** Returns whether a run of token characters mixes upper case, lower case and digits with high entropy. */
    private static boolean isRandom(String run) {
        boolean upper = run.chars().anyMatch(c -> c >= 'A' && c <= 'Z');
        boolean lower = run.chars().anyMatch(c -> c >= 'a' && c <= 'z');
        boolean digit = run.chars().anyMatch(c -> c >= '0' && c <= '9');
        return upper && lower && digit && bitsPerChar(run) >= MIN_BITS_PER_CHAR;
    }

    private static double bitsPerChar(String s) {
        int[] counts = new int[128];
        s.chars().forEach(c -> counts[c & 127]++);
        double bits = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = (double) count / s.length();
                bits -= p * Math.log(p) / Math.log(2);
            }
        }
        return bits;
    }
}
