package dev.vastlaunch.app;

import dev.vastlaunch.launch.Account;
import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.LaunchDraft;
import dev.vastlaunch.launch.LaunchMode;
import dev.vastlaunch.launch.LaunchOption;
import dev.vastlaunch.launch.LaunchResult;
import dev.vastlaunch.launch.Preset;
import dev.vastlaunch.launch.PresetRead;
import dev.vastlaunch.launch.Template;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferColumn;
import dev.vastlaunch.offers.OfferQuery;
import dev.vastlaunch.offers.OfferType;
import dev.vastlaunch.offers.Outcome;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Lists every intent of the user and every answer of an effect; both front-ends dispatch these. */
public sealed interface Action {
    // Offers

    /** The query line changed; it is parsed at once and problems shown at their column. */
    record EditQuery(String text) implements Action {}

    /** Run the search of the current query. */
    record Search() implements Action {}

    /** Run exactly this search (the CLI's {@code search offers}: its order, limit, type and storage). */
    record RunQuery(OfferQuery query) implements Action {}

    /** Search with another pricing type. */
    record SetType(OfferType type) implements Action {}

    /** Price offers with this much storage, in GB. */
    record SetStorage(double gb) implements Action {}

    /** A search answered; {@code rest} is the full search still to run when this was its first page, else null. */
    record OffersLoaded(
            long searchId,
            Outcome<List<Offer>> outcome,
            @Nullable OfferQuery rest) implements Action {
        /** A whole search answered. */
        public OffersLoaded(long searchId, Outcome<List<Offer>> outcome) {
            this(searchId, outcome, null);
        }
    }

    /** The explanation of an empty result is ready. */
    record ExplainLoaded(long searchId, List<String> lines) implements Action {}

    /** Sort the loaded offers by a column; the same column again flips the direction. */
    record SortBy(OfferColumn column) implements Action {}

    /** Filter the loaded offers locally by text. */
    record FilterLocal(String text) implements Action {}

    /** Mark or unmark an offer for the compare view. */
    record ToggleMark(long offerId) implements Action {}

    /** Rent this offer: it becomes the draft's offer. */
    record SelectOffer(long offerId) implements Action {}

    /** Show the cost estimate for this many hours. */
    record SetHours(int hours) implements Action {}

    // Navigation

    /** Go to a screen. */
    record Go(Screen screen) implements Action {}

    // Image and template

    /** Filter the templates by text; the first time, load them. */
    record SearchTemplates(String text) implements Action {}

    /** The templates answered. */
    record TemplatesLoaded(Outcome<List<Template>> outcome) implements Action {}

    /** Base the draft on a template, by name or hash. */
    record ApplyTemplate(String nameOrHash) implements Action {}

    /** Drop the template. */
    record ClearTemplate() implements Action {}

    /** Use this image reference (empty to clear). */
    record SetImage(String ref) implements Action {}

    // Env and ports

    /** The Docker-options text changed; bad tokens are flagged, good ones become the draft's env. */
    record EditEnvText(String text) implements Action {}

    /** Set an environment variable. */
    record PutEnv(String key, String value) implements Action {}

    /** Remove an environment variable or port. */
    record RemoveEnv(String key) implements Action {}

    /** Map a port, e.g. {@code 8000}, {@code 8000/udp}, {@code 8080:80}. */
    record AddPort(String spec) implements Action {}

    // Options

    /** Set the disk in GB, or the default when null. */
    record SetDisk(@Nullable Double gb) implements Action {}

    /** Set the label, or none. */
    record SetLabel(@Nullable String label) implements Action {}

    /** Set the launch mode, or let the template decide when null. */
    record SetMode(@Nullable LaunchMode mode, boolean direct) implements Action {}

    /** Set the onstart script, or none. */
    record SetOnstart(@Nullable String script) implements Action {}

    /** Set the bid in $/hour (interruptible), or on-demand when null. */
    record SetBid(@Nullable Double price) implements Action {}

    /** Set the entrypoint args. */
    record SetArgs(List<String> args) implements Action {}

