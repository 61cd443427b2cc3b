package dev.vastlaunch.tui;

import com.googlecode.lanterna.input.KeyType;
import dev.vastlaunch.app.Action;
import dev.vastlaunch.app.MarketSummary;
import dev.vastlaunch.app.OffersState;
import dev.vastlaunch.app.Pricing;
import dev.vastlaunch.app.Screen;
import dev.vastlaunch.app.State;
import dev.vastlaunch.app.Status;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferColumn;
import dev.vastlaunch.offers.OfferType;
import dev.vastlaunch.offers.OfferView;
import dev.vastlaunch.offers.SyntaxProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Draws the offers screen (query, pricing, the visible page of the table, cost) and names its keys. */
final class OffersPage implements Page {
    private static final int[] HOURS = {1, 2, 4, 8, 12, 24, 48, 72, 168, 336, 720};
    private static final String QUERY_LABEL = " Query ";

    private enum Focus {
        TABLE,
        QUERY,
        FILTER
    }

    private final Cursor cursor = new Cursor();
    private final List<KeyBinding> bindings = keys();
    private Focus focus = Focus.TABLE;
    private @Nullable LineEdit edit;
    private @Nullable MarketKey summarized;
    private @Nullable MarketSummary summary;
    private @Nullable LayoutKey laidOut;
    private OfferTable.@Nullable Layout layout;

    /** What a table layout was computed for: the same view (by identity), width, mode and sort reuse it. */
    private record LayoutKey(List<Offer> view, int width, boolean wide, OfferColumn sort) {
        @SuppressWarnings("ReferenceEquality") // the state's view is immutable: the same list object is the same rows
        boolean same(LayoutKey o) {
            return view == o.view && width == o.width && wide == o.wide && sort == o.sort;
        }
    }

    private record MarketKey(List<Offer> view, String gpuName, OfferType type, double storageGb) {
        @SuppressWarnings("ReferenceEquality") // the state's view is immutable: the same list object is the same rows
        boolean same(MarketKey o) {
            return view == o.view && gpuName.equals(o.gpuName) && type == o.type && storageGb == o.storageGb;
        }
    }

    @Override
    public List<KeyBinding> bindings() {
        return bindings;
    }

    @Override
    public @Nullable LineEdit editing() {
        return focus == Focus.TABLE ? null : edit;
    }

    @Override
    public void submit(Ui ui) {
        if (focus == Focus.QUERY) {
            ui.dispatch(new Action.Search());
        }
        focus = Focus.TABLE;
    }

    @Override
    public void escape(Ui ui) {
        if (focus == Focus.FILTER) {
            ui.dispatch(new Action.FilterLocal(""));
        }
        focus = Focus.TABLE;
    }

    @Override
    public void changed(Ui ui) {
        LineEdit e = edit;
        if (e == null) {
            return;
        }
        if (focus == Focus.QUERY) {
            ui.dispatch(new Action.EditQuery(e.text()));
        } else if (focus == Focus.FILTER) {
            ui.dispatch(new Action.FilterLocal(e.text()));
        }
    }

    @Override
    public void tab(Ui ui, boolean backwards) {
        Focus[] all = Focus.values();
        int i = focus == Focus.TABLE ? 0 : focus == Focus.QUERY ? 1 : 2;
        focus(ui, all[Math.floorMod(i + (backwards ? -1 : 1), all.length)]);
    }

    private void focus(Ui ui, Focus next) {
        focus = next;
        OffersState o = ui.state().offers();
        edit = switch (next) {
            case TABLE -> null;
            case QUERY -> new LineEdit(o.queryText());
            case FILTER -> new LineEdit(o.filter());
        };
    }

    private static Optional<Offer> highlighted(Ui ui, Cursor c) {
        List<Offer> view = ui.state().offers().view();
        return view.isEmpty() ? Optional.empty() : Optional.of(view.get(c.index(view.size())));
    }

