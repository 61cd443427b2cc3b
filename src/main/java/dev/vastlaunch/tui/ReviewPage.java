package dev.vastlaunch.tui;

import com.googlecode.lanterna.input.KeyType;
import dev.vastlaunch.app.Action;
import dev.vastlaunch.launch.Problem;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Draws the review: what will be sent, what it costs, and the equivalent commands; scrolls like a pager. */
final class ReviewPage implements Page {
    private final List<KeyBinding> bindings = keys();
    private int first;
    private int page = 10;

    @Override
    public List<KeyBinding> bindings() {
        return bindings;
    }

    @Override
    public void tab(Ui ui, boolean backwards) {
        scroll(backwards ? -page : page);
    }

    private void scroll(int delta) {
        first = Math.max(0, first + delta);
    }

    private List<KeyBinding> keys() {
        List<KeyBinding> t = new ArrayList<>();
        t.add(KeyBinding.of(
                        Key.of(KeyType.Enter, "Enter"),
                        "launch",
                        "ask to confirm the launch (default: Cancel)",
                        ui -> ui.dispatch(new Action.RequestLaunch()))
                .when(ReviewPage::blocked));
        t.add(KeyBinding.of(Key.ch('m'), "show/mask", "show or mask secret values", Ui::toggleReveal));
        t.add(KeyBinding.of(
                        Key.ch('S'),
                        "save preset",
                        "save this launch and the offers search as a preset (secret values are not stored)",
                        ui -> ui.ask(Prompt.ask(
                                "Save as preset (name)",
                                suggestedName(ui),
                                (u, name) -> u.dispatch(new Action.SavePreset(name.strip(), false)))))
                .when(ui -> ui.state().editor().draft().image() == null
                                && ui.state().editor().draft().templateHash().isEmpty()
                        ? "choose an image or a template first"
                        : null));
        t.add(KeyBinding.of(Key.of(KeyType.ArrowDown, "↓"), "down", "scroll down", ui -> scroll(1))
                .hidden());
        t.add(KeyBinding.of(Key.of(KeyType.ArrowUp, "↑"), "up", "scroll up", ui -> scroll(-1))
                .hidden());
        t.add(KeyBinding.of(Key.of(KeyType.PageDown, "PgDn"), "page down", "scroll a page down", ui -> scroll(page))
                .hidden());
        t.add(KeyBinding.of(Key.of(KeyType.PageUp, "PgUp"), "page up", "scroll a page up", ui -> scroll(-page))
                .hidden());
        t.add(KeyBinding.of(Key.of(KeyType.Home, "Home"), "top", "scroll to the top", ui -> first = 0)
                .hidden());
        t.add(KeyBinding.of(Key.of(KeyType.End, "End"), "end", "scroll to the end", ui -> first = Ui.SCROLL_END)
                .hidden());
        t.add(KeyBinding.of(Key.ch('j'), "down", "scroll down", ui -> scroll(1)).hidden());
        t.add(KeyBinding.of(Key.ch('k'), "up", "scroll up", ui -> scroll(-1)).hidden());
        t.add(KeyBinding.of(Key.ch('g'), "top", "scroll to the top", ui -> first = 0)
                .hidden());
        t.add(KeyBinding.of(Key.ch('G'), "end", "scroll to the end", ui -> first = Ui.SCROLL_END)
                .hidden());
        return List.copyOf(t);
    }

    private static String suggestedName(Ui ui) {
        var active = ui.state().library().active();
        return active == null || active.name().startsWith("history-") ? "" : active.name();
    }

    private static @Nullable String blocked(Ui ui) {
        if (ui.state().launch().inFlight()) {
            return "a launch is already in progress";
        }
        if (!ui.state().editor().envProblems().isEmpty()) {
            return "fix the env & ports text first";
        }
        return ui.state().editor().draft().validate().stream()
                .filter(Problem::blocking)
                .findFirst()
                .map(p -> "not launchable: " + p.describe())
                .orElse(null);
    }

    @Override
    public void draw(Painter p, Ui ui, int top, int height) {
        List<ReviewText.Line> lines = ReviewText.lines(ui.state(), ui.reveal(), ui.json(), p.columns() - 2);
        page = Math.max(1, height - 1);
        first = Math.max(0, Math.min(first, lines.size() - height));
        for (int r = 0; r < height && first + r < lines.size(); r++) {
            ReviewText.Line line = lines.get(first + r);
            p.text(1, top + r, line.text(), line.style());
        }
        if (first + height < lines.size()) {
            String more = " ↓ more (" + (lines.size() - first - height) + " lines) ";
            p.text(p.columns() - more.length(), top + height - 1, more, Style.REVERSE);
        }
    }
}
