package dev.vastlaunch.app;

import dev.vastlaunch.launch.LaunchDraftBuilder;
import dev.vastlaunch.launch.OfferFacts;
import dev.vastlaunch.offers.OfferType;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Handles the options screen's edits: disk, label, mode, onstart, bid, args and the flags. */
final class OptionUpdate {
    private OptionUpdate() {}

    static @Nullable Next apply(State s, Action a) {
        LaunchDraftBuilder b = DraftUpdate.builder(s);
        if (a instanceof Action.SetDisk d) {
            return DraftUpdate.edited(
                    s, b.diskGb(d.gb()).build(), d.gb() == null ? "disk: default" : "disk " + gb(d.gb()) + " GB");
        }
        if (a instanceof Action.SetLabel l) {
            return DraftUpdate.edited(s, b.label(blankToNull(l.label())).build(), "label set");
        }
        if (a instanceof Action.SetMode m) {
            String what = m.mode() == null ? "template's" : m.mode().name().toLowerCase(Locale.ROOT);
            return DraftUpdate.edited(
                    s,
                    b.mode(m.mode()).direct(m.direct()).build(),
                    "launch mode " + what + (m.direct() ? ", direct" : ""));
        }
        if (a instanceof Action.SetOnstart o) {
            return DraftUpdate.edited(s, b.onstart(blankToNull(o.script())).build(), "onstart set");
        }
        if (a instanceof Action.SetBid p) {
            OfferFacts facts = s.editor().draft().offer();
            if (p.price() == null
                    && facts != null
                    && facts.interruptible()
                    && s.offers().type() != OfferType.INTERRUPTIBLE) {
                // The bid facts came from a lookup for a typed bid, not from an interruptible search: dropping the
                // bid means on-demand, so the launch looks up the on-demand price before it asks. After an
                // interruptible search a missing bid stays an error (never rented on-demand silently).
                b.offer(null);
            }
            return DraftUpdate.edited(
                    s,
                    b.price(p.price()).build(),
                    p.price() == null ? "on-demand (no bid)" : "bid $" + p.price() + "/h");
        }
        if (a instanceof Action.SetArgs args) {
            return DraftUpdate.edited(s, b.args(args.args()).build(), "args set");
        }
        if (a instanceof Action.SetFlag f) {
            return flag(s, b, f);
        }
        if (a instanceof Action.SetText t) {
            return text(s, b, t);
        }
        return null;
    }

    private static Next flag(State s, LaunchDraftBuilder b, Action.SetFlag f) {
        if (!f.option().isSwitch()) {
            return Next.of(s.withStatus(Status.error(f.option().label() + " is not a switch")));
        }
        return DraftUpdate.edited(
                s, f.option().set(b, f.value()).build(), f.option().label() + " " + (f.value() ? "on" : "off"));
    }

    private static Next text(State s, LaunchDraftBuilder b, Action.SetText t) {
        if (t.option().isSwitch()) {
            return Next.of(s.withStatus(Status.error(t.option().label() + " is a switch, not a text")));
        }
        String v = blankToNull(t.value());
        return DraftUpdate.edited(
                s, t.option().set(b, v).build(), t.option().label() + (v == null ? " cleared" : " set"));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Returns a size in GB without a trailing {@code .0} ({@code 80}, {@code 12.5}). */
    private static String gb(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
