package dev.vastlaunch.command;

/** Lists what is shown after a command has run, once the answers it waits for have arrived. */
public enum Report {
    /** The status line. */
    STATUS,
    /** The offers table, once the search in flight has answered. */
    OFFERS,
    /** The templates, once they are loaded. */
    TEMPLATES,
    /** The user's instances, once loaded. */
    INSTANCES,
    /** One instance, once the list is loaded. */
    INSTANCE,
    /** One instance's ssh URL, once the list is loaded. */
    SSH_URL,
    /** The effective launch: the draft, its price and its problems. */
    REVIEW,
    /** A launch: the offer looked up, then the review (interactive) or the confirm and the result (one-shot). */
    LAUNCH,
    /** An instance watched until it runs or fails; then its ssh URL. */
    WAIT,
    /** The presets once read, or the one named by the run's topic. */
    PRESETS,
    /** The launch history once read. */
    HISTORY,
    /** A preset loaded into the draft, then the review. */
    LOADED,
    /** A quick launch (subject 1: {@code --yes}, no question): the best match, one confirm, the launch, the wait and the ssh line. */
    QUICK,
    /** Changes of instances (start, stop, reboot, label, destroy, one or several), once each answered. */
    CHANGE,
    /** One instance's scp URL, once the list is loaded. */
    SCP_URL,
    /** The account's credit and what is running, once loaded. */
    USER,
    /** One instance's log, once fetched. */
    LOGS
}
