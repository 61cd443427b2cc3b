package dev.vastlaunch.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Docker options text ({@code -e K=V -p 8000:8000/udp -h host -v a:/b -n net}) into an {@link EnvSpec}.
 *
 * <p>Accepts what the official CLI's {@code parse_env} accepts, with the same wire keys and values, but reads quotes
 * and whitespace as a shell does and reports every token it cannot use with its column instead of dropping it.
 */
public final class EnvSpecParser {
    private static final Set<String> FLAGS = Set.of("-e", "-p", "-h", "-v", "-n");
    private static final Pattern PORT = Pattern.compile("(?:(\\d{1,5}):)?(\\d{1,5})(?:/(tcp|udp))?");
    private static final Pattern VOLUME = Pattern.compile("[A-Za-z0-9:./_]+");
    private static final Pattern NETWORK = Pattern.compile("[a-z0-9-]+");

    private EnvSpecParser() {}

    /** Parses {@code text}; the result holds the usable entries and a problem for every unusable token. */
    public static EnvParse parse(String text) {
        ShellWords.Split split = ShellWords.split(text);
        List<TokenProblem> problems = new ArrayList<>();
        split.problem().ifPresent(problems::add);
        EnvSpec spec = EnvSpec.EMPTY;
        ShellWords.Word pending = null;
        for (ShellWords.Word word : split.words()) {
            if (pending == null) {
                if (FLAGS.contains(word.text())) {
                    pending = word;
                } else {
                    problems.add(stray(word));
                }
                continue;
            }
            Optional<EnvEntry> entry = entry(pending.text(), word, problems);
            if (entry.isPresent()) {
                spec = spec.put(entry.get());
            }
            pending = null;
        }
        if (pending != null && split.problem().isEmpty()) {
            problems.add(new TokenProblem(pending.column(), pending.text(), "needs a value after it"));
        }
        return new EnvParse(spec, problems);
    }

    /** Parses one port as typed after {@code -p} ({@code 8000}, {@code 8000/udp}, {@code 8080:80}). */
    public static Optional<EnvEntry.Port> parsePort(String spec) {
        Matcher m = PORT.matcher(spec);
        if (!m.matches()) {
            return Optional.empty();
        }
        int container = Integer.parseInt(m.group(2));
        int host = m.group(1) == null ? container : Integer.parseInt(m.group(1));
        if (!inRange(container) || !inRange(host)) {
            return Optional.empty();
        }
        Protocol protocol = "udp".equals(m.group(3)) ? Protocol.UDP : Protocol.TCP;
        return Optional.of(new EnvEntry.Port(spec, host, container, protocol));
    }

    private static Optional<EnvEntry> entry(String flag, ShellWords.Word word, List<TokenProblem> problems) {
        String value = word.text();
        switch (flag) {
            case "-e" -> {
                int eq = value.indexOf('=');
                if (eq < 0) {
                    problems.add(bad(word, "-e expects KEY=VALUE"));
                    return Optional.empty();
                }
                String key = value.substring(0, eq);
                if (key.isEmpty() || key.chars().anyMatch(Character::isWhitespace)) {
                    problems.add(bad(word, "-e needs a variable name before '=' with no spaces"));
                    return Optional.empty();
                }
                return Optional.of(new EnvEntry.Variable(key, value.substring(eq + 1)));
            }
            case "-p" -> {
                Optional<EnvEntry.Port> port = parsePort(value);
                if (port.isEmpty()) {
                    problems.add(bad(
                            word,
                            "-p expects PORT, HOST:CONTAINER or either with /tcp or /udp; ports are"
                                    + " 1-65535 and host IPs are not supported"));
                }
                return port.map(EnvEntry.class::cast);
            }
            case "-v" -> {
                if (!VOLUME.matcher(value).matches()) {
                    problems.add(bad(word, "-v accepts only letters, digits and : . / _"));
                    return Optional.empty();
                }
                return Optional.of(new EnvEntry.Volume(value));
            }
            case "-n" -> {
                if (!NETWORK.matcher(value).matches()) {
                    problems.add(bad(word, "-n accepts only lowercase letters, digits and -"));
                    return Optional.empty();
                }
                return Optional.of(new EnvEntry.Network(value));
            }
            default -> {
                if (value.isEmpty()) {
                    problems.add(bad(word, "-h needs a hostname"));
                    return Optional.empty();
                }
                return Optional.of(new EnvEntry.Hostname(value));
            }
        }
    }

    private static TokenProblem stray(ShellWords.Word word) {
        String t = word.text();
        if (t.length() > 2 && FLAGS.contains(t.substring(0, 2))) {
            return bad(
                    word, "put a space after " + t.substring(0, 2) + ": " + t.substring(0, 2) + " " + t.substring(2));
        }
        if (t.startsWith("-")) {
            return bad(word, "unknown option; use -e KEY=VALUE, -p PORT, -h HOST, -v VOLUME or -n NETWORK");
        }
        return bad(word, "expected -e, -p, -h, -v or -n before this");
    }

    private static TokenProblem bad(ShellWords.Word word, String message) {
        return new TokenProblem(word.column(), word.text(), message);
    }

    private static boolean inRange(int port) {
        return port >= 1 && port <= 65_535;
    }
}
