package dev.vastlaunch.shell;

/** Lists what the shell prints after a command has run; the screens show the same things by themselves. */
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
    REVIEW
}
