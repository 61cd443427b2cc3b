package dev.vastlaunch.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Holds the env-string parser against the verified table of reference §3.5 and our documented differences. */
class EnvSpecParserTest {

    private static Map<String, String> wire(EnvParse parse) {
        return parse.spec().toWire();
    }

    private static void assertWire(Map<String, String> actual, String expectedJson) {
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        WireJson.object(expectedJson).forEach((k, v) -> expected.put(k, String.valueOf(v)));
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    /** Rows of the verified table where the CLI's output is well-formed: ours must be the same object. */
    static Stream<Arguments> sameAsCli() {
        return Stream.of(
                Arguments.of(
                        "-e TZ=PDT -e XNAME=XX4 -p 22:22 -p 8080:8080",
                        "{\"TZ\":\"PDT\",\"XNAME\":\"XX4\",\"-p 22:22\":\"1\",\"-p 8080:8080\":\"1\"}"),
                Arguments.of("-p 8081:8081/udp -h billybob", "{\"-p 8081:8081/udp\":\"1\",\"-h\":\"billybob\"}"),
                Arguments.of("-e KEY=val=with=equals", "{\"KEY\":\"val=with=equals\"}"),
                Arguments.of("-e A='hello world' -e B=\"x y\"", "{\"A\":\"hello world\",\"B\":\"x y\"}"),
                Arguments.of("-e A=  -e B=1", "{\"A\":\"\",\"B\":\"1\"}"),
                Arguments.of("-e A=1 -e A=2 -p 1:1", "{\"A\":\"2\",\"-p 1:1\":\"1\"}"),
                Arguments.of("-e URL=http://x?a=1&b=2 -e E=", "{\"URL\":\"http://x?a=1&b=2\",\"E\":\"\"}"),
                Arguments.of("", "{}"),
                Arguments.of("-e A=1 -e B=2 -e A=3", "{\"A\":\"3\",\"B\":\"2\"}"),
                Arguments.of("-p 8000", "{\"-p 8000\":\"1\"}"),
                Arguments.of("-p 8000/udp -p 9000:9000/tcp", "{\"-p 8000/udp\":\"1\",\"-p 9000:9000/tcp\":\"1\"}"),
                Arguments.of("-v /host:/container", "{\"-v /host:/container\":\"1\"}"),
                Arguments.of("-v data_1:/mnt/data.v2", "{\"-v data_1:/mnt/data.v2\":\"1\"}"),
                Arguments.of("-n mynet -n net-2", "{\"-n mynet\":\"1\",\"-n net-2\":\"1\"}"),
                Arguments.of("-h my.host-1", "{\"-h\":\"my.host-1\"}"),
                Arguments.of("-h a -h b", "{\"-h\":\"b\"}"),
                Arguments.of("-e A='x' -e B=\"y\"", "{\"A\":\"x\",\"B\":\"y\"}"),
                Arguments.of("-e PATH=$PATH:/opt -e HOME=~", "{\"PATH\":\"$PATH:/opt\",\"HOME\":\"~\"}"),
                Arguments.of("-p 22:22 -e A=1 -p 22:22 -e B=2", "{\"-p 22:22\":\"1\",\"A\":\"1\",\"B\":\"2\"}"));
    }

    @ParameterizedTest(name = "<{0}> gives the CLI's {1}")
    @MethodSource("sameAsCli")
    void wellFormedInputGivesTheCliObjectExactly(String text, String cliJson) {
        EnvParse parse = EnvSpecParser.parse(text);
        assertThat(parse.problems()).isEmpty();
        assertThat(parse.isClean()).isTrue();
        assertWire(wire(parse), cliJson);
    }

    /** Rows where we deliberately differ: shell splitting instead of the CLI's space split and kept quotes. */
    static Stream<Arguments> shellSplitting() {
        return Stream.of(
                Arguments.of("double quotes around the whole pair are removed", "-e \"A=b c\"", "{\"A\":\"b c\"}"),
                Arguments.of("two spaces are one separator", "-e  A=1", "{\"A\":\"1\"}"),
                Arguments.of(
                        "apostrophe inside double quotes does not swallow the rest",
                        "-e A=\"it's\" -e B=2",
                        "{\"A\":\"it's\",\"B\":\"2\"}"),
                Arguments.of("tab separates tokens", "-e A=1\t-e B=2", "{\"A\":\"1\",\"B\":\"2\"}"),
                Arguments.of("newline separates tokens", "-e A=1\n-p 80:80", "{\"A\":\"1\",\"-p 80:80\":\"1\"}"),
                Arguments.of("backslash escapes a space", "-e A=b\\ c", "{\"A\":\"b c\"}"),
                Arguments.of("backslash escapes a quote", "-e A=\\\"x", "{\"A\":\"\\\"x\"}"),
                Arguments.of(
                        "backslash escapes inside double quotes",
                        "-e A=\"a\\\"b\\\\c\\$d\"",
                        "{\"A\":\"a\\\"b\\\\c$d\"}"),
                Arguments.of(
                        "single quotes keep backslashes and double quotes",
                        "-e A='x\\y \"z\"'",
                        "{\"A\":\"x\\\\y \\\"z\\\"\"}"),
                Arguments.of("adjacent quoted parts join", "-e A='b c'\"d e\"f", "{\"A\":\"b cd ef\"}"),
                Arguments.of("leading and trailing whitespace", "  -e A=1  ", "{\"A\":\"1\"}"),
                Arguments.of("quoted -e flag is still a flag", "'-e' A=1", "{\"A\":\"1\"}"),
                Arguments.of("hostname with a space when quoted", "-h 'my host'", "{\"-h\":\"my host\"}"));
    }

    @ParameterizedTest(name = "{0}: <{1}>")
    @MethodSource("shellSplitting")
    void textIsSplitLikeAPosixShell(String name, String text, String expectedJson) {
        EnvParse parse = EnvSpecParser.parse(text);
        assertThat(parse.problems()).isEmpty();
        assertWire(wire(parse), expectedJson);
    }

    /** Rows where the CLI silently drops (or wrongly keeps) a token: we keep the rest and report the token. */
    static Stream<Arguments> reported() {
        return Stream.of(
                Arguments.of("-e NOEQUALS -e C=3", "{\"C\":\"3\"}", List.of(4)),
                Arguments.of("--env A=1 -e B=2", "{\"B\":\"2\"}", List.of(1, 7)),
                Arguments.of("-eA=1", "{}", List.of(1)),
                Arguments.of("FOO=1", "{}", List.of(1)),
                Arguments.of("-p 127.0.0.1:80:80 -p 8000", "{\"-p 8000\":\"1\"}", List.of(4)),
                Arguments.of("-p 70000:70000", "{}", List.of(4)),
                Arguments.of("-p 80:70000", "{}", List.of(4)),
                Arguments.of("-p 0:80", "{}", List.of(4)),
                Arguments.of("-p 70000:70000/sctp -p 1:1", "{\"-p 1:1\":\"1\"}", List.of(4)),
                Arguments.of("-p 80:80/tcpudp", "{}", List.of(4)),
                Arguments.of(
                        "-v /host:/container -v /a b:/c",
                        "{\"-v /host:/container\":\"1\",\"-v /a\":\"1\"}",
                        List.of(27)),
                Arguments.of("-v /a:/b$c", "{}", List.of(4)),
                Arguments.of("-n mynet -n My_Net", "{\"-n mynet\":\"1\"}", List.of(13)),
                Arguments.of("-e A=1 -p", "{\"A\":\"1\"}", List.of(8)),
                Arguments.of("-e", "{}", List.of(1)),
                Arguments.of("-x 1 -e A=1", "{\"A\":\"1\"}", List.of(1, 4)),
                Arguments.of("-e =x", "{}", List.of(4)),
                Arguments.of("-e A=1\t-e\tNOPE", "{\"A\":\"1\"}", List.of(11)),
                Arguments.of("-h ''", "{}", List.of(4)));
    }

    @ParameterizedTest(name = "<{0}> keeps {1}, reports columns {2}")
    @MethodSource("reported")
    void everyUnusableTokenIsReportedWithItsColumn(String text, String expectedJson, List<Integer> columns) {
        EnvParse parse = EnvSpecParser.parse(text);
        assertWire(wire(parse), expectedJson);
        assertThat(parse.isClean()).isFalse();
        assertThat(parse.problems()).extracting(TokenProblem::column).containsExactlyElementsOf(columns);
    }

    @Test
    void problemNamesTheTokenAndSaysWhatWasExpected() {
        TokenProblem p = EnvSpecParser.parse("-e NOEQUALS").problems().get(0);
        assertThat(p.token()).isEqualTo("NOEQUALS");
        assertThat(p.describe()).startsWith("col 4 'NOEQUALS': ").contains("KEY=VALUE");
    }

    @Test
    void gluedFlagSuggestsTheSpace() {
        assertThat(EnvSpecParser.parse("-eA=1").problems().get(0).message()).contains("-e A=1");
    }

    @Test
    void unclosedSingleQuoteIsReportedFirstAtTheQuote() {
        EnvParse parse = EnvSpecParser.parse("-e A=1 -e B='x y");
        assertThat(parse.isClean()).isFalse();
        assertThat(parse.problems().get(0).column()).isEqualTo(13);
        assertThat(parse.problems().get(0).message()).contains("never closed");
        assertThat(parse.spec().toWire()).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void unclosedDoubleQuoteIsReportedFirstAtTheQuote() {
        EnvParse parse = EnvSpecParser.parse("-e B=\"x");
        assertThat(parse.isClean()).isFalse();
        assertThat(parse.problems().get(0).column()).isEqualTo(6);
        assertThat(parse.spec().entries()).isEmpty();
    }

    @Test
    void unclosedQuoteIsTheOnlyProblem() {
        assertThat(EnvSpecParser.parse("-e A=1 -e B='x y").problems())
                .extracting(TokenProblem::column)
                .containsExactly(13);
        assertThat(EnvSpecParser.parse("-e B=\"x").problems())
                .extracting(TokenProblem::column)
                .containsExactly(6);
    }

    @Test
    void cliQuoteBugInputIsReadWithoutProblems() {
        // The CLI turns this into {"A": "it's\" -e B=2"}; a shell reads it as two clean pairs.
        EnvParse parse = EnvSpecParser.parse("-e A=\"it's\" -e B=2");
        assertThat(parse.spec().variables())
                .containsExactly(new EnvEntry.Variable("A", "it's"), new EnvEntry.Variable("B", "2"));
    }

    static Stream<Arguments> ports() {
        return Stream.of(
                Arguments.of("8000", 8000, 8000, Protocol.TCP),
                Arguments.of("8000/udp", 8000, 8000, Protocol.UDP),
                Arguments.of("8000/tcp", 8000, 8000, Protocol.TCP),
                Arguments.of("8080:80", 8080, 80, Protocol.TCP),
                Arguments.of("53:53/udp", 53, 53, Protocol.UDP),
                Arguments.of("1:65535", 1, 65535, Protocol.TCP));
    }

    @ParameterizedTest(name = "-p {0} is host {1}, container {2}, {3}")
    @MethodSource("ports")
    void portSpecsAreReadWithHostContainerAndProtocol(String spec, int host, int container, Protocol protocol) {
        assertThat(EnvSpecParser.parsePort(spec)).contains(new EnvEntry.Port(spec, host, container, protocol));
        EnvParse parse = EnvSpecParser.parse("-p " + spec);
        assertThat(parse.problems()).isEmpty();
        assertThat(parse.spec().toWire()).containsExactly(Map.entry("-p " + spec, "1"));
    }

    @Test
    void badPortSpecsAreNotPorts() {
        for (String bad : List.of("", "http", "80:", ":80", "1:2:3", "80/sctp", "65536", "0", "-1", "8000 ")) {
            assertThat(EnvSpecParser.parsePort(bad)).as("<%s>", bad).isEmpty();
        }
    }

    @Test
    void portEntryKnowsItsContainerKey() {
        assertThat(EnvEntry.Port.same(8000, Protocol.UDP).containerKey()).isEqualTo("8000/udp");
        assertThat(EnvEntry.Port.same(8000, Protocol.UDP).wireKey()).isEqualTo("-p 8000:8000/udp");
        assertThat(EnvEntry.Port.same(22, Protocol.TCP).wireKey()).isEqualTo("-p 22:22");
    }

    @Test
    void entriesAreTypedByFlag() {
        EnvSpec spec =
                EnvSpecParser.parse("-e A=1 -p 80:80 -h h -v /a:/b -n net").spec();
        assertThat(spec.entries())
                .containsExactly(
                        new EnvEntry.Variable("A", "1"),
                        new EnvEntry.Port("80:80", 80, 80, Protocol.TCP),
                        new EnvEntry.Hostname("h"),
                        new EnvEntry.Volume("/a:/b"),
                        new EnvEntry.Network("net"));
    }

    // --- EnvSpec operations -------------------------------------------------------------------------------

    @Test
    void putReplacesAnExistingKeyInPlace() {
        EnvSpec spec = EnvSpecParser.parse("-e A=1 -e B=2").spec().put(new EnvEntry.Variable("A", "9"));
        assertThat(spec.toWire()).containsExactly(Map.entry("A", "9"), Map.entry("B", "2"));
    }

    @Test
    void putAppendsANewKey() {
        EnvSpec spec = EnvSpec.EMPTY.put(new EnvEntry.Variable("A", "1")).put(EnvEntry.Port.same(80, Protocol.TCP));
        assertThat(spec.toWire()).containsExactly(Map.entry("A", "1"), Map.entry("-p 80:80", "1"));
    }

    @Test
    void removeTakesOutAVariableAPortByWireKeySpecOrContainerKey() {
        EnvSpec spec =
                EnvSpecParser.parse("-e A=1 -p 80:80 -p 53:53/udp -p 9000 -h x").spec();
        assertThat(spec.remove("A").toWire()).doesNotContainKey("A");
        assertThat(spec.remove("-p 80:80").toWire()).doesNotContainKey("-p 80:80");
        assertThat(spec.remove("53:53/udp").toWire()).doesNotContainKey("-p 53:53/udp");
        assertThat(spec.remove("9000/tcp").toWire()).doesNotContainKey("-p 9000");
        assertThat(spec.remove("-h").toWire()).containsOnlyKeys("A", "-p 80:80", "-p 53:53/udp", "-p 9000");
        assertThat(spec.remove("nope")).isEqualTo(spec);
    }

    @Test
    void mergedWithLetsTheOtherWinInPlaceAndAppendsItsNewKeys() {
        EnvSpec base = EnvSpecParser.parse("-e A=1 -e B=2 -p 80:80").spec();
        EnvSpec top = EnvSpecParser.parse("-e C=3 -e B=9").spec();
        assertThat(base.mergedWith(top).toWire())
                .containsExactly(
                        Map.entry("A", "1"), Map.entry("B", "9"), Map.entry("-p 80:80", "1"), Map.entry("C", "3"));
    }

    @Test
    void getAndListsSeeOnlyTheirKind() {
        EnvSpec spec = EnvSpecParser.parse("-e A=1 -p 80:80 -h A").spec();
        assertThat(spec.get("A")).contains("1");
        assertThat(spec.get("-h")).isEmpty();
        assertThat(spec.variables()).hasSize(1);
        assertThat(spec.ports()).hasSize(1);
    }

    @Test
    void wireLengthCountsKeysAndValues() {
        assertThat(EnvSpecParser.parse("-e AB=123 -p 80:80").spec().wireLength())
                .isEqualTo(2 + 3 + 8 + 1);
    }

    static Stream<Arguments> quoting() {
        return Stream.of(
                Arguments.of("plain", "abc-1.2_x/y:z=@%+,", "abc-1.2_x/y:z=@%+,"),
                Arguments.of("space", "a b", "'a b'"),
                Arguments.of("empty", "", "''"),
                Arguments.of("dollar", "$HOME", "'$HOME'"),
                Arguments.of("apostrophe", "it's", "\"it's\""),
                Arguments.of("apostrophe with specials", "it's \"$x\" `y` \\", "\"it's \\\"\\$x\\\" \\`y\\` \\\\\""));
    }

    @ParameterizedTest(name = "{0}: <{1}> quotes as <{2}>")
    @MethodSource("quoting")
    void shellQuoteUsesTheLightestQuoting(String name, String word, String quoted) {
        assertThat(ShellQuote.quote(word)).isEqualTo(quoted);
    }

    // --- round trip -------------------------------------------------------------------------------------

    private static final String KEY_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz0123456789_.-é日";
    private static final String VALUE_CHARS = "abcXYZ019 _-=$'\"\\`!#&*()[]{};|<>?~,.:/@%^+\tñé日本😀\u00a0";

    private static String randomText(Random r, String alphabet, int min, int max) {
        int[] cps = alphabet.codePoints().toArray();
        StringBuilder b = new StringBuilder();
        int n = min + r.nextInt(max - min + 1);
        for (int i = 0; i < n; i++) {
            b.appendCodePoint(cps[r.nextInt(cps.length)]);
        }
        return b.toString();
    }

    private static EnvEntry randomEntry(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> {
                int host = 1 + r.nextInt(65_535);
                int container = 1 + r.nextInt(65_535);
                String proto = List.of("", "/tcp", "/udp").get(r.nextInt(3));
                String spec = r.nextBoolean() ? container + proto : host + ":" + container + proto;
                yield EnvSpecParser.parsePort(spec).orElseThrow();
            }
            case 1 -> new EnvEntry.Hostname(randomText(r, VALUE_CHARS, 1, 12));
            case 2 -> new EnvEntry.Volume(randomText(r, "abcXYZ09:./_", 1, 16));
            case 3 -> new EnvEntry.Network(randomText(r, "abz09-", 1, 10));
            default -> new EnvEntry.Variable(randomText(r, KEY_CHARS, 1, 8), randomText(r, VALUE_CHARS, 0, 20));
        };
    }

    @Test
    void parsingTheOptionsTextOfAnySpecGivesTheSameSpec() {
        Random random = new Random(20_260_807L);
        for (int run = 0; run < 400; run++) {
            List<EnvEntry> entries = new ArrayList<>();
            int n = random.nextInt(7);
            for (int i = 0; i < n; i++) {
                entries.add(randomEntry(random));
            }
            EnvSpec spec = new EnvSpec(entries);
            String options = spec.toOptions();
            EnvParse back = EnvSpecParser.parse(options);
            assertThat(back.problems())
                    .as("run %d: problems for <%s>", run, options)
                    .isEmpty();
            assertThat(back.spec()).as("run %d: <%s>", run, options).isEqualTo(spec);
            assertThat(back.spec().toWire()).containsExactlyEntriesOf(spec.toWire());
        }
    }

    @Test
    void roundTripKeepsHardValues() {
        EnvSpec spec = new EnvSpec(List.of(
                new EnvEntry.Variable("A", ""),
                new EnvEntry.Variable("B", "x=y=z"),
                new EnvEntry.Variable("C", "it's \"$HOME\" \\ `x`"),
                new EnvEntry.Variable("D", "  leading and trailing  "),
                new EnvEntry.Variable("E", "-e F=1"),
                new EnvEntry.Variable("G", "line1\nline2"),
                new EnvEntry.Hostname("-p")));
        EnvParse back = EnvSpecParser.parse(spec.toOptions());
        assertThat(back.problems()).isEmpty();
        assertThat(back.spec()).isEqualTo(spec);
    }
}
