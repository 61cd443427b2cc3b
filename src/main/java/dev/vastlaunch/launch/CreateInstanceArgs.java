package dev.vastlaunch.launch;

import java.util.List;

/** Returns a parsed {@code create instance} command line: the draft it describes and warnings to show. */
public record CreateInstanceArgs(LaunchDraft draft, List<String> warnings) {
    public CreateInstanceArgs {
        warnings = List.copyOf(warnings);
    }
}
