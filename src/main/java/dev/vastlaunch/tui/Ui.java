package dev.vastlaunch.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.BarPanel;
import dev.vastlaunch.app.LaunchPhase;
import dev.vastlaunch.app.Screen;
import dev.vastlaunch.app.Session;
import dev.vastlaunch.app.SshRequest;
import dev.vastlaunch.app.State;
import dev.vastlaunch.app.Status;
import dev.vastlaunch.offers.JsonText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Routes keys to the open dialog, the focused field or the screen's key table, and draws the whole frame; it only
 * builds actions and dispatches them through the session.
 *
 * <p>Confined to the GUI thread.
 */
final class Ui {
    private final Session session;
    private final TuiOptions options;
    private final JsonText json;
    private final Map<Screen, Page> pages = new EnumMap<>(Screen.class);
    private final Runnable invalidate;

    private Overlay overlay = Overlay.NONE;
    private @Nullable BarPanel panel;
    /** The scroll position that means "the end" until a draw knows how far that is. */
    static final int SCROLL_END = Integer.MAX_VALUE / 2;

    private @Nullable Prompt prompt;
    private boolean launchFocused;
    private boolean quitFocused;
    private boolean reveal;
    private boolean wide;
    private boolean quit;
    private boolean interrupted;
    private boolean barRequested;
    private int helpScroll;
    private int spinner;
    private LaunchPhase lastPhase;
    private long confirmOpenedNanos;
    private final Outside outside;
    private @Nullable SshRequest pendingSsh;
    private List<Long> destroyIds = List.of();
    private boolean destroyFocused;
    private long dialogOpenedNanos;

    Ui(Session session, TuiOptions options, JsonText json, Outside outside, Runnable invalidate) {
        this.session = session;
        this.outside = outside;
        this.json = json;
        this.options = options;
        this.invalidate = invalidate;
        this.lastPhase = session.state().launch().phase();
        pages.put(Screen.OFFERS, new OffersPage());
        pages.put(Screen.IMAGE, new ImagePage());
        pages.put(Screen.ENV, new EnvPage());
        pages.put(Screen.OPTIONS, new OptionsPage());
        pages.put(Screen.REVIEW, new ReviewPage());
        pages.put(Screen.LAUNCH, new LaunchPage());
        pages.put(Screen.PRESETS, new PresetsPage());
        pages.put(Screen.HISTORY, new HistoryPage());
        pages.put(Screen.INSTANCES, new InstancesPage());
    }

    State state() {
        return session.state();
    }

    /** Returns the wire's one JSON writer, for the bodies the review shows. */
    JsonText json() {
        return json;
    }

    TuiOptions options() {
        return options;
    }

    /** Dispatches an action through the session (the only way the screens change anything). */
    void dispatch(Action action) {
        session.dispatch(action);
    }

    /** Shows a message in the status line. */
    void status(Status status) {
        dispatch(new Action.ShowStatus(status));
    }

    /** Reacts to a new state: a fresh confirmation always starts on Cancel. */
    void onState(State s) {
        LaunchPhase phase = s.launch().phase();
        if (phase == LaunchPhase.CONFIRMING && lastPhase != LaunchPhase.CONFIRMING) {
            confirmOpenedNanos = System.nanoTime();
            launchFocused = false;
            overlay = Overlay.NONE;
            prompt = null;
        }
        lastPhase = phase;
        invalidate.run();
    }

    Page page() {
        return page(state().screen());
    }

    Page page(Screen screen) {
        Page p = pages.get(screen);
        if (p == null) {
            throw new IllegalStateException("no page for " + screen);
        }
        return p;
    }

    /**
     * Returns why {@code y} does not launch yet: keys typed ahead before the box was drawn (say "ly" inside a word)
     * must not accept a spend the user has not seen; null once the box has been up for a moment.
     */
    @org.jspecify.annotations.Nullable
    String confirmTooSoon() {
        long shownMillis = (System.nanoTime() - confirmOpenedNanos) / 1_000_000;
        return shownMillis < options.confirmGuardMillis()
                ? "the confirmation just opened: read it, then press y again"
                : null;
    }

