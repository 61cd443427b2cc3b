package dev.vastlaunch.command;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits a command line into words as the line reader's parser does (whitespace, single and double quotes,
 * backslash escapes), keeping where each word starts so problems can point at it.
 */
public final class LineWords {
    /**
     * One word after quote removal.
     *
     * @param start the 0-based column of the word's first character in the line
     * @param quoted whether the word starts with a quote character
     */
    record Word(String text, int start, boolean quoted) {}

    /**
     * The words, and the column of a quote that is never closed (or -1).
     *
     * @param unclosedQuote the 0-based column of an unclosed quote, or -1
     */
    record Split(List<Word> words, int unclosedQuote) {
        List<String> texts() {
            return words.stream().map(Word::text).toList();
        }
    }

    private LineWords() {}

    static Split split(String line) {
        List<Word> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int start = -1;
        boolean quoted = false;
        char quote = 0;
        int quoteAt = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length()) {
                    current.append(line.charAt(++i));
                } else {
                    current.append(c);
                }
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (start >= 0) {
                    words.add(new Word(current.toString(), start, quoted));
                    current.setLength(0);
                    start = -1;
                }
                continue;
            }
            if (start < 0) {
                start = i;
                quoted = c == '\'' || c == '"';
            }
            if (c == '\'' || c == '"') {
                quote = c;
                quoteAt = i;
            } else if (c == '\\' && i + 1 < line.length()) {
                current.append(line.charAt(++i));
            } else {
                current.append(c);
            }
        }
        if (start >= 0) {
            words.add(new Word(current.toString(), start, quoted));
        }
        return new Split(words, quote != 0 ? quoteAt : -1);
    }

    /** Returns the column in the line of character {@code offset} of {@code word}'s text (approximate in escapes). */
    static int column(@Nullable Word word, int offset, String line) {
        if (word == null) {
            return line.length();
        }
        return word.start() + (word.quoted() ? 1 : 0) + Math.max(0, offset);
    }
}
