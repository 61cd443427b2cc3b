package dev.vastlaunch.launch;

/** Returns one effective launch value as the server will apply it, and where it came from. */
public record EffectiveValue(String field, String value, ValueSource source) {}
