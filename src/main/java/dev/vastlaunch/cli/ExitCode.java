package dev.vastlaunch.cli;

/** Holds the process exit codes: 0 success, 1 server or transport error, 2 usage error. */
public final class ExitCode {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** The server refused or the network failed. */
    public static final int FAILURE = 1;
    /** The command line is wrong; nothing was sent. */
    public static final int USAGE = 2;

    private ExitCode() {}
}
