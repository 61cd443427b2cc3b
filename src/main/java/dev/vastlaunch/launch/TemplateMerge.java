package dev.vastlaunch.launch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Merges a template's defaults under a draft by the API's documented precedence: scalars set in the request win;
 * env is merged by key with the request winning.
 */
public final class TemplateMerge {
    private TemplateMerge() {}

    /** Returns the effective launch of {@code draft}, each value marked with its source. */
    public static EffectiveLaunch effective(LaunchDraft draft) {
        Template t = draft.template();
        List<EffectiveValue> values = new ArrayList<>();
        scalar(values, "image", draft.image(), t == null ? null : t.imageRef(), null);
        String disk = format(draft.effectiveDiskGb()) + " GB";
        if (draft.diskGb() != null) {
            values.add(new EffectiveValue("disk", disk, ValueSource.USER));
        } else {
            boolean fromTemplate = t != null && t.recommendedDiskGb() > 0;
            values.add(new EffectiveValue("disk", disk, fromTemplate ? ValueSource.TEMPLATE : ValueSource.DEFAULT));
        }
        scalar(values, "runtype", userRuntype(draft), t == null ? null : templateRuntype(t), "ssh");
        scalar(values, "onstart", draft.onstart(), t == null ? null : emptyToNull(t.onstart()), null);
        scalar(values, "args_str", draft.argsStr(), t == null ? null : emptyToNull(t.argsStr()), null);
        scalar(values, "jupyter_dir", draft.jupyterDir(), t == null ? null : t.jupyterDir(), null);
        scalar(values, "label", draft.label(), null, null);
        Double bid = draft.price();
        if (bid != null) {
            OfferFacts offer = draft.offer();
            boolean minimum = offer != null && offer.minBid() != null && bid.equals(offer.minBid());
            values.add(new EffectiveValue(
                    "price",
                    "bid $" + LaunchValidator.money(bid) + "/h" + (minimum ? " (the offer's minimum)" : ""),
                    minimum ? ValueSource.OFFER : ValueSource.USER));
        }
        if (!draft.args().isEmpty()) {
            values.add(new EffectiveValue("args", String.join(" ", draft.args()), ValueSource.USER));
        }
        Map<String, ValueSource> sources = new HashMap<>();
        EnvSpec env = EnvSpec.EMPTY;
        List<TokenProblem> problems = List.of();
        if (t != null) {
            EnvParse parsed = EnvSpecParser.parse(t.env());
            problems = parsed.problems();
            env = parsed.spec();
            env.entries().forEach(e -> sources.put(e.wireKey(), ValueSource.TEMPLATE));
        }
        EnvSpec user = PortalConfig.adjust(draft.env(), draft.runtype()).orElse(draft.env());
        env = env.mergedWith(user);
        user.entries().forEach(e -> sources.put(e.wireKey(), ValueSource.USER));
        return new EffectiveLaunch(values, env, sources, problems);
    }

    private static @Nullable String userRuntype(LaunchDraft draft) {
        if (draft.mode() == null
                && (draft.templateHash().isPresent() || draft.args().isEmpty())) {
            return null;
        }
        return draft.runtype();
    }

    private static String templateRuntype(Template t) {
        return switch (t.runtype()) {
            case "jupyter" -> t.jupyterDirect() ? "jupyter_direct" : "jupyter_proxy";
            case "ssh" -> t.sshDirect() ? "ssh_direct" : "ssh_proxy";
            default -> t.runtype().isEmpty() ? "args" : t.runtype();
        };
    }

    private static void scalar(
            List<EffectiveValue> out,
            String field,
            @Nullable String user,
            @Nullable String template,
            @Nullable String fallback) {
        if (user != null) {
            out.add(new EffectiveValue(field, user, ValueSource.USER));
        } else if (template != null) {
            out.add(new EffectiveValue(field, template, ValueSource.TEMPLATE));
        } else if (fallback != null) {
            out.add(new EffectiveValue(field, fallback, ValueSource.DEFAULT));
        }
    }

    private static @Nullable String emptyToNull(@Nullable String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String format(double gb) {
        return gb == Math.rint(gb) ? String.valueOf((long) gb) : String.valueOf(gb);
    }
}
