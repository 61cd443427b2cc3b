package dev.vastlaunch;

import dev.vastlaunch.cli.Confirmer;
import java.io.Console;
import java.util.Locale;

/** Asks yes/no questions on the process console; no console means nobody to ask. */
final class ConsoleConfirmer implements Confirmer {
    @Override
    @SuppressWarnings("SystemConsoleNull") // Java 17 is the baseline; null means no terminal
    public boolean canAsk() {
        return System.console() != null;
    }

    @Override
    @SuppressWarnings("SystemConsoleNull")
    public boolean confirm(String question) {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        String answer = console.readLine("%s", question);
        if (answer == null) {
            return false;
        }
        String a = answer.strip().toLowerCase(Locale.ROOT);
        return a.equals("y") || a.equals("yes");
    }

    @Override
    @SuppressWarnings("SystemConsoleNull")
    public boolean confirmDefaultYes(String question) {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        String answer = console.readLine("%s", question);
        if (answer == null) {
            return false;
        }
        String a = answer.strip().toLowerCase(Locale.ROOT);
        return !(a.equals("n") || a.equals("no"));
    }
}
