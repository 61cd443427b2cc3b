package dev.vastlaunch.tui;

import com.googlecode.lanterna.input.KeyType;
import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.Screen;
import java.util.ArrayList;
import java.util.List;

/** Holds the key tables that apply on every screen, in text fields and in prompts. */
final class GlobalKeys {
    private static final KeyType[] F_KEYS = {
        KeyType.F1, KeyType.F2, KeyType.F3, KeyType.F4, KeyType.F5, KeyType.F6, KeyType.F7
    };

    /** Keys of every screen when no text field has the keys; screen tables come first and may override. */
    static final List<KeyBinding> TABLE = table();

    /** Keys that work while typing in a text field (everything else edits the text). */
    static final List<KeyBinding> FIELD = field();

    /** Keys of the one-line prompt above the status line. */
    static final List<KeyBinding> PROMPT = List.of(
            KeyBinding.of(Key.of(KeyType.Enter, "Enter"), "ok", "apply the answer", Ui::submitPrompt),
            KeyBinding.of(
                    Key.of(KeyType.Escape, "Esc"), "cancel", "close the prompt, change nothing", Ui::cancelPrompt));

    private GlobalKeys() {}

    private static List<KeyBinding> table() {
        List<KeyBinding> t = new ArrayList<>();
        t.add(KeyBinding.of(
                        Key.of(KeyType.Escape, "Esc"),
                        "back",
                        "go back one screen",
                        ui -> ui.dispatch(new Action.Go(ui.state().screen().previous())))
                .when(ui -> ui.state().screen() == Screen.OFFERS ? "this is the first screen (q quits)" : null));
        t.add(KeyBinding.of(
                        Key.ch('l'),
                        "launch",
                        "review the launch and ask to confirm (from any screen)",
                        ui -> ui.dispatch(new Action.RequestLaunch()))
                .when(ui -> ui.state().launch().inFlight() ? "a launch is already in progress" : null));
        t.add(KeyBinding.of(
                Key.ch(':'), "command", "open the command bar (vastai syntax and own verbs)", Ui::requestBar));
        t.add(KeyBinding.of(Key.ch('?'), "help", "show every key of this screen", ui -> ui.overlay(Overlay.HELP)));
        t.add(KeyBinding.of(
                Key.ch('q'),
                "quit",
                "quit (asks first when a draft would be lost; from the shell: back to it, draft kept)",
                GlobalKeys::quit));
        t.add(KeyBinding.of(
                        Key.of(KeyType.Tab, "Tab"),
                        "next field",
                        "move to the next field",
                        ui -> ui.page().tab(ui, false))
                .hidden());
        t.add(KeyBinding.of(
                        Key.of(KeyType.ReverseTab, "S-Tab"),
                        "prev field",
                        "move to the previous field",
                        ui -> ui.page().tab(ui, true))
                .hidden());
        t.addAll(screenKeys(true));
        t.add(KeyBinding.of(Key.ctrl('c'), "exit", "exit at once, restoring the terminal", Ui::quitNow)
                .hidden());
        return List.copyOf(t);
    }

    private static List<KeyBinding> field() {
        List<KeyBinding> t = new ArrayList<>();
        t.add(KeyBinding.of(
                Key.of(KeyType.Enter, "Enter"),
                "apply",
                "apply the field",
                ui -> ui.page().submit(ui)));
        t.add(KeyBinding.of(
                Key.of(KeyType.Escape, "Esc"),
                "leave field",
                "leave the field",
                ui -> ui.page().escape(ui)));
        t.add(KeyBinding.of(
                Key.of(KeyType.Tab, "Tab"),
                "next field",
                "move to the next field",
                ui -> ui.page().tab(ui, false)));
        t.add(KeyBinding.of(
                        Key.of(KeyType.ReverseTab, "S-Tab"),
                        "prev field",
                        "move to the previous field",
                        ui -> ui.page().tab(ui, true))
                .hidden());
        t.addAll(screenKeys(false));
        t.add(KeyBinding.of(Key.ctrl('c'), "exit", "exit at once, restoring the terminal", Ui::quitNow)
                .hidden());
        return List.copyOf(t);
    }

    private static List<KeyBinding> screenKeys(boolean digits) {
        List<KeyBinding> t = new ArrayList<>();
        Screen[] all =
                java.util.Arrays.stream(Screen.values()).filter(Screen::isStep).toArray(Screen[]::new);
        for (int i = 0; i < all.length; i++) {
            Screen s = all[i];
            int n = i + 1;
            KeyBinding go = KeyBinding.of(
                    Key.of(F_KEYS[n - 1], "F" + n),
                    s.title(),
                    "go to " + s.title(),
                    ui -> ui.dispatch(new Action.Go(s)));
            t.add(go.hidden());
            if (digits) {
                t.add(KeyBinding.of(
                                Key.ch((char) ('0' + n)),
                                s.title(),
                                "go to " + s.title(),
                                ui -> ui.dispatch(new Action.Go(s)))
                        .hidden());
            }
        }
        return t;
    }

    private static void quit(Ui ui) {
        if (ui.state().hasUnsavedDraft() && !ui.options().fromShell()) {
            ui.overlay(Overlay.QUIT);
        } else {
            ui.quitNow();
        }
    }
}
