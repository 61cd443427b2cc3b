package dev.vastlaunch.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Returns the options that apply to every command ({@code --api-key}, {@code --url}, {@code --raw},
 * {@code --dry-run}, {@code --yes}, {@code --wide}, ...) and the command words left once they are taken out.
 *
 * <p>Options are recognised anywhere before {@code --args}, whose words all belong to the instance.
 */
public record GlobalOptions(
        @Nullable String apiKey,
        @Nullable String apiKeyFile,
        @Nullable String url,
        boolean raw,
        boolean explain,
        boolean dryRun,
        boolean yes,
        boolean noColor,
        boolean demo,
        boolean wide,
        List<String> words) {

    /** The options every command takes, as {@link #parse} reads them (bash/zsh completion offers these). */
    public static final List<String> NAMES = List.of(
            "--api-key",
            "--api-key-file",
            "--url",
            "--raw",
            "--explain",
            "--dry-run",
            "--yes",
            "--no-color",
            "--demo",
            "--wide");

    public GlobalOptions {
        words = List.copyOf(words);
    }

    /** Returns the parsed options, or a message when an option lacks its value. */
    public static Parsed parse(List<String> argv) {
        String apiKey = null;
        String apiKeyFile = null;
        String url = null;
        boolean raw = false;
        boolean explain = false;
        boolean dryRun = false;
        boolean yes = false;
        boolean noColor = false;
        boolean demo = false;
        boolean wide = false;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < argv.size(); i++) {
            String w = argv.get(i);
            // After --args (container arguments) or -- (ssh's remote command) every word is the command's own:
            // `ssh 42 --rm -- apt-get install -y x` must not turn that -y into --yes (it would destroy unasked).
            if (w.equals("--args") || w.equals("--")) {
                words.addAll(argv.subList(i, argv.size()));
                break;
            }
            if (w.equals("--api-key") || w.equals("--url") || w.equals("--api-key-file")) {
                if (i + 1 >= argv.size()) {
                    return new Parsed(null, w + " needs a value");
                }
                String v = argv.get(++i);
                if (w.equals("--api-key-file")) {
                    apiKeyFile = v;
                } else if (w.equals("--api-key")) {
                    apiKey = v;
                } else {
                    url = v;
                }
                continue;
            }
            if (w.startsWith("--api-key=")) {
                apiKey = w.substring("--api-key=".length());
                continue;
            }
            if (w.startsWith("--api-key-file=")) {
                apiKeyFile = w.substring("--api-key-file=".length());
                continue;
            }
            if (w.startsWith("--url=")) {
                url = w.substring("--url=".length());
                continue;
            }
            switch (w) {
                case "--raw" -> raw = true;
                case "--explain" -> explain = true;
                case "--dry-run" -> dryRun = true;
                case "--yes", "-y" -> yes = true;
                case "--no-color" -> noColor = true;
                case "--demo" -> demo = true;
                case "--wide" -> wide = true;
                default -> words.add(w);
            }
        }
        return new Parsed(
                new GlobalOptions(apiKey, apiKeyFile, url, raw, explain, dryRun, yes, noColor, demo, wide, words),
                null);
    }

    /** Returns the command words joined for matching, e.g. {@code "search offers"}. */
    public Optional<String> verb(int count) {
        if (words.size() < count) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", words.subList(0, count)));
    }

    /** Returns the parsed options, or the problem. */
    public record Parsed(
            @Nullable GlobalOptions options, @Nullable String problem) {}
}
