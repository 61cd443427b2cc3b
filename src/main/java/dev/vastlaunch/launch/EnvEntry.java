package dev.vastlaunch.launch;

import java.util.regex.Pattern;

/** Returns one item of the Docker options a launch carries: an env var, a port, a hostname, a volume or a network. */
public sealed interface EnvEntry
        permits EnvEntry.Variable, EnvEntry.Port, EnvEntry.Hostname, EnvEntry.Volume, EnvEntry.Network {

    /** Returns the key this entry has in the wire {@code env} object (e.g. {@code "-p 8000:8000"}). */
    String wireKey();

    /** Returns the value this entry has in the wire {@code env} object ({@code "1"} for flags). */
    String wireValue();

    /** Returns this entry as Docker options text, quoted so that the parser reads it back unchanged. */
    String toOption();

    /** An environment variable {@code -e KEY=VALUE}. */
    record Variable(String key, String value) implements EnvEntry {
        /** The names the editors accept for a new variable: letters, digits, {@code _ . -}, not starting with a digit. */
        public static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

        /** The longest {@code KEY=VALUE} the API takes for one entry. */
        public static final int MAX_ENTRY = 256;

        /** Returns whether {@code key} is a name the editors accept for a variable. */
        public static boolean isValidName(String key) {
            return NAME.matcher(key).matches();
        }

        /** Returns why this variable cannot be sent (bad name, control character, too long), or empty; no value. */
        public java.util.Optional<String> problem() {
            if (!isValidName(key)) {
                return java.util.Optional.of("'"
                        + key.codePoints()
                                .map(c -> Character.isISOControl(c) ? '?' : c)
                                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        + "' is not a variable name (ASCII letters, digits, _ . -; not starting with a digit)");
            }
            if (value.chars().anyMatch(c -> c != '\t' && Character.isISOControl(c))) {
                return java.util.Optional.of(key + " has a control character (such as a newline) in its value");
            }
            int length = key.length() + 1 + value.length();
            if (length > MAX_ENTRY) {
                return java.util.Optional.of(
                        key + "=... is " + length + " characters; the API takes at most " + MAX_ENTRY + " per entry");
            }
            return java.util.Optional.empty();
        }

        @Override
        public String wireKey() {
            return key;
        }

        @Override
        public String wireValue() {
            return value;
        }

        @Override
        public String toOption() {
            return "-e " + ShellQuote.quote(key + "=" + value);
        }

        /** Returns whether the value must be masked, by {@link Secrets}' rule (secret-looking name or value). */
        public boolean isSecret() {
            return Secrets.isSecret(key, value);
        }
    }

    /**
     * A port mapping {@code -p SPEC}; {@code spec} is kept as typed (it is the wire key), e.g. {@code 8000:8000/udp}.
     *
     * @param hostPort the host side, or the container port when the spec has a single port
     */
    record Port(String spec, int hostPort, int containerPort, Protocol protocol) implements EnvEntry {
        /** Returns a mapping of the same port on both sides, e.g. {@code 8000:8000/udp}. */
        public static Port same(int port, Protocol protocol) {
            String spec = port + ":" + port + (protocol == Protocol.UDP ? "/udp" : "");
            return new Port(spec, port, port, protocol);
        }

        @Override
        public String wireKey() {
            return "-p " + spec;
        }

        @Override
        public String wireValue() {
            return "1";
        }

        @Override
        public String toOption() {
            return "-p " + spec;
        }

        /** Returns the Docker-style container port key, e.g. {@code 8000/tcp}. */
        public String containerKey() {
            return containerPort + "/" + protocol.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The container hostname {@code -h NAME}. */
    record Hostname(String name) implements EnvEntry {
        @Override
        public String wireKey() {
            return "-h";
        }

        @Override
        public String wireValue() {
            return name;
        }

        @Override
        public String toOption() {
            return "-h " + ShellQuote.quote(name);
        }
    }

    /** A volume {@code -v SPEC}. */
    record Volume(String spec) implements EnvEntry {
        @Override
        public String wireKey() {
            return "-v " + spec;
        }

        @Override
        public String wireValue() {
            return "1";
        }

        @Override
        public String toOption() {
            return "-v " + spec;
        }
    }

    /** A Docker network {@code -n NAME}. */
    record Network(String name) implements EnvEntry {
        @Override
        public String wireKey() {
            return "-n " + name;
        }

        @Override
        public String wireValue() {
            return "1";
        }

        @Override
        public String toOption() {
            return "-n " + name;
        }
    }
}
