package dev.vastlaunch.app;

/** Lists the screens: the wizard's steps in order, then the user's instances; each is reachable directly. */
public enum Screen {
    OFFERS("Offers"),
    IMAGE("Image"),
    ENV("Env & Ports"),
    OPTIONS("Options"),
    REVIEW("Review"),
    LAUNCH("Launch"),
    INSTANCES("Instances"),
    PRESETS("Presets"),
    HISTORY("History");

    private final String title;

    Screen(String title) {
        this.title = title;
    }

    /** Returns the title shown in the breadcrumb header. */
    public String title() {
        return title;
    }

    /** Returns whether the screen is a step of the launch (the header's breadcrumb), not a list beside it. */
    public boolean isStep() {
        return this != PRESETS && this != HISTORY;
    }

    /** Returns the next screen, or this one when it is the last. */
    public Screen next() {
        return switch (this) {
            case OFFERS -> IMAGE;
            case IMAGE -> ENV;
            case ENV -> OPTIONS;
            case OPTIONS -> REVIEW;
            case REVIEW, LAUNCH -> LAUNCH;
            case PRESETS, HISTORY -> this;
            case INSTANCES -> INSTANCES;
        };
    }

    /** Returns the previous screen, or this one when it is the first. */
    public Screen previous() {
        return switch (this) {
            case OFFERS, IMAGE -> OFFERS;
            case ENV -> IMAGE;
            case OPTIONS -> ENV;
            case REVIEW -> OPTIONS;
            case LAUNCH -> REVIEW;
            case PRESETS, HISTORY -> OFFERS;
            case INSTANCES -> OFFERS;
        };
    }
}
