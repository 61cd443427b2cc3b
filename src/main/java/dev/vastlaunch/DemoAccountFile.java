package dev.vastlaunch;

import dev.vastlaunch.config.StateDir;
import dev.vastlaunch.launch.Secrets;
import dev.vastlaunch.sim.AccountFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the simulator's demo account in the state dir ({@code demo-account.json}): writes through {@link StateDir}
 * (atomic, 0600 in a 0700 directory), one lock file shared by every process, a bad file set aside by the one rule,
 * env values masked by {@link Secrets}; each problem is told once to {@code warn}.
 */
public final class DemoAccountFile implements AccountFile {
    private final StateDir dir;
    private final String name;
    private final Consumer<String> warn;
    private final AtomicBoolean toldUnwritable = new AtomicBoolean();

    /** Returns the demo account file of {@code dir}; warnings (one line each) go to {@code warn}. */
    public DemoAccountFile(StateDir dir, Consumer<String> warn) {
        this.dir = dir;
        this.name = dir.demoAccount().getFileName().toString();
        this.warn = warn;
    }

    /** Tells {@code warn} now, once, when demo instances cannot be kept (the state dir is not writable). */
    void checkWritable() {
        String why = dir.create().orElseGet(() -> Files.isWritable(dir.dir()) ? null : "cannot write " + dir.dir());
        if (why != null && toldUnwritable.compareAndSet(false, true)) {
            warn.accept(unwritableWarning(why));
        }
    }

    @Override
    public <T> T locked(Supplier<T> work) {
        return dir.locked(name, work);
    }

    @Override
    public @Nullable Object version() {
        try {
            BasicFileAttributes a = Files.readAttributes(file(), BasicFileAttributes.class);
            return List.of(String.valueOf(a.fileKey()), a.lastModifiedTime(), a.size());
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public @Nullable String read() throws IOException {
        try {
            return Files.readString(file(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    @Override
    public boolean write(String text) {
        var problem = dir.write(name, text.getBytes(StandardCharsets.UTF_8));
        if (problem.isPresent() && toldUnwritable.compareAndSet(false, true)) {
            warn.accept(unwritableWarning(problem.get()));
        }
        return problem.isEmpty();
    }

    @Override
    public void setAside(String why) {
        warn.accept(StateDir.setAside(file(), why));
    }

    @Override
    public String envValueToKeep(String name, String value) {
        return Secrets.isSecret(name, value) ? Secrets.MASK : value;
    }

    /** Returns the warning that demo instances will not outlive this process, and why. */
    static String unwritableWarning(String why) {
        return "demo instances will not be kept after this command (" + why + ")";
    }

    private Path file() {
        return dir.demoAccount();
    }
}
