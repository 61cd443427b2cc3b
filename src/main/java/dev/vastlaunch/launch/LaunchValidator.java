package dev.vastlaunch.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks a draft against the server's documented limits and the official CLI's rules; problems are values. */
final class LaunchValidator {
    static final double MIN_PRICE = 0.001;
    static final double MAX_PRICE = 128.0;
    static final double MIN_DISK_GB = 8.0;
    static final int MAX_IMAGE = 1024;
    static final int MAX_LABEL = 256;
    static final int MAX_SCRIPT = 4096;
    static final int MAX_ENV = 32_768;
    static final int MAX_JUPYTER_DIR = 1024;
    private static final Pattern MOUNT_PATH = Pattern.compile("^(/)?([^/\\x00]+(/)?)+$");
    private static final Pattern IMAGE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/:@-]*");

    private LaunchValidator() {}

    static List<Problem> validate(LaunchDraft d) {
        List<Problem> out = new ArrayList<>();
        if (d.offerId() == null) {
            out.add(Problem.error("offer", "select an offer first"));
        }
        checkImage(d, out);
        checkPrice(d, out);
        checkDisk(d, out);
        if (d.label() != null && d.label().length() > MAX_LABEL) {
            out.add(Problem.error("label", "is " + d.label().length() + " characters; the limit is " + MAX_LABEL));
        }
        int script = length(d.onstart())
                + length(d.argsStr())
                + String.join(" ", d.args()).length();
        if (script > MAX_SCRIPT) {
            out.add(Problem.error(
                    "onstart",
                    "onstart, args and args_str together are " + script + " characters; the limit is " + MAX_SCRIPT));
        }
        d.env().variables().forEach(v -> v.problem().ifPresent(p -> out.add(Problem.error("env", p))));
        String jupyterDir = d.jupyterDir();
        if (jupyterDir != null && jupyterDir.length() > MAX_JUPYTER_DIR) {
            out.add(Problem.error(
                    "jupyter_dir", "is " + jupyterDir.length() + " characters; the limit is " + MAX_JUPYTER_DIR));
        }
        if (d.env().wireLength() > MAX_ENV) {
            out.add(Problem.error("env", "is " + d.env().wireLength() + " characters; the limit is " + MAX_ENV));
        }
        checkMode(d, out);
        if (PortalConfig.adjust(d.env(), d.runtype()).isEmpty()) {
            out.add(Problem.error(
                    "env",
                    "PORTAL_CONFIG must keep at least one non-jupyter entry when the launch mode is not jupyter"));
        }
        String state = d.targetState();
        if (state != null && !state.equals("running") && !state.equals("stopped")) {
            out.add(Problem.error("target_state", "must be running or stopped, not '" + state + "'"));
        }
        if (d.volumeInfo() != null
                && !MOUNT_PATH.matcher(d.volumeInfo().mountPath()).matches()) {
            out.add(Problem.error("volume_info", "mount path '" + d.volumeInfo().mountPath() + "' is not a path"));
        }
        return out;
    }

    private static void checkImage(LaunchDraft d, List<Problem> out) {
        String image = d.image();
        if (image == null && d.templateHash().isEmpty()) {
            out.add(Problem.error("image", "choose an image or a template"));
            return;
        }
        if (image == null) {
            return;
        }
        if (image.length() > MAX_IMAGE) {
            out.add(Problem.error("image", "is " + image.length() + " characters; the limit is " + MAX_IMAGE));
        } else if (!IMAGE.matcher(image).matches()) {
            out.add(Problem.error("image", "'" + image + "' is not an image reference like pytorch/pytorch:latest"));
        }
    }

    private static void checkPrice(LaunchDraft d, List<Problem> out) {
        Double price = d.price();
        OfferFacts offer = d.offer();
        if (price == null) {
            if (offer != null && offer.interruptible()) {
                out.add(Problem.error(
                        "price",
                        "this offer was found as interruptible: set a bid (at least $"
                                + money(offer.minBid()) + "/h), or search on-demand; without a bid it would be"
                                + " rented on-demand"));
            }
            return;
        }
        if (price < MIN_PRICE || price > MAX_PRICE) {
            out.add(Problem.error("price", "must be between $0.001 and $128 per hour, not $" + price));
            return;
        }
        if (offer != null && offer.minBid() != null && price < offer.minBid()) {
            out.add(Problem.error(
                    "price", "bid $" + money(price) + "/h is below the offer's minimum bid $" + money(offer.minBid())));
        }
        if (offer != null && offer.onDemandDph() != null && price >= offer.onDemandDph()) {
            out.add(Problem.warning(
                    "price",
                    "bid $" + money(price) + "/h is not below the on-demand price $" + money(offer.onDemandDph())
                            + "/h: on-demand would cost the same and cannot be outbid"));
        }
    }

    private static void checkDisk(LaunchDraft d, List<Problem> out) {
        double disk = d.effectiveDiskGb();
        if (disk < MIN_DISK_GB) {
            out.add(Problem.error("disk", "must be at least 8 GB, not " + trim(disk)));
        }
        OfferFacts offer = d.offer();
        if (offer != null && offer.diskSpaceGb() > 0 && disk > offer.diskSpaceGb()) {
            out.add(Problem.error(
                    "disk", trim(disk) + " GB is more than the offer's " + trim(offer.diskSpaceGb()) + " GB"));
        }
    }

    private static void checkMode(LaunchDraft d, List<Problem> out) {
        boolean jupyter = d.mode() == LaunchMode.JUPYTER;
        if (jupyter && (d.args().size() > 0 || d.argsStr() != null)) {
            out.add(Problem.error("args", "jupyter and args cannot be used together; use onstart instead of args"));
        }
        if (d.mode() == LaunchMode.JUPYTER || d.mode() == LaunchMode.SSH || d.mode() == null) {
            return;
        }
        if (d.direct()) {
            out.add(Problem.warning("runtype", "direct ports apply to ssh and jupyter only"));
        }
    }

    private static int length(@org.jspecify.annotations.Nullable String s) {
        return s == null ? 0 : s.length();
    }

    static String money(@org.jspecify.annotations.Nullable Double value) {
        return value == null ? "?" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