    private List<KeyBinding> keys() {
        List<KeyBinding> t = new ArrayList<>();
        t.add(KeyBinding.of(
                        Key.of(KeyType.Enter, "Enter"),
                        "select",
                        "rent the highlighted offer: go on to Image",
                        ui -> highlighted(ui, cursor).ifPresent(o -> ui.dispatch(new Action.SelectOffer(o.id()))))
                .when(OffersPage::noOffer));
        t.add(KeyBinding.of(
                        Key.ch(' '),
                        "mark",
                        "mark or unmark the offer for compare",
                        ui -> highlighted(ui, cursor).ifPresent(o -> ui.dispatch(new Action.ToggleMark(o.id()))))
                .when(OffersPage::noOffer));
        t.add(KeyBinding.of(
                        Key.ch('c'),
                        "compare",
                        "compare the marked offers side by side",
                        ui -> ui.overlay(Overlay.COMPARE))
                .when(ui -> ui.state().offers().marked().size() < 2 ? "mark at least two offers with Space" : null));
        t.add(KeyBinding.of(
                Key.ch('/'), "filter", "filter the loaded offers as you type", ui -> focus(ui, Focus.FILTER)));
        t.add(KeyBinding.of(Key.ch('e'), "query", "edit the query; Enter searches", ui -> focus(ui, Focus.QUERY)));
        t.add(KeyBinding.of(
                Key.ch('t'),
                "type",
                "cycle on-demand / interruptible / reserved (searches again)",
                ui -> ui.dispatch(
                        new Action.SetType(nextType(ui.state().offers().type())))));
        t.add(KeyBinding.of(
                        Key.ch('s'),
                        "storage",
                        "set the storage GB used for pricing (searches again)",
                        ui -> ui.ask(Prompt.ask(
                                "Storage GB for pricing",
                                Text.number(ui.state().offers().storageGb()),
                                OffersPage::storage)))
                .hidden());
        t.add(KeyBinding.of(
                Key.ch('p'),
                "presets",
                "the saved launch recipes: Enter quick-launches one",
                ui -> ui.dispatch(new Action.Go(Screen.PRESETS))));
        t.add(KeyBinding.of(
                Key.ch('h'),
                "history",
                "past launches: Enter runs one again on a fresh search",
                ui -> ui.dispatch(new Action.Go(Screen.HISTORY))));
        t.add(KeyBinding.of(Key.ch('+'), "hours", "estimate the cost for more hours", ui -> hours(ui, 1)));
        t.add(KeyBinding.of(Key.ch('-'), "fewer hours", "estimate the cost for fewer hours", ui -> hours(ui, -1))
                .hidden());
        t.add(KeyBinding.of(
                        Key.ch('m'),
                        "search market",
                        "search the market for the GPUs the filter names (when no loaded offer matches it)",
                        OffersPage::searchMarket)
                .when(ui -> marketQuery(ui.state()) == null
                        ? "works when the filter matches no loaded offer but names a GPU model"
                        : null));
        t.add(KeyBinding.of(
                Key.ch('w'),
                "wide",
                "show the wide columns (TFLOPS, CPU cores, RAM, disk and upload speeds) or the usual ones",
                ui -> ui.wide(!ui.wide())));
        t.add(KeyBinding.of(Key.ch('r'), "search", "run the search again", ui -> ui.dispatch(new Action.Search()))
                .hidden());
        t.add(KeyBinding.of(
                        Key.of(KeyType.Escape, "Esc"),
                        "clear filter",
                        "clear the local filter",
                        ui -> ui.dispatch(new Action.FilterLocal("")))
                .when(ui -> ui.state().offers().filter().isEmpty() ? "this is the first screen (q quits)" : null)
                .hidden());
        t.addAll(cursor.keys(ui -> ui.state().offers().view().size()));
        for (OfferColumn c : OfferColumn.values()) {
            KeyBinding sort = KeyBinding.of(
                    Key.ch(c.key()),
                    "sort",
                    "sort by " + c.title() + " (again: flip)",
                    ui -> ui.dispatch(new Action.SortBy(c)));
            t.add(c == OfferColumn.PRICE ? sort : sort.hidden());
        }
        return List.copyOf(t);
    }

    /** Returns the query that searches the market for the GPU models the filter names, or null. */
    private static @Nullable String marketQuery(State s) {
        OffersState o = s.offers();
        if (o.filter().isBlank() || !o.view().isEmpty() || o.loading()) {
            return null;
        }
        List<String> names = OfferView.gpuNamesMatching(s.gpuNames(), o.filter());
        if (names.isEmpty() || names.size() > 8) {
            return null;
        }
        List<String> values = names.stream().map(n -> n.replace(' ', '_')).toList();
        String clause =
                values.size() == 1 ? "gpu_name=" + values.get(0) : "gpu_name in [" + String.join(",", values) + "]";
        String base = o.queryText()
                .replaceAll("\\s*gpu_name\\s*(=|==|in)\\s*(\\[[^]]*]|\\S+)", "")
                .strip();
        return (base + " " + clause).strip();
    }

