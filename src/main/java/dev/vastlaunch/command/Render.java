package dev.vastlaunch.command;

import dev.vastlaunch.app.InstancesState;
import dev.vastlaunch.app.LaunchWords;
import dev.vastlaunch.app.Pricing;
import dev.vastlaunch.app.State;
import dev.vastlaunch.launch.Account;
import dev.vastlaunch.launch.EnvEntry;
import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.LaunchDraft;
import dev.vastlaunch.launch.OfferFacts;
import dev.vastlaunch.launch.Problem;
import dev.vastlaunch.launch.Template;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Formats state as plain text for the shell: tables, the review, the prompt's draft summary, the confirm question. */
public final class Render {
    private static final int ROWS = 20;
    private static final List<OfferColumn> COLUMNS = List.of(
            OfferColumn.ID,
            OfferColumn.GPU,
            OfferColumn.NUM,
            OfferColumn.VRAM,
            OfferColumn.PRICE,
            OfferColumn.DLPERF_USD,
            OfferColumn.RELIABILITY,
            OfferColumn.CUDA,
            OfferColumn.NET_DOWN,
            OfferColumn.LOCATION);

    private Render() {}

    /** Returns the prompt: the draft's offer, image or template, and disk, e.g. {@code vast[RTX 4090x1 · pytorch · 40GB]> }. */
    public static String prompt(State state) {
        LaunchDraft d = state.editor().draft();
        List<String> parts = new ArrayList<>();
        OfferFacts o = d.offer();
        if (o != null) {
            parts.add(o.gpuName() + "x" + o.numGpus());
        } else if (d.offerId() != null) {
            parts.add("#" + d.offerId());
        }
        Template t = d.template();
        if (t != null) {
            parts.add(t.name());
        } else if (d.image() != null) {
            parts.add(shortImage(d.image()));
        }
        if (!parts.isEmpty()) {
            parts.add(String.format(Locale.ROOT, "%.0fGB", d.effectiveDiskGb()));
        }
        String phase = switch (state.launch().phase()) {
            case CONFIRMING -> " confirm?";
            case SUBMITTING, WAITING -> " launching";
            default -> "";
        };
        return "vast" + (parts.isEmpty() ? "" : "[" + String.join(" · ", parts) + "]") + phase + "> ";
    }

    private static String shortImage(String ref) {
        int slash = ref.lastIndexOf('/');
        String name = slash >= 0 ? ref.substring(slash + 1) : ref;
        int colon = name.indexOf(':');
        return colon > 0 ? name.substring(0, colon) : name;
    }

    /** Returns the question asked before a launch: the one confirm text of {@code app}, then {@code [y/N]}. */
    public static String confirmQuestion(State state) {
        return state.launch().message() + " [y/N] ";
    }

