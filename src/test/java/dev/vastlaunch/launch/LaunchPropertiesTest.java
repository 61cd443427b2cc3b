package dev.vastlaunch.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.offers.OptionParser;
import dev.vastlaunch.offers.OptionSpec;
import dev.vastlaunch.offers.ParsedArgs;
import dev.vastlaunch.testing.Gen;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated Docker options and create-instance words: parse, print, parse again gives the same thing. Each input
 * comes from its own seed, named in a failure's message ({@link Gen#forAll}).
 */
class LaunchPropertiesTest {
    private static final List<String> OPTION_NAMES = CreateInstanceCommand.OPTIONS.stream()
            .flatMap(o -> o.names().stream())
            .toList();
    private static final List<String> ODD_WORDS =
            List.of("1", "١٢٣", "-1", "0", "img", "/dev/zero", "1e999", "NaN", "-e A=1", "--x=1");
    private static final List<OptionSpec> VALUE_OPTIONS = CreateInstanceCommand.OPTIONS.stream()
            .filter(o -> o.arity() == OptionSpec.Arity.VALUE && o.values().isEmpty())
            .toList();
    private static final String PRINTABLE_ASCII = printableAscii();

    /** Option-like text: flags, names, `=`, `:`, paths, quotes, backslashes, blanks, a non-ASCII letter, a control. */
    static String envish(Gen g) {
        return g.string("-epvhnAZ_az09=:/.'\" \\\t\né\u0007", 0, 40);
    }

    @Test
    void anyOptionsTextGivesEntriesAndPositionedProblemsOnly() {
        Gen.forAll(0x5EED_0201L, 21_000, LaunchPropertiesTest::envish, text -> {
            EnvParse parsed = EnvSpecParser.parse(text);
            parsed.problems().forEach(p -> assertThat(p.column()).isBetween(1, text.length() + 1));
        });
    }

    static EnvEntry entry(Gen g) {
        return switch (g.between(0, 3)) {
            case 0 ->
                new EnvEntry.Variable(
                        "V" + g.string("ABCDEFGHIJKLMNOPQRSTUVWXYZ_", 1, 8), g.string(PRINTABLE_ASCII + "é€\t", 0, 20));
            case 1 ->
                EnvSpecParser.parsePort(g.between(1, 65_535) + ":" + g.between(1, 65_535) + g.pick("", "/tcp", "/udp"))
                        .orElseThrow();
            case 2 -> new EnvEntry.Volume(g.string("abz09:./_", 1, 12));
            default -> new EnvEntry.Hostname(g.string('!', '~', 1, 12));
        };
    }

    private static String printableAscii() {
        StringBuilder s = new StringBuilder();
        for (char c = ' '; c <= '~'; c++) {
            s.append(c);
        }
        return s.toString();
    }

    @Test
    void printedOptionsParseBackToTheSameSpec() {
        Gen.forAll(0x5EED_0202L, 8_000, g -> g.list(6, () -> entry(g)), entries -> {
            EnvSpec spec = new EnvSpec(entries);
            EnvParse again = EnvSpecParser.parse(spec.toOptions());
            assertThat(again.problems()).isEmpty();
            assertThat(again.spec()).isEqualTo(spec);
        });
    }

    @Test
    void aQuotedWordSplitsBackToItself() {
        Gen.forAll(0x5EED_0203L, 20_000, LaunchPropertiesTest::envish, word -> {
            ShellWords.Split split = ShellWords.split(ShellQuote.quote(word));
            assertThat(split.problem()).isEmpty();
            assertThat(split.words()).extracting(ShellWords.Word::text).containsExactly(word);
        });
    }

    @Test
    void createInstanceWordsGiveADraftOrAProblemNeverBoth() {
        Gen.forAll(
                0x5EED_0204L,
                6_000,
                g -> g.list(10, () -> g.oneOf(() -> g.pick(OPTION_NAMES), () -> g.pick(ODD_WORDS), () -> envish(g))),
                words -> {
                    CreateInstanceCommand.Result r = CreateInstanceCommand.parse(words, FileSource.none());
                    assertThat(r.args() == null).isNotEqualTo(r.problem() == null);
                    CreateInstanceArgs args = r.args();
                    if (args != null) {
                        assertThat(args.draft().validate()).isNotNull(); // must not throw either
                    }
                });
    }

    record OptionValues(List<OptionSpec> specs, String value) {}

    @Test
    void printedOptionValuesParseBackToTheSameValues() {
        Gen.forAll(
                0x5EED_0205L, 15_000, g -> new OptionValues(g.list(4, () -> g.pick(VALUE_OPTIONS)), envish(g)), c -> {
                    List<String> words = new ArrayList<>();
                    c.specs().forEach(s -> {
                        words.add(s.name());
                        words.add(c.value());
                    });
                    OptionParser.Result r = new OptionParser(CreateInstanceCommand.OPTIONS).parse(words);
                    assertThat(r.problem()).isNull();
                    ParsedArgs a = r.args();
                    c.specs().forEach(s -> assertThat(a.value(s.name())).contains(c.value()));
                });
    }
}
