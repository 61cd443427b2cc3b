package dev.vastlaunch.launch;

/** Quotes a word the way a POSIX shell (and {@link EnvSpecParser}) reads it back unchanged. */
public final class ShellQuote {
    private ShellQuote() {}

    /** Returns {@code word} unquoted when it is plain, else in single quotes, else in double quotes with escapes. */
    public static String quote(String word) {
        if (!word.isEmpty() && word.chars().allMatch(ShellQuote::isPlain)) {
            return word;
        }
        if (word.indexOf('\'') < 0) {
            return "'" + word + "'";
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '"' || c == '\\' || c == '$' || c == '`') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    private static boolean isPlain(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "_-./:=@%+,".indexOf(c) >= 0;
    }
}
