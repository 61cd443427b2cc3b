package dev.vastlaunch.app;

import java.util.List;

/**
 * Returns everything both front-ends draw: the screen, offers, templates, the draft, the launch and the status.
 *
 * <p>Immutable; changed only by {@link Update} on the session's owner thread.
 *
 * @param demo whether the app talks to the built-in simulator (a DEMO banner is shown)
 * @param hours the number of hours the cost estimate is shown for
 * @param busy how many effects are in flight (a spinner is shown when above zero)
 */
public record State(
        Screen screen,
        OffersState offers,
        TemplatesState templates,
        EditorState editor,
        LaunchState launch,
        Status status,
        boolean demo,
        List<String> gpuNames,
        InstancesState instances,
        int hours,
        int busy,
        LibraryState library) {

    public State {
        gpuNames = List.copyOf(gpuNames);
    }

    /** Returns the state at start. */
    public static State initial(boolean demo) {
        return new State(
                Screen.OFFERS,
                OffersState.initial(),
                TemplatesState.initial(),
                EditorState.initial(),
                LaunchState.initial(),
                Status.NONE,
                demo,
                List.of(),
                InstancesState.initial(),
                24,
                0,
                LibraryState.initial());
    }

    /** Returns this state on another screen. */
    public State withScreen(Screen next) {
        return new State(
                next, offers, templates, editor, launch, status, demo, gpuNames, instances, hours, busy, library);
    }

    /** Returns this state with other offers state. */
    public State withOffers(OffersState next) {
        return new State(
                screen, next, templates, editor, launch, status, demo, gpuNames, instances, hours, busy, library);
    }

    /** Returns this state with other templates state. */
    public State withTemplates(TemplatesState next) {
        return new State(screen, offers, next, editor, launch, status, demo, gpuNames, instances, hours, busy, library);
    }

    /** Returns this state with another editor state. */
    public State withEditor(EditorState next) {
        return new State(
                screen, offers, templates, next, launch, status, demo, gpuNames, instances, hours, busy, library);
    }

    /** Returns this state with another launch state. */
    public State withLaunch(LaunchState next) {
        return new State(
                screen, offers, templates, editor, next, status, demo, gpuNames, instances, hours, busy, library);
    }

    /** Returns this state with another status line. */
    public State withStatus(Status next) {
        return new State(
                screen, offers, templates, editor, launch, next, demo, gpuNames, instances, hours, busy, library);
    }

    /** Returns this state with the GPU names known for completion. */
    public State withGpuNames(List<String> names) {
        return new State(
                screen, offers, templates, editor, launch, status, demo, names, instances, hours, busy, library);
    }

    /** Returns this state with the user's instances. */
    public State withInstances(InstancesState list) {
        return new State(screen, offers, templates, editor, launch, status, demo, gpuNames, list, hours, busy, library);
    }

    /** Returns this state with the cost estimate for {@code n} hours. */
    public State withHours(int n) {
        return new State(
                screen, offers, templates, editor, launch, status, demo, gpuNames, instances, n, busy, library);
    }

    /** Returns this state with {@code count} effects in flight; only the session counts them. */
    State withBusy(int count) {
        return new State(
                screen, offers, templates, editor, launch, status, demo, gpuNames, instances, hours, count, library);
    }

    /** Returns this state with other presets, history or quick-launch state. */
    public State withLibrary(LibraryState next) {
        return new State(
                screen, offers, templates, editor, launch, status, demo, gpuNames, instances, hours, busy, next);
    }

    /** Returns whether the user has made choices that quitting would lose. */
    public boolean hasUnsavedDraft() {
        var d = editor.draft();
        return (d.offerId() != null
                        || d.image() != null
                        || d.templateHash().isPresent()
                        || !d.env().entries().isEmpty())
                && launch.phase() != LaunchPhase.RUNNING;
    }
}
