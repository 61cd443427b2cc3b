package dev.vastlaunch.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a preset replaces its file atomically, private when it holds secrets, and leaves no temporary file. */
class PresetFilesTest {
    @TempDir
    Path home;

    @Test
    void aPresetIsReplacedWholeAndASecretOneIsPrivate() throws Exception {
        PresetFiles files = new PresetFiles(home.resolve("presets"));
        Path plain = files.write("dev", "search offers\ncreate instance --image a\n", false);
        assertThat(Files.readString(plain)).isEqualTo("search offers\ncreate instance --image a\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)))
                .isEqualTo("rw-r--r--");

        Path secret = files.write("dev", "search offers\ncreate instance --image b --env '-e HF_TOKEN=x'\n", true);
        assertThat(secret).isEqualTo(plain);
        assertThat(Files.readString(secret)).contains("--image b");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
                .isEqualTo("rw-------");
        try (Stream<Path> left = Files.list(home.resolve("presets"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("dev.preset");
        }
    }
}
