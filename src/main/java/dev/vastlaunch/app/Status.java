package dev.vastlaunch.app;

/** Returns the message of the status line and how serious it is; never carried by colour alone. */
public record Status(Level level, String message) {
    /** Lists how serious a status is; the prefix makes it visible without colour. */
    public enum Level {
        INFO(""),
        WARNING("warning: "),
        ERROR("error: ");

        private final String prefix;

        Level(String prefix) {
            this.prefix = prefix;
        }

        /** Returns the text shown before the message. */
        public String prefix() {
            return prefix;
        }
    }

    /** An empty status. */
    public static final Status NONE = new Status(Level.INFO, "");

    /** Returns an informational status. */
    public static Status info(String message) {
        return new Status(Level.INFO, message);
    }

    /** Returns a warning. */
    public static Status warning(String message) {
        return new Status(Level.WARNING, message);
    }

    /** Returns an error. */
    public static Status error(String message) {
        return new Status(Level.ERROR, message);
    }

    /** Returns the text to show, prefixed by its level. */
    public String text() {
        return message.isEmpty() ? "" : level.prefix() + message;
    }
}
