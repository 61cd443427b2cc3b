package dev.vastlaunch.launch;

/** Lists where an effective launch value comes from. */
public enum ValueSource {
    /** Typed or chosen by the user. */
    USER,
    /** Taken from the template's defaults. */
    TEMPLATE,
    /** The default of the API or the official CLI. */
    DEFAULT,
    /** Filled in from the chosen offer (the minimum bid of an interruptible offer). */
    OFFER
}
