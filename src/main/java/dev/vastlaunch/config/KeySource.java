package dev.vastlaunch.config;

/**
 * Returns an API key and where it was found; {@link #toString()} and {@link #describe()} never show the key.
 *
 * @param origin e.g. {@code --api-key}, {@code VAST_API_KEY}, or a file path
 */
public record KeySource(String key, String origin) {
    /** Returns e.g. {@code "key …3f9a from VAST_API_KEY"}: the last four characters only. */
    public String describe() {
        String tail = key.length() <= 4 ? "" : key.substring(key.length() - 4);
        return "key …" + tail + " from " + origin;
    }

    @Override
    public String toString() {
        return "KeySource[" + describe() + "]";
    }
}
