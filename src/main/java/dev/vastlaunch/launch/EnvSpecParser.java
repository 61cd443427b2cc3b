package dev.vastlaunch.launch;

/** Parses Docker options text ({@code -e K=V -p 8000:8000/udp -h host -v a:/b -n net}) into an {@link EnvSpec}. */
public final class EnvSpecParser {
    private EnvSpecParser() {}
}
