package dev.vastlaunch.term;

/** A terminal whose event loop can sleep until a key arrives instead of for a fixed tick. */
public interface InputWait {
    /** Waits until input bytes are waiting or {@code millis} have passed; returns whether input is waiting. */
    boolean awaitInput(long millis) throws InterruptedException;
}
