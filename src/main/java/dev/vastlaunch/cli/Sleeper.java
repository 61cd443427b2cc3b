package dev.vastlaunch.cli;

/** Waits between polls; a test passes one that does not sleep. */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps {@code millis} milliseconds. */
    void sleep(long millis) throws InterruptedException;
}
