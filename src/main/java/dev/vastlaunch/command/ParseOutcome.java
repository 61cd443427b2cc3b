package dev.vastlaunch.command;

import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.SshRequest;
import java.util.List;

/** Returns what one command line asks for: actions to dispatch, a usage problem, a message, or a special step. */
public sealed interface ParseOutcome {
    /**
     * Dispatch {@code actions} in order, then show {@code report}.
     *
     * @param subject the instance id a report is about, or 0
     * @param notes warnings to show (parts of the line that the app cannot honour, or CLI warnings)
     * @param topic the name a report is about (a preset), or empty
     */
    record Run(List<Action> actions, Report report, long subject, List<String> notes, String topic)
            implements ParseOutcome {
        public Run {
            actions = List.copyOf(actions);
            notes = List.copyOf(notes);
        }

        /** Returns a run about no named thing. */
        public Run(List<Action> actions, Report report, long subject, List<String> notes) {
            this(actions, report, subject, notes, "");
        }

        /** Returns a run that shows the status line afterwards. */
        public static Run of(Action... actions) {
            return new Run(List.of(actions), Report.STATUS, 0, List.of());
        }

        /** Returns a run that shows {@code report} afterwards. */
        public static Run showing(Report report, List<Action> actions) {
            return new Run(actions, report, 0, List.of());
        }
    }

    /**
     * The line cannot be run; nothing is dispatched.
     *
     * @param word the index of the offending word (relative to the command's arguments when a command returns it,
     *     absolute in the line once {@link CommandTable} resolved it), or -1 for the whole line
     * @param offset the character offset inside that word's text where the problem starts
     */
    record Problem(int word, int offset, String message) implements ParseOutcome {
        /** Returns a problem at the start of argument {@code word}. */
        public static Problem at(int word, String message) {
            return new Problem(word, 0, message);
        }
    }

    /** Show {@code text} (help, or why a command cannot run here); nothing is dispatched. */
    record Say(String text) implements ParseOutcome {}

    /** Leave the bar or the shell. */
    record Quit() implements ParseOutcome {}

    /** Open the screens (in the shell only). */
    record OpenWizard() implements ParseOutcome {}

    /** Ask {@code question} (default No); dispatch {@code actions} only on yes. */
    record ConfirmThen(String question, List<Action> actions, Report report, long subject) implements ParseOutcome {
        public ConfirmThen {
            actions = List.copyOf(actions);
        }
    }

    /** Hand the terminal to {@code ssh} on the instance {@code request} names, once it runs. */
    record Ssh(SshRequest request) implements ParseOutcome {}

    /** Ask whether to launch the reviewed request (default No), then confirm or cancel it. */
    record Confirm() implements ParseOutcome {}
}
