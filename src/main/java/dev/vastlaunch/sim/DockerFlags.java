package dev.vastlaunch.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the Docker-flag env string that templates store ({@code -e A=1 -p 8000:8000 -h host}) into the
 * key/value form instances carry, the way the server merges a template's env with a request's.
 *
 * <p>Lenient like the server: tokens it does not understand are skipped.
 */
final class DockerFlags {
    private DockerFlags() {}

    /** Returns the env map: {@code -e K=V} as {@code K -> V}, {@code -p X} as {@code "-p X" -> "1"}, etc. */
    static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> tokens = tokens(text);
        int i = 0;
        while (i < tokens.size() - 1) {
            String flag = tokens.get(i);
            String value = tokens.get(i + 1);
            i++;
            switch (flag) {
                case "-e" -> {
                    int eq = value.indexOf('=');
                    if (eq > 0) {
                        out.put(value.substring(0, eq), value.substring(eq + 1));
                    }
                }
                case "-p", "-v", "-n" -> out.put(flag + " " + value, "1");
                case "-h" -> out.put("-h", value);
                default -> {
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    // Splits on whitespace outside quotes and drops the quote characters themselves.
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        boolean inToken = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    cur.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inToken = true;
            } else if (Character.isWhitespace(c)) {
                if (inToken) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    inToken = false;
                }
            } else {
                cur.append(c);
                inToken = true;
            }
        }
        if (inToken) {
            out.add(cur.toString());
        }
        return out;
    }
}
