package dev.vastlaunch.tui;

import dev.vastlaunch.launch.EnvEntry;
import dev.vastlaunch.launch.LaunchRequest;
import dev.vastlaunch.launch.Secrets;
import dev.vastlaunch.launch.ShellQuote;
import dev.vastlaunch.offers.JsonText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes a request as the equivalent {@code vastai create instance} command, {@code curl} line and JSON body, with
 * secrets masked unless revealed; the API key is always the variable {@code $VAST_API_KEY}, never a value.
 */
final class CommandLines {
    static final String MASK = "********";

    private CommandLines() {}

    /** Returns the wire body with secret env values and the registry password masked unless {@code reveal}. */
    static Map<String, Object> body(LaunchRequest r, boolean reveal) {
        Map<String, Object> body = new LinkedHashMap<>(r.toWireBody());
        if (reveal) {
            return body;
        }
        Map<String, String> env = new LinkedHashMap<>();
        r.env().entries().forEach(e -> env.put(e.wireKey(), value(e, false)));
        body.put("env", env);
        if (r.imageLogin() != null) {
            body.put("image_login", login(r.imageLogin(), false));
        }
        return body;
    }

    /** Returns the official CLI command that sends the same request. */
    static String vastai(LaunchRequest r, boolean reveal) {
        List<String> w = new ArrayList<>(List.of("vastai", "create", "instance", String.valueOf(r.offerId())));
        opt(w, "--image", r.image());
        opt(w, "--template_hash", r.templateHashId());
        opt(w, "--disk", Text.number(r.diskGb()));
        if (!r.env().entries().isEmpty()) {
            opt(
                    w,
                    "--env",
                    r.env().entries().stream().map(e -> option(e, reveal)).collect(Collectors.joining(" ")));
        }
        opt(w, "--bid_price", r.price() == null ? null : String.valueOf(r.price()));
        opt(w, "--label", r.label());
        opt(w, "--onstart-cmd", r.onstart());
        opt(w, "--login", r.imageLogin() == null ? null : login(r.imageLogin(), reveal));
        String rt = r.runtype() == null ? "" : r.runtype();
        flag(w, "--jupyter", rt.contains("jupyter"));
        flag(w, "--ssh", rt.contains("ssh") && !rt.contains("jupyter"));
        flag(w, "--direct", rt.contains("direc"));
        opt(w, "--jupyter-dir", r.jupyterDir());
        flag(w, "--jupyter-lab", r.useJupyterLab());
        flag(w, "--lang-utf8", r.langUtf8());
        flag(w, "--python-utf8", r.pythonUtf8());
        flag(w, "--force", r.force());
        flag(w, "--cancel-unavail", r.cancelUnavail());
        opt(w, "--target-state", r.targetState());
        opt(w, "--user", r.user());
        opt(w, "--args-str", r.argsStr());
        if (!r.args().isEmpty()) {
            w.add("--args");
            r.args().forEach(a -> w.add(ShellQuote.quote(a)));
        }
        return String.join(" ", w);
    }

    /** Returns a curl line that sends the same body; the key is read from {@code $VAST_API_KEY} by the shell. */
    static String curl(LaunchRequest r, boolean reveal, JsonText json) {
        return "curl -X PUT \"${VAST_URL:-https://console.vast.ai}" + r.path() + "\""
                + " -H \"Authorization: Bearer $VAST_API_KEY\" -H 'Content-Type: application/json'"
                + " -d " + ShellQuote.quote(json.compact(body(r, reveal)));
    }

    private static String option(EnvEntry e, boolean reveal) {
        if (e instanceof EnvEntry.Variable v && v.isSecret() && !reveal) {
            return "-e " + v.key() + "=" + MASK;
        }
        return e.toOption();
    }

    private static String value(EnvEntry e, boolean reveal) {
        return e instanceof EnvEntry.Variable v ? Text.secret(v.value(), v.isSecret(), reveal) : e.wireValue();
    }

    private static String login(String s, boolean reveal) {
        return reveal ? s : Secrets.maskLogin(s, MASK);
    }

    private static void opt(List<String> w, String name, @Nullable String value) {
        if (value != null) {
            w.add(name);
            w.add(ShellQuote.quote(value));
        }
    }

    private static void flag(List<String> w, String name, boolean on) {
        if (on) {
            w.add(name);
        }
    }
}
