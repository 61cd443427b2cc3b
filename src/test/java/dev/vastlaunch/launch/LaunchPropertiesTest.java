package dev.vastlaunch.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.offers.OptionParser;
import dev.vastlaunch.offers.OptionSpec;
import dev.vastlaunch.offers.ParsedArgs;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated Docker options and create-instance words: parse, print, parse again gives the same thing. */
class LaunchPropertiesTest {
    @Provide
    Arbitrary<String> envish() {
        return Arbitraries.strings()
                .withChars("-epvhnAZ_az09=:/.'\" \\\t\n")
                .withChars('é', '\u0007')
                .ofMaxLength(40);
    }

    @Property(tries = 21_000)
    void anyOptionsTextGivesEntriesAndPositionedProblemsOnly(@ForAll("envish") String text) {
        EnvParse parsed = EnvSpecParser.parse(text);
        parsed.problems().forEach(p -> assertThat(p.column()).isBetween(1, text.length() + 1));
    }

    @Provide
    Arbitrary<List<EnvEntry>> entries() {
        Arbitrary<String> name = Arbitraries.strings()
                .withCharRange('A', 'Z')
                .withChars('_')
                .ofMinLength(1)
                .ofMaxLength(8)
                .map(s -> "V" + s);
        Arbitrary<String> value = Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars('é', '€', '\t')
                .ofMaxLength(20);
        Arbitrary<EnvEntry> variable = Combinators.combine(name, value).as(EnvEntry.Variable::new);
        Arbitrary<EnvEntry> port = Combinators.combine(
                        Arbitraries.integers().between(1, 65_535),
                        Arbitraries.integers().between(1, 65_535),
                        Arbitraries.of("", "/tcp", "/udp"))
                .as((h, c, p) -> EnvSpecParser.parsePort(h + ":" + c + p).orElseThrow());
        Arbitrary<EnvEntry> volume = Arbitraries.strings()
                .withChars("abz09:./_")
                .ofMinLength(1)
                .ofMaxLength(12)
                .map(EnvEntry.Volume::new);
        Arbitrary<EnvEntry> host = Arbitraries.strings()
                .withCharRange('!', '~')
                .ofMinLength(1)
                .ofMaxLength(12)
                .map(EnvEntry.Hostname::new);
        return Arbitraries.oneOf(variable, port, volume, host).list().ofMaxSize(6);
    }

    @Property(tries = 8_000)
    void printedOptionsParseBackToTheSameSpec(@ForAll("entries") List<EnvEntry> entries) {
        EnvSpec spec = new EnvSpec(entries);
        EnvParse again = EnvSpecParser.parse(spec.toOptions());
        assertThat(again.problems()).isEmpty();
        assertThat(again.spec()).isEqualTo(spec);
    }

    @Property(tries = 20_000)
    void aQuotedWordSplitsBackToItself(@ForAll("envish") String word) {
        ShellWords.Split split = ShellWords.split(ShellQuote.quote(word));
        assertThat(split.problem()).isEmpty();
        assertThat(split.words()).extracting(ShellWords.Word::text).containsExactly(word);
    }

    @Provide
    Arbitrary<List<String>> createWords() {
        List<String> names = CreateInstanceCommand.OPTIONS.stream()
                .flatMap(o -> o.names().stream())
                .toList();
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of(names),
                Arbitraries.of("1", "١٢٣", "-1", "0", "img", "/dev/zero", "1e999", "NaN", "-e A=1", "--x=1"),
                envish());
        return word.list().ofMaxSize(10);
    }

    @Property(tries = 6_000)
    void createInstanceWordsGiveADraftOrAProblemNeverBoth(@ForAll("createWords") List<String> words) {
        CreateInstanceCommand.Result r = CreateInstanceCommand.parse(words, FileSource.none());
        assertThat(r.args() == null).isNotEqualTo(r.problem() == null);
        CreateInstanceArgs args = r.args();
        if (args != null) {
            assertThat(args.draft().validate()).isNotNull(); // must not throw either
        }
    }

    @Property(tries = 15_000)
    void printedOptionValuesParseBackToTheSameValues(
            @ForAll("valueOptions") List<OptionSpec> specs, @ForAll("envish") String value) {
        List<String> words = new ArrayList<>();
        specs.forEach(s -> {
            words.add(s.name());
            words.add(value);
        });
        OptionParser.Result r = new OptionParser(CreateInstanceCommand.OPTIONS).parse(words);
        assertThat(r.problem()).isNull();
        ParsedArgs a = r.args();
        specs.forEach(s -> assertThat(a.value(s.name())).contains(value));
    }

    @Provide
    Arbitrary<List<OptionSpec>> valueOptions() {
        return Arbitraries.of(CreateInstanceCommand.OPTIONS.stream()
                        .filter(o -> o.arity() == OptionSpec.Arity.VALUE
                                && o.values().isEmpty())
                        .toList())
                .list()
                .ofMaxSize(4);
    }
}