    boolean confirming() {
        return state().launch().phase() == LaunchPhase.CONFIRMING;
    }

    /** Returns whether a question waits for the user's answer (a prompt, the launch confirm, quit or destroy). */
    boolean asking() {
        return prompt != null || confirming() || overlay == Overlay.QUIT || overlay == Overlay.DESTROY;
    }

    /** Handles one key; every key ends up as an action, a focus change, or a status message. */
    void handle(KeyStroke raw) {
        KeyStroke k = Key.normalize(raw);
        invalidate.run();
        if (k.getKeyType() == KeyType.EOF || isCtrlC(k)) {
            quit = true;
            interrupted = isCtrlC(k);
            return;
        }
        Prompt open = prompt;
        if (open != null) {
            promptKey(open, k);
            return;
        }
        if (overlay != Overlay.NONE || confirming()) {
            lookup(k, Dialogs.bindings(this));
            return;
        }
        LineEdit field = page().editing();
        if (field != null) {
            fieldKey(field, k);
            return;
        }
        List<KeyBinding> table = new ArrayList<>(page().bindings());
        table.addAll(GlobalKeys.TABLE);
        lookup(k, table);
    }

    private static boolean isCtrlC(KeyStroke k) {
        return k.getKeyType() == KeyType.Character
                && k.isCtrlDown()
                && k.getCharacter() != null
                && (k.getCharacter() == 'c' || k.getCharacter() == 'C');
    }

    private void promptKey(Prompt open, KeyStroke k) {
        for (KeyBinding b : GlobalKeys.PROMPT) {
            if (b.key().matches(k)) {
                b.run().accept(this);
                return;
            }
        }
        open.edit().handle(k);
    }

    /**
     * Applies the prompt's answer and closes it; when the answer is refused (a new error in the status line, which is
     * drawn right under the prompt) the prompt stays open with the text as typed, for fixing.
     */
    void submitPrompt() {
        Prompt open = prompt;
        prompt = null;
        if (open != null) {
            status(Status.NONE);
            open.onSubmit().accept(this, open.edit().text());
            if (state().status().level() == Status.Level.ERROR && prompt == null) {
                prompt = open;
            }
        }
    }

    /** Closes the prompt without applying it. */
    void cancelPrompt() {
        prompt = null;
    }

    private void fieldKey(LineEdit field, KeyStroke k) {
        for (KeyBinding b : GlobalKeys.FIELD) {
            if (b.key().matches(k)) {
                b.run().accept(this);
                return;
            }
        }
        if (field.handle(k)) {
            page().changed(this);
        }
    }

    private void lookup(KeyStroke k, List<KeyBinding> table) {
        for (KeyBinding b : table) {
            if (b.key().matches(k)) {
                String reason = b.disabled(this);
                if (reason != null) {
                    status(Status.warning(b.key().name() + ": " + reason));
                } else {
                    b.run().accept(this);
                }
                return;
            }
        }
        if (overlay == Overlay.NONE && !confirming()) {
            status(Status.info(Key.describe(k) + " does nothing here; press ? for the keys"));
        }
    }

    /** Returns the bindings that apply now: the dialog's, the field's, or the screen's plus the global ones. */
    List<KeyBinding> activeBindings() {
        if (prompt != null) {
            return GlobalKeys.PROMPT;
        }
        if (overlay != Overlay.NONE || confirming()) {
            return Dialogs.bindings(this);
        }
        if (page().editing() != null) {
            return GlobalKeys.FIELD;
        }
        List<KeyBinding> all = new ArrayList<>(page().bindings());
        all.addAll(GlobalKeys.TABLE);
        return all;
    }

    /** Draws the frame: header, the screen, dialogs, status line and hint bar, or the too-small notice. */
    void draw(Painter p) {
        p.clear();
        if (p.columns() < options.minColumns() || p.rows() < options.minRows()) {
            Chrome.tooSmall(p, options);
            return;
        }
        int top = Chrome.header(p, state(), spinner);
        List<String> status = Chrome.statusLines(p, state(), 3);
        int bottom = p.rows() - 1 - status.size();
        Prompt open = prompt;
        if (open != null) {
            bottom--;
            Chrome.prompt(p, open, bottom);
        }
        page().draw(p, this, top, bottom - top);
        Dialogs.draw(p, this, top, bottom - top);
        Chrome.status(p, state(), status, bottom + (open != null ? 1 : 0));
        Chrome.hints(p, this, activeBindings(), p.rows() - 1);
    }

