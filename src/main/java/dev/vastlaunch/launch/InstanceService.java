package dev.vastlaunch.launch;

import dev.vastlaunch.offers.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads and changes the user's instances and searches templates; implemented by the HTTP client. */
public interface InstanceService {
    /** Returns every instance of the user, following the list's paging tokens. */
    Outcome<List<Instance>> listInstances();

    /** Returns every instance as the server wrote them, one JSON array (for {@code --raw}). */
    default Outcome<String> listRaw() {
        return new Outcome.Failed<>("this service has no raw answers");
    }

    /** Returns one instance as the server wrote it (for {@code --raw}). */
    default Outcome<String> showRaw(long id) {
        return new Outcome.Failed<>("this service has no raw answers");
    }

    /** Returns one instance, or empty when it does not exist (any more). */
    Outcome<Optional<Instance>> showInstance(long id);

    /** Starts ({@code running = true}) or stops an instance. */
    Outcome<Boolean> setRunning(long id, boolean running);

    /** Sets an instance's label. */
    Outcome<Boolean> setLabel(long id, String label);

    /** Destroys an instance; this cannot be undone. */
    Outcome<Boolean> destroy(long id);

    /** Restarts an instance's container without losing its disk ({@code PUT /instances/reboot/ID/}). */
    default Outcome<Boolean> reboot(long id) {
        return new Outcome.Failed<>("this service cannot reboot instances");
    }

    /** Returns the last {@code tail} lines of an instance's container log. */
    default Outcome<String> logs(long id, int tail) {
        return new Outcome.Failed<>("this service has no logs");
    }

    /** Returns the account: credit and balance. */
    default Outcome<Account> account() {
        return new Outcome.Failed<>("this service has no account");
    }

    /** Searches templates with a {@code select_filters} object (the query language's wire form). */
    Outcome<List<Template>> searchTemplates(Map<String, Map<String, @Nullable Object>> filters);
}
