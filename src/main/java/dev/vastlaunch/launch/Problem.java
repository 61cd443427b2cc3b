package dev.vastlaunch.launch;

/**
 * Describes something wrong with a draft, at a field; errors block the launch, warnings are shown.
 *
 * @param field the draft field, named as the create body names it ({@code disk}, {@code price}, {@code env}...)
 */
public record Problem(String field, String message, boolean blocking) {
    /** Returns a blocking problem. */
    public static Problem error(String field, String message) {
        return new Problem(field, message, true);
    }

    /** Returns a problem that is shown but does not block. */
    public static Problem warning(String field, String message) {
        return new Problem(field, message, false);
    }

    /** Returns e.g. {@code "disk: must be at least 8 GB"}. */
    public String describe() {
        return field + ": " + message;
    }
}
