package dev.vastlaunch.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertThat(dir.recentTemplates()).hasSize(10).first().isEqualTo(String.format("%032x", 3));
        Path file = home.resolve("vastlaunch/recent-templates");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        assertThat(Files.exists(home.resolve("vastlaunch/recent-templates.tmp")))
                .isFalse();
    }

    @Test
    void anUnreadableOrForeignFileGivesNoRecentTemplates() throws Exception {
        StateDir dir = new StateDir(home.resolve("vastlaunch"));
        assertThat(dir.recentTemplates()).isEmpty();
        Files.createDirectories(dir.dir());
        Files.write(dir.dir().resolve("recent-templates"), new byte[] {(byte) 0xff, '\n', 'x'});
        assertThat(dir.recentTemplates()).isEmpty();
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
}
