package dev.vastlaunch.app;

import dev.vastlaunch.launch.Preset;
import dev.vastlaunch.launch.PresetRead;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Returns the presets and the launch history as last read, the preset the draft came from, and where a quick launch
 * stands.
 *
 * @param active the preset (or past recipe) the draft was loaded from; its name goes into the history
 * @param quick where a quick launch stands
 * @param quickSearch the search id whose answer a quick launch picks its offer from
 * @param activeSearch the offers' search id when {@code active} was applied (its own search for a quick launch): a
 *     later search replaces the preset's search in what is written down
 */
public record LibraryState(
        List<PresetRead> presets,
        boolean presetsLoaded,
        List<LaunchRecord> history,
        List<String> historyNotes,
        boolean historyLoaded,
        @Nullable Preset active,
        QuickStep quick,
        long quickSearch,
        long activeSearch) {

    public LibraryState {
        presets = List.copyOf(presets);
        history = List.copyOf(history);
        historyNotes = List.copyOf(historyNotes);
    }

    /** Lists where a quick launch stands. */
    public enum QuickStep {
        /** No quick launch in progress (or it reached the confirm question). */
        IDLE,
        /** The preset is being read. */
        READING,
        /** Searching with the preset; the best match is picked when the answer arrives. */
        SEARCHING,
        /** The preset could not be used or nothing matched; the status says why. */
        FAILED
    }

    /** Returns the state at start: nothing read yet. */
    public static LibraryState initial() {
        return new LibraryState(List.of(), false, List.of(), List.of(), false, null, QuickStep.IDLE, 0, 0);
    }

    /** Returns this state with the presets read. */
    public LibraryState withPresets(List<PresetRead> read) {
        return new LibraryState(
                read, true, history, historyNotes, historyLoaded, active, quick, quickSearch, activeSearch);
    }

    /** Returns this state with the history read. */
    public LibraryState withHistory(List<LaunchRecord> records, List<String> notes) {
        return new LibraryState(presets, presetsLoaded, records, notes, true, active, quick, quickSearch, activeSearch);
    }

    /** Returns this state without a recipe for the draft. */
    public LibraryState withoutActive() {
        return withActive(null, 0);
    }

    /** Returns this state with the draft's recipe, applied while the offers showed search {@code searchId}. */
    public LibraryState withActive(@Nullable Preset preset, long searchId) {
        return new LibraryState(
                presets, presetsLoaded, history, historyNotes, historyLoaded, preset, quick, quickSearch, searchId);
    }

    /** Returns this state with a quick launch at {@code step}, picking from search {@code searchId}. */
    public LibraryState withQuick(QuickStep step, long searchId) {
        return new LibraryState(
                presets, presetsLoaded, history, historyNotes, historyLoaded, active, step, searchId, activeSearch);
    }

    /** Returns the usable presets, by name. */
    public List<Preset> good() {
        return presets.stream()
                .filter(r -> r instanceof PresetRead.Good)
                .map(r -> ((PresetRead.Good) r).preset())
                .toList();
    }

    /** Returns the usable preset named {@code name}, if read. */
    public Optional<Preset> find(String name) {
        return good().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Returns history record {@code n}, counting from 1 = the most recent. */
    public Optional<LaunchRecord> recent(int n) {
        int i = history.size() - n;
        return n >= 1 && i >= 0 ? Optional.of(history.get(i)) : Optional.empty();
    }
}