    // UI-local state, read and changed by the pages, dialogs and key tables.

    Overlay overlay() {
        return overlay;
    }

    void overlay(Overlay next) {
        overlay = next;
        helpScroll = 0;
        quitFocused = false;
    }

    /** Opens {@code next} over the screen: what a command of the bar printed, until Esc. */
    void show(BarPanel next) {
        panel = next;
        overlay(Overlay.OUTPUT);
    }

    @Nullable
    BarPanel panel() {
        return panel;
    }

    void ask(Prompt next) {
        prompt = next;
    }

    boolean launchFocused() {
        return launchFocused;
    }

    void launchFocused(boolean value) {
        launchFocused = value;
    }

    boolean quitFocused() {
        return quitFocused;
    }

    void quitFocused(boolean value) {
        quitFocused = value;
    }

    boolean reveal() {
        return reveal;
    }

    void toggleReveal() {
        reveal = !reveal;
    }

    /** Returns whether tables show their wide columns ({@code w}, or {@code --wide} in the bar). */
    boolean wide() {
        return wide;
    }

    void wide(boolean value) {
        wide = value;
    }

    int helpScroll() {
        return helpScroll;
    }

    void helpScroll(int value) {
        helpScroll = Math.max(0, value);
    }

    boolean quitRequested() {
        return quit;
    }

    /** Returns whether the screens ended on Ctrl-C (the key, or SIGINT delivered as the key). */
    boolean interrupted() {
        return interrupted;
    }

    void quitNow() {
        quit = true;
    }

    /** Asks for the command bar; it runs after the current key, on the GUI thread. */
    void requestBar() {
        barRequested = true;
    }

    /** Returns and clears whether the command bar was asked for. */
    boolean takeBarRequest() {
        boolean was = barRequested;
        barRequested = false;
        return was;
    }

    /** Asks for an ssh session; the loop hands the terminal over once the instance runs. */
    void requestSsh(SshRequest request) {
        pendingSsh = request;
        status(Status.info("ssh into instance " + request.ref() + "…"));
    }

    /** Returns the ssh session asked for and not yet started, or null. */
    @Nullable
    SshRequest pendingSsh() {
        return pendingSsh;
    }

    /** Drops the ssh session asked for, if any. */
    void cancelPendingSsh() {
        pendingSsh = null;
    }

    /** Copies {@code text} to the user's clipboard and says so. */
    void copy(String text) {
        outside.copy(text);
        status(Status.info("copied to the clipboard (OSC 52): " + text));
    }

    /** Opens the destroy question for {@code ids}; {@code destroyFirst} focuses Destroy (after an ssh --rm). */
    void askDestroy(List<Long> ids, boolean destroyFirst) {
        if (ids.isEmpty()) {
            return;
        }
        destroyIds = List.copyOf(ids);
        overlay(Overlay.DESTROY);
        destroyFocused = destroyFirst;
        dialogOpenedNanos = System.nanoTime();
    }

    List<Long> destroyIds() {
        return destroyIds;
    }

    boolean destroyFocused() {
        return destroyFocused;
    }

    void destroyFocused(boolean value) {
        destroyFocused = value;
    }

    /** Returns why {@code y} does not destroy yet (typed ahead before the box was drawn), or null. */
    @Nullable
    String destroyTooSoon() {
        long shownMillis = (System.nanoTime() - dialogOpenedNanos) / 1_000_000;
        return shownMillis < options.confirmGuardMillis()
                ? "the question just opened: read it, then press y again"
                : null;
    }

    /** Returns the wall clock in epoch seconds, for ages and spend so far. */
    double nowEpochSeconds() {
        return System.currentTimeMillis() / 1000.0;
    }

    /** Advances the spinner shown while work is in flight. */
    void tick() {
        spinner++;
        invalidate.run();
    }
}
