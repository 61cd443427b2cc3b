package dev.vastlaunch.command;

import dev.vastlaunch.launch.Ids;
import dev.vastlaunch.offers.OptionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Helps command parsers: positional words among options, numbers and ids, and the usual problems. */
public final class Args {
    private Args() {}

    /** Returns the indexes of the positional words, reading options as {@code OptionParser} does. */
    static List<Integer> positionalIndexes(List<String> words, List<OptionSpec> specs) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!isOption(w)) {
                out.add(i);
                continue;
            }
            String name = w.startsWith("--") && w.indexOf('=') > 0 ? w.substring(0, w.indexOf('=')) : w;
            Optional<OptionSpec> spec =
                    specs.stream().filter(s -> s.names().contains(name)).findFirst();
            if (spec.isEmpty()) {
                continue;
            }
            switch (spec.get().arity()) {
                case FLAG -> {}
                case VALUE -> {
                    if (name.equals(w)) {
                        i++;
                    }
                }
                case REMAINDER -> i = words.size();
            }
        }
        return out;
    }

    /** Returns whether a word is read as an option name (not {@code -}, not a negative number). */
    static boolean isOption(String w) {
        if (!w.startsWith("-") || w.equals("-")) {
            return false;
        }
        return !(w.length() > 1 && (Character.isDigit(w.charAt(1)) || w.charAt(1) == '.'));
    }

    /** Returns a positive whole number. */
    static Optional<Long> id(String text) {
        return Ids.parse(text);
    }

    /** Returns a finite number that is not negative. */
    static Optional<Double> amount(String text) {
        try {
            double v = Double.parseDouble(text.strip().toLowerCase(Locale.ROOT));
            return Double.isFinite(v)
                            && v >= 0
                            && !text.strip().toLowerCase(Locale.ROOT).startsWith("0x")
                    ? Optional.of(v)
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Returns whether {@code word} means "nothing" ({@code none}, {@code -}, {@code default}). */
    static boolean isNone(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("none") || w.equals("-") || w.equals("default");
    }

    /** Returns a problem asking for a missing argument, placed just after the command name. */
    static ParseOutcome.Problem missing(String what, String usage) {
        return ParseOutcome.Problem.at(0, "missing " + what + "; usage: " + usage);
    }

    /** Returns a problem for words beyond the last expected one. */
    static ParseOutcome.Problem extra(int word, String usage) {
        return ParseOutcome.Problem.at(word, "unexpected word; usage: " + usage);
    }
}
