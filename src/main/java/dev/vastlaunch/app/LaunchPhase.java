package dev.vastlaunch.app;

/** Lists where a launch stands, from editing to a running instance or a failure. */
public enum LaunchPhase {
    /** Nothing submitted yet. */
    EDITING,
    /** The offer's price and minimum bid are being looked up before the confirm question. */
    CHECKING,
    /** The user is asked to confirm the spend; Cancel is the default. */
    CONFIRMING,
    /** The create request is in flight. */
    SUBMITTING,
    /** Created; polling until it runs. */
    WAITING,
    /** Running; the ssh command is known. */
    RUNNING,
    /** The server refused; nothing was created. */
    REJECTED,
    /** The instance failed to start, or polling gave up. */
    FAILED,
    /** The request may or may not have created an instance. */
    UNKNOWN
}
