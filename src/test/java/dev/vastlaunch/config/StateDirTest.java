package dev.vastlaunch.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StateDirTest {
    @TempDir
    Path home;

    @Test
    void recentTemplatesAreKeptNewestFirstAtMostTenInAPrivateFile() throws Exception {
        StateDir dir = new StateDir(home.resolve("vastlaunch"));
        for (int i = 0; i < 12; i++) {
            dir.rememberTemplate(String.format("%032x", i));
        }
        dir.rememberTemplate(String.format("%032x", 3));
        assertThat(dir.recentTemplates(new ArrayList<>())).hasSize(10).first().isEqualTo(String.format("%032x", 3));
        Path file = home.resolve("vastlaunch/recent-templates");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("recent-templates");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"not UTF-8", "not a hash"})
    void aBadRecentTemplatesFileIsSetAsideWithOneWarningNamingIt(String kind) throws Exception {
        StateDir dir = new StateDir(home.resolve("vastlaunch"));
        List<String> warnings = new ArrayList<>();
        assertThat(dir.recentTemplates(warnings)).isEmpty();
        assertThat(warnings).isEmpty();
        Files.createDirectories(dir.dir());
        Path file = dir.dir().resolve("recent-templates");
        byte[] bad = kind.equals("not UTF-8")
                ? new byte[] {(byte) 0xff, '\n', 'x'}
                : "0123456789abcdef\nrm -rf /\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, bad);
        assertThat(dir.recentTemplates(warnings)).isEmpty();
        assertThat(warnings)
                .singleElement()
                .asString()
                .contains(file.toString())
                .contains("recent-templates.bad-");
        assertThat(file).doesNotExist();
        try (Stream<Path> files = Files.list(dir.dir())) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("recent-templates.bad-"))
                    .findFirst()
                    .orElseThrow();
            assertThat(Files.readAllBytes(aside)).isEqualTo(bad);
        }
        dir.rememberTemplate("0123456789abcdef");
        assertThat(dir.recentTemplates(warnings)).containsExactly("0123456789abcdef");
        assertThat(warnings).hasSize(1);
    }

    @Test
    void theSetAsideRuleNamesTheFileWhyAndWhereItWent() throws Exception {
        Path file = Files.writeString(home.resolve("presets.toml"), "junk");
        String line = StateDir.setAside(file, "line 1: junk");
        assertThat(line)
                .startsWith("the file " + file + " could not be read (line 1: junk); it was moved to ")
                .contains(file + ".bad-")
                .doesNotContain("\n");
        assertThat(file).doesNotExist();
        assertThat(StateDir.setAside(file, "gone")).contains("nor moved aside");
    }

    @Test
    void writesArePrivateAndAtomicAndAnUnwritableDirectoryIsReported() throws Exception {
        StateDir dir = new StateDir(home.resolve("vastlaunch"));
        assertThat(dir.write("demo-account.json", "{}".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        Path file = dir.dir().resolve("demo-account.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        StateDir blocked =
                new StateDir(Files.writeString(home.resolve("a-file"), "").resolve("vastlaunch"));
        assertThat(blocked.write("demo-account.json", new byte[0]))
                .hasValueSatisfying(p -> assertThat(p).startsWith("cannot create"));
        assertThat(blocked.locked("demo-account.json", () -> "ran without a lock"))
                .isEqualTo("ran without a lock");
    }

    @Test
    void theLockIsHeldWhileTheWorkRuns() throws Exception {
        StateDir dir = new StateDir(home.resolve("vastlaunch"));
        String inside = dir.locked("demo-account.json", () -> {
            try (var ch = java.nio.channels.FileChannel.open(
                    dir.dir().resolve("demo-account.json.lock"), java.nio.file.StandardOpenOption.WRITE)) {
                // Another holder in this JVM overlaps; across processes tryLock would return null.
                ch.tryLock();
                return "not locked";
            } catch (java.nio.channels.OverlappingFileLockException e) {
                return "locked";
            } catch (java.io.IOException e) {
                return e.toString();
            }
        });
        assertThat(inside).isEqualTo("locked");
    }

    @Test
    void theCrashLogIsAppendedAndPrivate() throws Exception {
        StateDir dir = new StateDir(home.resolve("vastlaunch"));
        assertThat(dir.appendCrash("one\n")).contains(dir.crashLog());
        assertThat(dir.appendCrash("two\n")).contains(dir.crashLog());
        assertThat(Files.readString(dir.crashLog())).isEqualTo("one\ntwo\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.crashLog())))
                .isEqualTo("rw-------");
    }

    @Test
    void aHistoryOverTheReadLimitIsReadFromItsFirstWholeLineEvenWhenTheCutFallsInsideACharacter() throws Exception {
        StateDir dir = new StateDir(home.resolve("vastlaunch"));
        dir.create();
        String prefix = "time=x recipe=café-€-";
        int euro = "time=x recipe=café-".getBytes(StandardCharsets.UTF_8).length;
        String line = prefix + "a".repeat(70) + "\n";
        int size = line.getBytes(StandardCharsets.UTF_8).length;
        int count = (int) (StateDir.MAX_LAUNCH_BYTES / size) + 50;
        // A last line of the length that puts the read's first byte on the euro sign's second byte.
        int last = (int) ((euro + 1 + StateDir.MAX_LAUNCH_BYTES % size) % size);
        int prefixBytes = prefix.getBytes(StandardCharsets.UTF_8).length;
        while (last < prefixBytes + 1) {
            last += size;
        }
        String text = line.repeat(count) + prefix + "b".repeat(last - prefixBytes - 1) + "\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes[(int) (bytes.length - StateDir.MAX_LAUNCH_BYTES)] & 0xC0)
                .as("the cut is inside a character")
                .isEqualTo(0x80);
        Files.write(dir.launches(), bytes);

        StateLines read = dir.readLaunches();
        assertThat(read).isInstanceOf(StateLines.Read.class);
        List<String> lines = ((StateLines.Read) read).lines();
        assertThat(lines).hasSizeGreaterThan(1000).allSatisfy(l -> assertThat(l).startsWith(prefix));
    }
}
