package dev.vastlaunch.sim;

import java.io.IOException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Is where the simulator keeps the demo account between runs, shared by every process of the user; the app supplies
 * it (one lock, atomic private writes, a bad file set aside with a warning, the one masking rule for env values).
 */
public interface AccountFile {
    /** Runs {@code work} holding the lock that every process sharing the file waits for. */
    <T> T locked(Supplier<T> work);

    /** Returns a value that changes whenever the file is replaced, or null when there is no file. */
    @Nullable
    Object version();

    /** Returns the file's text, or null when there is no file. */
    @Nullable
    String read() throws IOException;

    /** Replaces the file with {@code text}; returns false when it could not (the account then lives in this process). */
    boolean write(String text);

    /** Sets the file aside because it could not be read ({@code why}), and tells the user. */
    void setAside(String why);

    /** Returns what the file keeps of env entry {@code name}'s {@code value}: a secret is masked. */
    String envValueToKeep(String name, String value);
}