    static String money(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /** Returns the offers table: the first rows of the view, and how to go on. */
    public static String offers(State state) {
        List<Offer> view = state.offers().view();
        StringBuilder sb = new StringBuilder();
        if (view.isEmpty()) {
            sb.append(state.offers().loaded().isEmpty() ? "No offers loaded." : "No loaded offer matches the filter.");
            state.offers().explain().forEach(l -> sb.append("\n  ").append(l));
            return sb.toString();
        }
        for (OfferColumn c : COLUMNS) {
            sb.append(cell(c.title(), c.width())).append(' ');
        }
        sb.append('\n');
        for (Offer o : view.subList(0, Math.min(ROWS, view.size()))) {
            for (OfferColumn c : COLUMNS) {
                sb.append(cell(c.text(o), c.width())).append(' ');
            }
            sb.append('\n');
        }
        sb.append(view.size() > ROWS ? "showing " + ROWS + " of " + view.size() : view.size() + " shown")
                .append("; offer ID picks one, sort COLUMN and filter TEXT refine");
        return sb.toString();
    }

    private static String cell(String text, int width) {
        String t = text.length() > width ? text.substring(0, width) : text;
        return t + " ".repeat(width - t.length());
    }

    /** Returns the loaded templates matching the search. */
    public static String templates(State state) {
        List<Template> visible = state.templates().visible();
        if (visible.isEmpty()) {
            return "No template matches.";
        }
        StringBuilder sb = new StringBuilder();
        for (Template t : visible.subList(0, Math.min(30, visible.size()))) {
            sb.append(t.hashId(), 0, Math.min(8, t.hashId().length()))
                    .append("  ")
                    .append(t.name())
                    .append("  ")
                    .append(t.imageRef())
                    .append("  ")
                    .append(t.runtype())
                    .append(t.recommended() ? "  recommended" : "")
                    .append('\n');
        }
        sb.append(visible.size()).append(" template(s); template NAME applies one");
        return sb.toString();
    }

    /** Returns the user's instances as a table {@code width} columns wide. */
    public static String instances(State state, int width) {
        List<Instance> list = state.instances().list();
        return list.isEmpty() ? "No instances." : Tables.instances(list, width).stripTrailing();
    }

    /** Returns the account's credit and what the listed instances cost now, one fact per line. */
    public static String user(InstancesState instances) {
        Account a = instances.account();
        StringBuilder sb = new StringBuilder();
        if (a != null) {
            sb.append("credit    $")
                    .append(String.format(Locale.ROOT, "%.2f", a.credit()))
                    .append('\n');
            if (a.balance() != 0) {
                sb.append("balance   $")
                        .append(String.format(Locale.ROOT, "%.2f", a.balance()))
                        .append('\n');
            }
            if (a.email() != null) {
                sb.append("email     ").append(Tables.cell(a.email())).append('\n');
            }
        }
        double perHour = instances.perHourNow();
        long billed =
                instances.list().stream().filter(i -> Pricing.perHourNow(i) > 0).count();
        sb.append("now       ")
                .append(billed)
                .append(billed == 1 ? " instance billed, $" : " instances billed, $")
                .append(String.format(Locale.ROOT, "%.4f", perHour))
                .append("/h");
        if (a != null && perHour > 0) {
            sb.append(
                    String.format(Locale.ROOT, " (the credit lasts about %.0f h at this rate)", a.credit() / perHour));
        }
        return sb.toString();
    }

    /** Returns one instance on one line. */
    public static String instance(Instance i) {
        return i.id() + "  " + (i.actualStatus() == null ? "provisioning" : i.actualStatus()) + "  " + i.numGpus()
                + "x " + i.gpuName() + "  $" + money(i.dphTotal()) + "/h  " + i.image()
                + (i.label() == null ? "" : "  [" + i.label() + "]")
                + i.sshTarget().map(t -> "  " + Tables.cell(t.command())).orElse("");
    }

    /** Returns the effective launch: what will be sent, what it costs, and what blocks it. */
    public static String review(State state) {
        LaunchDraft d = state.editor().draft();
        StringBuilder sb = new StringBuilder();
        OfferFacts o = d.offer();
        sb.append("offer     ")
                .append(d.offerId() == null ? "(none)" : d.offerId())
                .append(o == null ? "" : " · " + o.numGpus() + "x " + o.gpuName())
                .append('\n');
        Template t = d.template();
        sb.append("template  ")
                .append(t != null ? t.name() : d.templateHash().orElse("(none)"))
                .append('\n');
        sb.append("image     ")
                .append(d.image() != null ? d.image() : t != null ? t.imageRef() + " (template)" : "(none)")
                .append('\n');
        for (EnvEntry.Variable v : d.env().variables()) {
            sb.append("env       ")
                    .append(v.key())
                    .append('=')
                    .append(Completers.shown(v))
                    .append('\n');
        }
        for (EnvEntry.Port p : d.env().ports()) {
            sb.append("port      ").append(p.spec()).append('\n');
        }
        sb.append("disk      ")
                .append(String.format(Locale.ROOT, "%.0f GB", d.effectiveDiskGb()))
                .append('\n');
        String rt = d.runtype();
        sb.append("runtype   ").append(rt == null ? "(template's)" : rt).append('\n');
        if (d.label() != null) {
            sb.append("label     ").append(d.label()).append('\n');
        }
        if (d.onstart() != null) {
            sb.append("onstart   ")
                    .append(d.onstart().lines().findFirst().orElse(""))
                    .append('\n');
        }
        sb.append("price     ").append(LaunchWords.price(d, state.hours())).append('\n');
        for (Problem p : d.validate()) {
            sb.append(p.blocking() ? "error:    " : "warning:  ")
                    .append(p.describe())
                    .append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