    private static void searchMarket(Ui ui) {
        String query = marketQuery(ui.state());
        if (query == null) {
            return;
        }
        ui.dispatch(new Action.FilterLocal(""));
        ui.dispatch(new Action.EditQuery(query));
        ui.dispatch(new Action.Search());
    }

    private static @Nullable String noOffer(Ui ui) {
        return ui.state().offers().view().isEmpty() ? "no offer to pick (search first, or clear the filter)" : null;
    }

    private static OfferType nextType(OfferType t) {
        return switch (t) {
            case ON_DEMAND -> OfferType.INTERRUPTIBLE;
            case INTERRUPTIBLE -> OfferType.RESERVED;
            case RESERVED -> OfferType.ON_DEMAND;
        };
    }

    private static void storage(Ui ui, String text) {
        try {
            double gb = Double.parseDouble(text.strip());
            if (gb > 0 && Double.isFinite(gb)) {
                ui.dispatch(new Action.SetStorage(gb));
                return;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        ui.status(Status.error("storage: '" + text + "' is not a number of GB above 0"));
    }

    private static void hours(Ui ui, int step) {
        int now = ui.state().hours();
        int i = 0;
        while (i < HOURS.length - 1 && HOURS[i] < now) {
            i++;
        }
        int next = step > 0
                ? (HOURS[i] > now ? HOURS[i] : HOURS[Math.min(HOURS.length - 1, i + 1)])
                : HOURS[Math.max(0, i - 1)];
        ui.dispatch(new Action.SetHours(next));
    }

    @Override
    public void draw(Painter p, Ui ui, int top, int height) {
        State s = ui.state();
        OffersState o = s.offers();
        int w = p.columns();
        p.text(0, top, QUERY_LABEL, Style.BOLD);
        LineEdit shown = focus == Focus.QUERY && edit != null ? edit : new LineEdit(o.queryText());
        Chrome.field(p, QUERY_LABEL.length(), top, w - QUERY_LABEL.length() - 1, shown, focus == Focus.QUERY);
        problemLine(
                p,
                o,
                shown,
                top + 1,
                o.view().isEmpty() ? null : o.view().get(cursor.index(o.view().size())));
        p.text(0, top + 2, info(o, focus == Focus.FILTER && edit != null ? edit.text() : o.filter()), Style.NORMAL);
        if (focus == Focus.FILTER && edit != null) {
            int at = info(o, "").indexOf("Filter /") + "Filter /".length();
            Chrome.field(p, at, top + 2, Math.max(4, Math.min(20, w - at - 1)), edit, true);
        }
        OfferTable.Layout cols = layout(o, w, ui.wide());
        p.text(0, top + 3, OfferTable.header(cols, o.sort(), o.descending()), Style.BOLD);
        if (!cols.shows(o.sort())) {
            String hidden = " sorted by " + o.sort().title() + (o.descending() ? "▼" : "▲") + " (hidden here) ";
            p.text(Math.max(0, w - hidden.length()), top + 2, hidden, Style.WARNING);
        }
        List<String> cost = costLines(s, w);
        int rows = height - 4 - cost.size();
        if (o.view().isEmpty()) {
            empty(p, s, top + 4, rows);
        } else {
            table(p, o, cols, top + 4, rows);
        }
        for (int i = 0; i < cost.size(); i++) {
            p.text(0, top + height - cost.size() + i, cost.get(i), Style.ACCENT);
        }
    }

    /**
     * Returns the market line's summary for {@code gpuName}, computed again only when the rows, the model, the type or
     * the storage changed: it prices and sorts every matching row, which each redraw (a key, a spinner tick) repeated.
     */
    private MarketSummary market(OffersState o, String gpuName) {
        MarketKey key = new MarketKey(o.view(), gpuName, o.type(), o.storageGb());
        MarketSummary m = summary;
        MarketKey k = summarized;
        if (m == null || k == null || !k.same(key)) {
            m = MarketSummary.of(o.view(), gpuName, o.type(), o.storageGb());
            summary = m;
            summarized = key;
        }
        return m;
    }

    private OfferTable.Layout layout(OffersState o, int width, boolean wide) {
        LayoutKey key = new LayoutKey(o.view(), width, wide, o.sort());
        OfferTable.Layout l = layout;
        LayoutKey k = laidOut;
        if (l == null || k == null || !k.same(key)) {
            l = OfferTable.layout(width, o.view(), wide, o.sort());
            layout = l;
            laidOut = key;
        }
        return l;
    }

    private void problemLine(Painter p, OffersState o, LineEdit shown, int row, @Nullable Offer highlighted) {
        SyntaxProblem problem = o.queryProblem();
        if (problem != null) {
            int from = shown.scroll(p.columns() - QUERY_LABEL.length() - 1);
            int col = Math.max(0, QUERY_LABEL.length() + problem.column() - 1 - from);
            String msg = "^ " + problem.describe();
            if (col + msg.length() > p.columns()) {
                p.text(0, row, " " + problem.describe(), Style.ERROR);
                p.text(col, row, "^", Style.ERROR);
            } else {
                p.text(col, row, msg, Style.ERROR);
            }
        } else if (!o.warnings().isEmpty()) {
            p.text(0, row, " note: " + String.join("; ", o.warnings()), Style.WARNING);
        } else if (highlighted != null) {
            p.text(1, row, market(o, highlighted.gpuName()).describe(p.columns() - 2), Style.NORMAL);
        }
    }

    private static String info(OffersState o, String filter) {
        String type = switch (o.type()) {
            case ON_DEMAND -> "on-demand";
            case INTERRUPTIBLE -> "interruptible";
            case RESERVED -> "reserved";
        };
        String shown = o.view().size() + "/" + o.loaded().size() + " offers";
        String count = !o.loading() ? shown : o.loaded().isEmpty() ? "searching…" : shown + ", searching…";
        String marked = o.marked().isEmpty() ? "" : "  " + o.marked().size() + " marked";
        return " Type " + type + "  Storage " + Text.number(o.storageGb()) + " GB  " + count + marked + "  Filter /"
                + filter;
    }

    private void table(Painter p, OffersState o, OfferTable.Layout cols, int top, int rows) {
        List<Offer> view = o.view();
        int index = cursor.index(view.size());
        int first = cursor.scroll(rows, view.size());
        for (int r = 0; r < rows && first + r < view.size(); r++) {
            Offer offer = view.get(first + r);
            boolean here = first + r == index;
            String gutter = (here ? ">" : " ") + (o.marked().contains(offer.id()) ? "*" : " ");
            String line = gutter + OfferTable.row(offer, cols);
            p.bar(0, top + r, p.columns(), line, here && focus == Focus.TABLE ? Style.REVERSE : Style.NORMAL);
        }
    }

    private static void empty(Painter p, State s, int top, int rows) {
        OffersState o = s.offers();
        List<String> lines = new ArrayList<>();
        if (o.loading()) {
            lines.add("Searching…");
        } else if (!o.loaded().isEmpty()) {
            lines.add("No loaded offer matches the filter '" + o.filter() + "' (Esc clears it).");
            String market = marketQuery(s);
            lines.add(
                    market == null
                            ? "The filter looks at the " + o.loaded().size()
                                    + " loaded offers only; e edits the query to" + " search the market."
                            : "m searches the market: " + market);
        } else {
            lines.add("No offers match the query.");
            lines.addAll(o.explain());
            lines.add("Edit the query with e (or Tab) and press Enter; the defaults verified/external/rentable are"
                    + " part of it.");
        }
        int row = top;
        for (String line : lines) {
            for (String part : Text.wrap(line, p.columns() - 2, 2)) {
                if (row >= top + rows) {
                    return;
                }
                p.text(1, row++, part, row == top + 1 && !o.loading() ? Style.WARNING : Style.NORMAL);
            }
        }
    }

    /** Returns the cost line of the highlighted offer, wrapped at word boundaries: it is never cut. */
    private List<String> costLines(State s, int width) {
        List<Offer> view = s.offers().view();
        if (view.isEmpty()) {
            return List.of("");
        }
        Offer o = view.get(cursor.index(view.size()));
        String line = " " + o.id() + " · " + o.numGpus() + "x " + o.gpuName() + " · "
                + Pricing.describe(o, s.offers().type(), s.offers().storageGb(), s.hours());
        return Text.wrap(line, width - 1, 1);
    }
}
