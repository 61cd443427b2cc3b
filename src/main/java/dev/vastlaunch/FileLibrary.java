package dev.vastlaunch;

import dev.vastlaunch.app.HistoryRead;
import dev.vastlaunch.app.LaunchRecord;
import dev.vastlaunch.app.Library;
import dev.vastlaunch.config.Environment;
import dev.vastlaunch.config.PresetFiles;
import dev.vastlaunch.config.StateDir;
import dev.vastlaunch.config.StateLines;
import dev.vastlaunch.config.TextFile;
import dev.vastlaunch.launch.PresetRead;
import dev.vastlaunch.launch.PresetText;
import dev.vastlaunch.offers.Outcome;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps presets in the config dir (with the shipped examples under them) and the launch history in the state dir,
 * parsing every preset with {@link PresetText}; environment values come from the process environment.
 */
record FileLibrary(PresetFiles files, StateDir state, Environment env) implements Library {
    /** Returns the library of {@code env}'s config and state dirs. */
    static FileLibrary of(Environment env) {
        return new FileLibrary(PresetFiles.of(env), StateDir.of(env), env);
    }

    @Override
    public List<PresetRead> presets() {
        Map<String, PresetRead> byName = new LinkedHashMap<>();
        for (TextFile f : PresetFiles.shipped()) {
            byName.put(f.name(), read(f, true));
        }
        for (TextFile f : files.list()) {
            byName.put(f.name(), read(f, false));
        }
        List<PresetRead> out = new ArrayList<>(byName.values());
        // Launchable presets first (Enter on the first row launches), the skipped files after them, each by name.
        out.sort(Comparator.comparing((PresetRead r) -> r instanceof PresetRead.Bad)
                .thenComparing(PresetRead::name));
        return out;
    }

    private static PresetRead read(TextFile f, boolean shipped) {
        if (f instanceof TextFile.Read r) {
            return PresetText.parse(r.name(), r.text(), shipped);
        }
        return new PresetRead.Bad(f.name(), ((TextFile.Unreadable) f).reason());
    }

    @Override
    public Outcome<String> savePreset(String name, String text, boolean secret) {
        try {
            Path p = files.write(name, text, secret);
            return new Outcome.Ok<>(p + (secret ? " (0600: it holds secret values)" : ""));
        } catch (IOException | RuntimeException e) {
            return new Outcome.Failed<>("cannot write " + files.file(name) + ": " + e.getMessage());
        }
    }

    @Override
    public Outcome<String> deletePreset(String name) {
        Optional<String> bad = PresetText.nameProblem(name);
        if (bad.isPresent()) {
            return new Outcome.Failed<>(bad.get());
        }
        try {
            return new Outcome.Ok<>(files.delete(name).toString());
        } catch (NoSuchFileException e) {
            return new Outcome.Failed<>(
                    PresetFiles.SHIPPED.contains(name)
                            ? name
                                    + " is a shipped example (it cannot be deleted; a preset of yours with its name replaces it)"
                            : "no preset of yours named " + name + " in " + files.dir());
        } catch (IOException | RuntimeException e) {
            return new Outcome.Failed<>("cannot delete " + files.file(name) + ": " + e.getMessage());
        }
    }

    @Override
    public HistoryRead history() {
        StateLines lines = state.readLaunches();
        if (lines instanceof StateLines.Skipped s) {
            return new HistoryRead(List.of(), List.of(s.note()));
        }
        List<LaunchRecord> records = new ArrayList<>();
        int bad = 0;
        for (String line : ((StateLines.Read) lines).lines()) {
            if (line.isBlank()) {
                continue;
            }
            Optional<LaunchRecord> r = LaunchRecord.parse(line);
            if (r.isPresent()) {
                records.add(r.get());
            } else {
                bad++;
            }
        }
        List<String> notes = bad == 0
                ? List.of()
                : List.of(bad + " line" + (bad == 1 ? "" : "s") + " of the launch history " + state.launches()
                        + " could not be read (cut off by a crash?) and " + (bad == 1 ? "was" : "were") + " skipped");
        return new HistoryRead(records, notes);
    }

    @Override
    public Optional<String> record(LaunchRecord record) {
        Optional<String> problem = state.appendLaunch(record.toLine());
        if (record.instanceId() != null) {
            recent(record);
        }
        return problem;
    }

    /** Remembers a launched recipe's image or template for the Image screen and completion. */
    private void recent(LaunchRecord record) {
        PresetRead read = PresetText.parse("recent", record.createLine(), false);
        if (read instanceof PresetRead.Good g) {
            g.preset().draft().templateHash().ifPresent(state::rememberTemplate);
            String image = g.preset().draft().image();
            if (image != null) {
                state.rememberImage(image);
            }
        }
    }

    @Override
    public Optional<String> variable(String name) {
        return env.get(name);
    }
}
