package dev.vastlaunch.tui;

import dev.vastlaunch.app.HandOff;
import java.util.List;

/**
 * Reaches outside the screens: hands the terminal to a program (ssh) and back, and copies text to the user's
 * clipboard; implemented by the terminal's owner, faked in tests.
 */
public interface Outside extends HandOff {
    /** Copies {@code text} to the clipboard of the terminal the user sits at (OSC 52, so it works over ssh). */
    void copy(String text);

    /** Returns an outside that can do neither (virtual terminals without a real tty). */
    static Outside none() {
        return new Outside() {
            @Override
            public Ended run(List<String> argv) {
                return new Ended.Failed("this terminal cannot hand over to " + argv.get(0));
            }

            @Override
            public void copy(String text) {}
        };
    }
}
