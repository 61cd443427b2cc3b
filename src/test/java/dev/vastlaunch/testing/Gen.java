package dev.vastlaunch.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A small seeded generator for the property tests, and {@link #forAll} to run a property over many generated inputs.
 *
 * <p>Every input is generated from its own seed; a failure names that seed and the input, and {@code new Gen(seed)}
 * fed to the same generator gives the same input again.
 */
public final class Gen {
    private static final double[] EDGE_DOUBLES = {
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.01,
        -0.01,
        Double.MIN_VALUE,
        -Double.MIN_VALUE,
        Double.MIN_NORMAL,
        Double.MAX_VALUE,
        -Double.MAX_VALUE,
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY
    };
    private static final long[] EDGE_LONGS = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE};
    private static final int[] EDGE_INTS = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE};

    private final SplittableRandom random;

    public Gen(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A property checked against one generated input. */
    @FunctionalInterface
    public interface Property<T> {
        void check(T input) throws Exception;
    }

    /**
     * Checks {@code property} against {@code tries} inputs, each generated from its own seed drawn from {@code
     * rootSeed}; the first failure is rethrown with the seed and the input in its message.
     */
    public static <T> void forAll(long rootSeed, int tries, Function<Gen, T> generator, Property<T> property) {
        SplittableRandom seeds = new SplittableRandom(rootSeed);
        for (int i = 0; i < tries; i++) {
            long seed = seeds.nextLong();
            T input;
            try {
                input = generator.apply(new Gen(seed));
            } catch (RuntimeException e) {
                throw new AssertionError(
                        String.format("generator failed for seed 0x%016xL (root seed %d, case %d)", seed, rootSeed, i),
                        e);
            }
            try {
                property.check(input);
            } catch (Exception | AssertionError e) {
                throw new AssertionError(
                        String.format(
                                "property failed for seed 0x%016xL (root seed %d, case %d of %d), input: %s",
                                seed, rootSeed, i, tries, show(input)),
                        e);
            }
        }
    }

    /** Returns an int in {@code [min, max]}. */
    public int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    /** Returns true one time in {@code n}. */
    public boolean oneIn(int n) {
        return random.nextInt(n) == 0;
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    public final <T> T pick(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** Returns the value of one of {@code generators}, each as likely. */
    @SafeVarargs
    public final <T> T oneOf(Supplier<? extends T>... generators) {
        return generators[random.nextInt(generators.length)].get();
    }

    /** Returns null one time in {@code n}, else the value of {@code generator}. */
    public <T> @Nullable T orNull(int n, Supplier<T> generator) {
        return oneIn(n) ? null : generator.get();
    }

    /** Returns a string of {@code alphabet}'s characters, of a length in {@code [minLength, maxLength]}. */
    public String string(String alphabet, int minLength, int maxLength) {
        int length = between(minLength, maxLength);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    /** Returns a string of characters in {@code [first, last]}, of a length in {@code [minLength, maxLength]}. */
    public String string(char first, char last, int minLength, int maxLength) {
        int length = between(minLength, maxLength);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) random.nextInt(first, last + 1));
        }
        return s.toString();
    }

    /** Returns a list of {@code [0, maxSize]} values of {@code element}. */
    public <T> List<T> list(int maxSize, Supplier<T> element) {
        int size = between(0, maxSize);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    /** Returns any long: edge values, small ones and the whole range. */
    public long anyLong() {
        return switch (random.nextInt(4)) {
            case 0 -> EDGE_LONGS[random.nextInt(EDGE_LONGS.length)];
            case 1 -> random.nextLong(-1_000, 1_001);
            default -> random.nextLong();
        };
    }

    /** Returns any int: edge values, small ones and the whole range. */
    public int anyInt() {
        return switch (random.nextInt(4)) {
            case 0 -> EDGE_INTS[random.nextInt(EDGE_INTS.length)];
            case 1 -> random.nextInt(-1_000, 1_001);
            default -> random.nextInt();
        };
    }

    /**
     * Returns any double: edge values (zeros, extremes, NaN, infinities), two-decimal values and arbitrary bit
     * patterns (subnormals and large exponents included).
     */
    public double anyDouble() {
        return switch (random.nextInt(4)) {
            case 0 -> EDGE_DOUBLES[random.nextInt(EDGE_DOUBLES.length)];
            case 1 -> random.nextLong(-100_000_000, 100_000_001) / 100.0;
            default -> Double.longBitsToDouble(random.nextLong());
        };
    }

    /** Returns any finite double, as {@link #anyDouble} without NaN and the infinities. */
    public double finiteDouble() {
        double d = anyDouble();
        while (!Double.isFinite(d)) {
            d = anyDouble();
        }
        return d;
    }

    /** Returns {@code value} as text, strings quoted and every character outside printable ASCII escaped. */
    public static String show(@Nullable Object value) {
        if (value instanceof String s) {
            return '"' + escape(s) + '"';
        }
        if (value instanceof List<?> list) {
            List<String> shown = new ArrayList<>();
            list.forEach(v -> shown.add(show(v)));
            return "[" + String.join(", ", shown) + "]";
        }
        return escape(String.valueOf(value));
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < ' ' || c > '~') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
