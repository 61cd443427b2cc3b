package dev.vastlaunch.launch;

/** Returns a launch being edited: every field optional, never changed in place. */
public record LaunchDraft() {}