    /** Turn a switch of the options table on or off ({@link LaunchOption#PYTHON_UTF8}, ...). */
    record SetFlag(LaunchOption option, boolean value) implements Action {}

    /** Set a text option of the options table ({@link LaunchOption#JUPYTER_DIR}, ...), or clear it (null or blank). */
    record SetText(LaunchOption option, @Nullable String value) implements Action {}

    /** Replace the whole draft (the command bar's {@code create instance}). */
    record LoadDraft(LaunchDraft draft) implements Action {}

    // Launch

    /** Check the draft and ask for confirmation. */
    record RequestLaunch() implements Action {}

    /** The offer looked up before a confirm answered (empty when it is not offered). */
    record OfferFetched(long offerId, OfferType type, Outcome<Optional<Offer>> outcome) implements Action {}

    /** The user confirmed: submit once. */
    record ConfirmLaunch() implements Action {}

    /** The user declined. */
    record CancelLaunch() implements Action {}

    /** The create request finished. */
    record LaunchFinished(LaunchResult result) implements Action {}

    /** A poll of the new instance answered. */
    record InstancePolled(long instanceId, Outcome<Optional<Instance>> outcome) implements Action {}

    /** The offer was taken: choose the next best one and ask again. */
    record UseNextOffer() implements Action {}

    // Presets and history

    /** Read the presets (the list in the screens, {@code presets}). */
    record LoadPresets() implements Action {}

    /** The presets were read. */
    record PresetsLoaded(List<PresetRead> presets) implements Action {}

    /** Load preset {@code name} into the draft; with {@code launch}, search with it and ask to launch the best match. */
    record UsePreset(String name, boolean launch) implements Action {}

    /** A preset (or a past recipe) was read, its environment values taken; with {@code launch}, quick-launch it. */
    record PresetLoaded(String name, boolean launch, Outcome<Preset> outcome) implements Action {}

    /** Save the draft and the offers search as preset {@code name}; secret values only with {@code secrets}. */
    record SavePreset(String name, boolean secrets) implements Action {}

    /** A preset was written (the answer names the file). */
    record PresetSaved(String name, Outcome<String> outcome) implements Action {}

    /** Delete the user's preset {@code name}. */
    record DeletePreset(String name) implements Action {}

    /** A preset was deleted (the answer names the file). */
    record PresetDeleted(String name, Outcome<String> outcome) implements Action {}

    /** Read the launch history. */
    record LoadHistory() implements Action {}

    /** The launch history was read. */
    record HistoryLoaded(HistoryRead history) implements Action {}

    /** Run past launch {@code n} (1 = the most recent) again against a fresh search. */
    record Relaunch(int n) implements Action {}

    /** A launch attempt was written to the history ({@code problem} says why not, if so). */
    record LaunchRecorded(Optional<String> problem) implements Action {}

    // Misc

    /** The GPU names answered. */
    record GpuNamesLoaded(Outcome<List<String>> outcome) implements Action {}

    /** Load the user's instances. */
    record ListInstances() implements Action {}

    /** The instances answered. */
    record InstancesLoaded(Outcome<List<Instance>> outcome) implements Action {}

    /** Start, stop, label or destroy one of the user's instances (the front-end has asked for a destroy). */
    record ChangeInstance(long instanceId, InstanceChange change) implements Action {}

    /** A change of an instance answered. */
    record InstanceChanged(long instanceId, InstanceChange change, Outcome<Boolean> outcome) implements Action {}

    /** Load the account (credit). */
    record LoadAccount() implements Action {}

    /** The account answered. */
    record AccountLoaded(Outcome<Account> outcome) implements Action {}

    /** Fetch the last {@code tail} lines of instance {@code instanceId}'s log. */
    record LoadLogs(long instanceId, int tail) implements Action {}

    /** The logs answered. */
    record LogsLoaded(long instanceId, Outcome<String> outcome) implements Action {}

    /** Watch instance {@code instanceId} until it runs or fails, as after a launch ({@code wait ID}). */
    record WatchInstance(long instanceId) implements Action {}

    /** Show a message in the status line. */
    record ShowStatus(Status status) implements Action {}
}
