package dev.vastlaunch.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.offers.UsageProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The onstart file reader: the API's size cap, and no device or pipe is ever read. */
class BoundedFileTest {
    @TempDir
    Path dir;

    private static String onstartProblem(String path) {
        CreateInstanceCommand.Result r =
                CreateInstanceCommand.parse(List.of("1", "--image", "img", "--onstart", path), FileSource.local());
        assertThat(r.args()).isNull();
        UsageProblem p = Objects.requireNonNull(r.problem());
        return p.message();
    }

    @Test
    void aFileAtTheLimitIsReadWhole() throws IOException {
        Path f = dir.resolve("ok.sh");
        Files.writeString(f, "é".repeat(LaunchValidator.MAX_SCRIPT), StandardCharsets.UTF_8);
        assertThat(FileSource.local().read(f.toString()))
                .isEqualTo(new FileRead.Text("é".repeat(LaunchValidator.MAX_SCRIPT)));
    }

    @Test
    void aFileOverTheApisLimitIsRefusedWithTheLimit() throws IOException {
        Path f = dir.resolve("big.sh");
        Files.writeString(f, "x".repeat(LaunchValidator.MAX_SCRIPT + 1), StandardCharsets.UTF_8);
        assertThat(onstartProblem(f.toString()))
                .isEqualTo(
                        "--onstart: '" + f + "' is longer than 4096 characters, the API's limit for onstart and args");
    }

    @Test
    void aHugeFileIsRefusedWithoutReadingIt() throws IOException {
        Path f = dir.resolve("huge.bin");
        try (var ch = java.nio.channels.FileChannel.open(
                f, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            ch.position(8L << 30).write(java.nio.ByteBuffer.wrap(new byte[] {1})); // sparse 8 GiB
        }
        assertThat(onstartProblem(f.toString())).contains("longer than 4096 characters");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aDeviceIsRefusedNotRead() {
        assertThat(onstartProblem("/dev/zero"))
                .isEqualTo("--onstart: '/dev/zero' is not a regular file (a device, pipe or socket); give a file, or"
                        + " use --onstart-cmd");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aFifoIsRefusedWithoutOpeningIt() throws IOException, InterruptedException {
        Path fifo = dir.resolve("pipe");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mk.waitFor()).isZero();
        assertThat(onstartProblem(fifo.toString())).contains("is not a regular file");
    }

    @Test
    void aDirectoryAMissingFileAndNonUtf8TextSayWhy() throws IOException {
        Path bin = dir.resolve("bin");
        Files.write(bin, new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        assertThat(onstartProblem(dir.toString())).endsWith("is a directory, not a file");
        assertThat(onstartProblem(dir.resolve("nope").toString())).endsWith("does not exist");
        assertThat(onstartProblem(bin.toString())).endsWith("is not UTF-8 text");
    }
}
