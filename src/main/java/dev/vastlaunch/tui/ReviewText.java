package dev.vastlaunch.tui;

import dev.vastlaunch.app.LaunchWords;
import dev.vastlaunch.app.State;
import dev.vastlaunch.launch.EffectiveLaunch;
import dev.vastlaunch.launch.EffectiveValue;
import dev.vastlaunch.launch.EnvEntry;
import dev.vastlaunch.launch.LaunchDraft;
import dev.vastlaunch.launch.LaunchRequest;
import dev.vastlaunch.launch.Problem;
import dev.vastlaunch.launch.TemplateMerge;
import dev.vastlaunch.launch.TokenProblem;
import dev.vastlaunch.launch.ValueSource;
import dev.vastlaunch.offers.JsonText;
import dev.vastlaunch.offers.Offer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the review screen's lines: the effective launch with sources, the price, the body and equivalent commands. */
final class ReviewText {
    /** One styled line of the review. */
    record Line(String text, Style style) {}

    private ReviewText() {}

    /** Returns the review of the state's draft, wrapped to {@code width}. */
    static List<Line> lines(State s, boolean reveal, JsonText json, int width) {
        List<Line> out = new ArrayList<>();
        LaunchDraft d = s.editor().draft();
        EffectiveLaunch eff = TemplateMerge.effective(d);
        add(out, width, "Effective launch (template defaults under your values; source in brackets)", Style.BOLD);
        add(out, width, "  " + pad("offer") + (d.offerId() == null ? "none" : offer(s, d)), Style.NORMAL);
        for (EffectiveValue v : eff.values()) {
            add(out, width, "  " + pad(v.field()) + oneLine(v.value()) + "  [" + v.source() + "]", Style.NORMAL);
        }
        for (EnvEntry e : eff.env().entries()) {
            ValueSource src = eff.envSources().getOrDefault(e.wireKey(), ValueSource.USER);
            String text = e instanceof EnvEntry.Variable v
                    ? v.key() + "=" + Text.secret(v.value(), v.isSecret(), reveal)
                    : e.toOption();
            add(out, width, "  " + pad("env") + text + "  [" + src + "]", Style.NORMAL);
        }
        for (TokenProblem p : eff.templateProblems()) {
            add(out, width, "  warning: the template's env has an unusable token, " + p.describe(), Style.WARNING);
        }
        out.add(new Line("", Style.NORMAL));
        add(out, width, "Price", Style.BOLD);
        add(out, width, "  " + LaunchWords.price(d, s.hours()), Style.ACCENT);
        out.add(new Line("", Style.NORMAL));
        List<Problem> problems = d.validate();
        List<Problem> blocking = problems.stream().filter(Problem::blocking).toList();
        for (Problem p : problems) {
            if (!p.blocking()) {
                add(out, width, "warning: " + p.describe(), Style.WARNING);
            }
        }
        if (!blocking.isEmpty() || !s.editor().envProblems().isEmpty()) {
            add(out, width, "Not launchable yet:", Style.ERROR);
            blocking.forEach(p -> add(out, width, "  ! " + p.describe(), Style.ERROR));
            s.editor().envProblems().forEach(p -> add(out, width, "  ! env text " + p.describe(), Style.ERROR));
            return out;
        }
        LaunchRequest r = d.toRequest();
        add(out, width, "Request body: PUT " + r.path() + (reveal ? "" : "  (secrets masked; m shows)"), Style.BOLD);
        for (String line : json.pretty(CommandLines.body(r, reveal), 2).split("\n", -1)) {
            add(out, width, "  " + line, Style.NORMAL);
        }
        out.add(new Line("", Style.NORMAL));
        add(out, width, "The same launch with the vastai CLI:", Style.BOLD);
        add(out, width, "  " + CommandLines.vastai(r, reveal), Style.NORMAL);
        add(out, width, "With curl (your key stays in $VAST_API_KEY):", Style.BOLD);
        add(out, width, "  " + CommandLines.curl(r, reveal, json), Style.NORMAL);
        return out;
    }

    private static void add(List<Line> out, int width, String text, Style style) {
        for (String part : Text.wrap(text, width, 4)) {
            out.add(new Line(part, style));
        }
    }

    private static String pad(String field) {
        return Text.fit(field, 13);
    }

    private static String oneLine(String s) {
        return s.strip().replace("\n", " ⏎ ");
    }

    private static String offer(State s, LaunchDraft d) {
        Optional<Offer> o = d.offerId() == null ? Optional.empty() : s.offers().find(d.offerId());
        if (o.isEmpty()) {
            return d.offerId()
                    + (d.offer() == null
                            ? ""
                            : " · " + d.offer().numGpus() + "x " + d.offer().gpuName());
        }
        Offer x = o.get();
        return x.id() + " · " + x.numGpus() + "x " + x.gpuName() + " · " + x.geolocation();
    }
}
