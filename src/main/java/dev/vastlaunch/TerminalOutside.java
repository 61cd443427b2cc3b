package dev.vastlaunch;

import dev.vastlaunch.term.TerminalOwner;
import dev.vastlaunch.tui.Outside;
import java.util.List;

/** Reaches outside the screens through the one terminal owner: ssh in cooked mode, the clipboard by OSC 52. */
final class TerminalOutside implements Outside {
    private final TerminalOwner owner;

    TerminalOutside(TerminalOwner owner) {
        this.owner = owner;
    }

    @Override
    public Ended run(List<String> argv) {
        return owner.lend(() -> SystemProgram.run(argv));
    }

    @Override
    public void copy(String text) {
        owner.copyToClipboard(text);
    }
}
