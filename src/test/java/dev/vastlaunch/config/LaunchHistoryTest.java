package dev.vastlaunch.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launch history survives concurrent writers (threads and other processes) and a crash mid-line. */
class LaunchHistoryTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path dir;

    /** Appends {@code args[1]} lines tagged {@code args[2]} to the launch history of state dir {@code args[0]}. */
    public static void main(String[] args) {
        StateDir s = new StateDir(Path.of(args[0]));
        for (int i = 0; i < Integer.parseInt(args[1]); i++) {
            s.appendLaunch(args[2] + "-" + i + " " + "x".repeat(300));
        }
    }

    @Test
    void twoProcessesAndTwoThreadsAppendingAtOnceLoseAndTearNoLine() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> procs = new ArrayList<>();
        for (String tag : List.of("a", "b")) {
            procs.add(new ProcessBuilder(
                            java,
                            "-cp",
                            System.getProperty("java.class.path"),
                            LaunchHistoryTest.class.getName(),
                            dir.toString(),
                            "200",
                            tag)
                    .inheritIO()
                    .start());
        }
        StateDir s = new StateDir(dir);
        Thread t1 = new Thread(() -> main(new String[] {dir.toString(), "100", "c"}));
        Thread t2 = new Thread(() -> main(new String[] {dir.toString(), "100", "d"}));
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        for (Process p : procs) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        }
        List<String> lines = ((StateLines.Read) s.readLaunches()).lines();
        assertThat(lines).hasSize(600);
        assertThat(lines).allMatch(l -> l.matches("[abcd]-\\d+ x{300}"));
        for (String tag : List.of("a", "b")) {
            assertThat(lines.stream().filter(l -> l.startsWith(tag + "-"))).hasSize(200);
        }
        assertThat(Files.getPosixFilePermissions(s.launches())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aLineCutOffByACrashStaysAloneAndTheNextLineStartsFresh() throws Exception {
        StateDir s = new StateDir(dir);
        s.appendLaunch("first");
        Files.writeString(s.launches(), "half-writ", java.nio.file.StandardOpenOption.APPEND);
        s.appendLaunch("second");
        assertThat(((StateLines.Read) s.readLaunches()).lines()).containsExactly("first", "half-writ", "second");
    }

    @Test
    void aFileThatIsNotTextIsSetAsideAndTheHistoryStartsEmpty() throws Exception {
        StateDir s = new StateDir(dir);
        Files.createDirectories(dir);
        Files.write(s.launches(), new byte[] {(byte) 0xc3, (byte) 0x28, 10});
        StateLines r = s.readLaunches();
        assertThat(r).isInstanceOf(StateLines.Skipped.class);
        assertThat(((StateLines.Skipped) r).note()).contains("launches.bad-").contains("starts empty");
        assertThat(Files.exists(s.launches())).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("launches.bad-"));
        }
        s.appendLaunch("fresh");
        assertThat(((StateLines.Read) s.readLaunches()).lines()).containsExactly("fresh");
    }
}
