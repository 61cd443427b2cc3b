package dev.vastlaunch.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code $XDG_CONFIG_HOME/vastlaunch/vastlaunch.properties} (documented in the repo's
 * {@code config/vastlaunch.example.properties}); flags and environment variables win over it.
 */
public record SettingsFile(@Nullable String url, @Nullable Boolean color) {
    private static final Set<String> KNOWN = Set.of("url", "color");

    /** Returns whether the file turns colour off. */
    public boolean colorOff() {
        return Boolean.FALSE.equals(color);
    }

    /** Returns the file's path for this environment. */
    public static Path path(Environment env) {
        return env.configHome().resolve("vastlaunch").resolve("vastlaunch.properties");
    }

    /**
     * Returns the settings in the file, or none when it does not exist; problems go to {@code warnings}, and a file
     * that is not a properties file in UTF-8 is set aside ({@link StateDir#setAside}).
     */
    public static SettingsFile load(Environment env, List<String> warnings) {
        Path file = path(env);
        if (!Files.isRegularFile(file)) {
            return new SettingsFile(null, null);
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (CharacterCodingException e) {
            warnings.add(StateDir.setAside(file, "not UTF-8 text"));
            return new SettingsFile(null, null);
        } catch (IllegalArgumentException e) {
            warnings.add(StateDir.setAside(file, "not a properties file: " + e.getMessage()));
            return new SettingsFile(null, null);
        } catch (IOException e) {
            warnings.add("cannot read " + file + ": " + e.getMessage());
            return new SettingsFile(null, null);
        }
        for (String key : p.stringPropertyNames()) {
            if (!KNOWN.contains(key)) {
                warnings.add(file + ": unknown setting '" + key + "' (known: url, color)");
            }
        }
        String url = Optional.ofNullable(p.getProperty("url"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .orElse(null);
        Boolean color = null;
        String c = p.getProperty("color");
        if (c != null) {
            switch (c.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> color = true;
                case "false", "no", "off" -> color = false;
                default -> warnings.add(file + ": color must be true or false, not '" + c.strip() + "'");
            }
        }
        return new SettingsFile(url, color);
    }
}
