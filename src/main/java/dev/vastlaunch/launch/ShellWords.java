package dev.vastlaunch.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits text into words as a POSIX shell does (quotes, backslashes, any whitespace), keeping each word's column; the
 * one word splitter of the app (command lines of the bar and the shell, and Docker-options text).
 */
public final class ShellWords {
    /**
     * One word after quote removal.
     *
     * @param column the 1-based column where the word starts
     * @param quoted whether the word starts with a quote character
     */
    public record Word(String text, int column, boolean quoted) {}

    /** The words, or the problem that stopped the split (an unclosed quote). */
    public record Split(List<Word> words, Optional<TokenProblem> problem) {
        public Split {
            words = List.copyOf(words);
        }

        /** Returns the words' texts. */
        public List<String> texts() {
            return words.stream().map(Word::text).toList();
        }
    }

    private ShellWords() {}

    /** Returns the words of {@code text}, or the words before an unclosed quote and that problem. */
    public static Split split(String text) {
        List<Word> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (start >= 0) {
                    words.add(new Word(current.toString(), start + 1, isQuote(text.charAt(start))));
                    current.setLength(0);
                    start = -1;
                }
                i++;
                continue;
            }
            if (start < 0) {
                start = i;
            }
            if (c == '\'') {
                int close = text.indexOf('\'', i + 1);
                if (close < 0) {
                    return unclosed(words, i, "'");
                }
                current.append(text, i + 1, close);
                i = close + 1;
            } else if (c == '"') {
                int close = readDoubleQuoted(text, i + 1, current);
                if (close < 0) {
                    return unclosed(words, i, "\"");
                }
                i = close + 1;
            } else if (c == '\\' && i + 1 < text.length()) {
                current.append(text.charAt(i + 1));
                i += 2;
            } else {
                current.append(c);
                i++;
            }
        }
        if (start >= 0) {
            words.add(new Word(current.toString(), start + 1, isQuote(text.charAt(start))));
        }
        return new Split(words, Optional.empty());
    }

    private static boolean isQuote(char c) {
        return c == '\'' || c == '"';
    }

    private static int readDoubleQuoted(String text, int from, StringBuilder out) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                return i;
            }
            if (c == '\\' && i + 1 < text.length() && "\"\\$`".indexOf(text.charAt(i + 1)) >= 0) {
                out.append(text.charAt(i + 1));
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return -1;
    }

    private static Split unclosed(List<Word> words, int index, String quote) {
        return new Split(
                words,
                Optional.of(new TokenProblem(index + 1, quote, "this quote is never closed; close it with " + quote)));
    }
}
