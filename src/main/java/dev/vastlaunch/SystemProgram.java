package dev.vastlaunch;

import dev.vastlaunch.app.HandOff;
import java.io.IOException;
import java.util.List;

/** Runs a program of the system (ssh) in the foreground with the terminal inherited, and waits for it. */
final class SystemProgram {
    private SystemProgram() {}

    /** Runs {@code argv} with stdin, stdout and stderr inherited; a missing program is a {@link HandOff.Ended.Failed}. */
    static HandOff.Ended run(List<String> argv) {
        Process process;
        try {
            process = new ProcessBuilder(argv).inheritIO().start();
        } catch (IOException e) {
            return new HandOff.Ended.Failed(
                    "cannot run '" + argv.get(0) + "' (" + reason(e) + "); install OpenSSH's client or put it on PATH");
        }
        try {
            return new HandOff.Ended.Exited(process.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            return new HandOff.Ended.Failed("interrupted while " + argv.get(0) + " ran");
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        return m.contains("error=2") ? "not found" : m.contains("error=13") ? "not executable" : "could not start";
    }
}
