package dev.vastlaunch.app;

import dev.vastlaunch.launch.InstanceService;
import dev.vastlaunch.offers.Outcome;

/** Lists what can be done to one of the user's instances, and the words that say it was done. */
public sealed interface InstanceChange {
    /** Returns what was done, e.g. {@code "destroyed"}. */
    String done();

    /** Returns the verb for an error line, e.g. {@code "destroy"}. */
    String verb();

    /** Asks the server to make this change to instance {@code id}. */
    Outcome<Boolean> apply(InstanceService instances, long id);

    /** Start a stopped instance. */
    record Start() implements InstanceChange {
        @Override
        public Outcome<Boolean> apply(InstanceService instances, long id) {
            return instances.setRunning(id, true);
        }

        @Override
        public String done() {
            return "starting";
        }

        @Override
        public String verb() {
            return "start";
        }
    }

    /** Stop a running instance (its disk is kept and still billed). */
    record Stop() implements InstanceChange {
        @Override
        public Outcome<Boolean> apply(InstanceService instances, long id) {
            return instances.setRunning(id, false);
        }

        @Override
        public String done() {
            return "stopping";
        }

        @Override
        public String verb() {
            return "stop";
        }
    }

    /** Set the label. */
    record Label(String text) implements InstanceChange {
        @Override
        public Outcome<Boolean> apply(InstanceService instances, long id) {
            return instances.setLabel(id, text);
        }

        @Override
        public String done() {
            return "labelled " + text;
        }

        @Override
        public String verb() {
            return "label";
        }
    }

    /** Destroy the instance and its disk; this cannot be undone. */
    record Destroy() implements InstanceChange {
        @Override
        public Outcome<Boolean> apply(InstanceService instances, long id) {
            return instances.destroy(id);
        }

        @Override
        public String done() {
            return "destroyed";
        }

        @Override
        public String verb() {
            return "destroy";
        }
    }

    /** Restart the container; the disk is kept. */
    record Reboot() implements InstanceChange {
        @Override
        public Outcome<Boolean> apply(InstanceService instances, long id) {
            return instances.reboot(id);
        }

        @Override
        public String done() {
            return "rebooting";
        }

        @Override
        public String verb() {
            return "reboot";
        }
    }
}
