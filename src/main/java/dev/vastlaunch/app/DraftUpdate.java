package dev.vastlaunch.app;

import dev.vastlaunch.launch.EnvEntry;
import dev.vastlaunch.launch.EnvParse;
import dev.vastlaunch.launch.EnvSpecParser;
import dev.vastlaunch.launch.LaunchDraft;
import dev.vastlaunch.launch.LaunchDraftBuilder;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Handles edits of the draft: image, env and ports, and every launch option. */
final class DraftUpdate {
    private DraftUpdate() {}

    static @Nullable Next apply(State s, Action a) {
        EditorState e = s.editor();
        LaunchDraft d = e.draft();
        if (a instanceof Action.EditEnvText t) {
            EnvParse parsed = EnvSpecParser.parse(t.text());
            EditorState next = new EditorState(d.withEnv(parsed.spec()), t.text(), parsed.problems());
            Status status = parsed.isClean()
                    ? Status.NONE
                    : Status.error(parsed.problems().size() + " token(s) cannot be used: "
                            + parsed.problems().get(0).describe());
            return Next.of(s.withEditor(next).withStatus(status));
        }
        if (a instanceof Action.PutEnv p) {
            if (!EnvEntry.Variable.isValidName(p.key())) {
                return Next.of(s.withStatus(Status.error("'" + p.key() + "' is not a variable name (letters, digits,"
                        + " _ and not starting with a digit)")));
            }
            return edited(s, d.putEnv(new EnvEntry.Variable(p.key(), p.value())), p.key() + " set");
        }
        if (a instanceof Action.RemoveEnv r) {
            LaunchDraft next = d.removeEnv(r.key());
            if (next.env().equals(d.env())) {
                return Next.of(s.withStatus(Status.error("nothing named '" + r.key() + "' to remove")));
            }
            return edited(s, next, r.key() + " removed");
        }
        if (a instanceof Action.AddPort p) {
            Optional<EnvEntry.Port> port = port(p.spec());
            if (port.isEmpty()) {
                return Next.of(s.withStatus(Status.error(
                        "'" + p.spec() + "' is not a port: use 8000, 8000/udp or" + " 8080:80 (1-65535)")));
            }
            return edited(s, d.putEnv(port.get()), "port " + port.get().spec() + " mapped");
        }
        if (a instanceof Action.SetImage i) {
            String ref = i.ref().strip();
            if (ref.isEmpty()) {
                return edited(s, d.withImage(null), "image cleared");
            }
            // What you type is what is sent: a typed image stands on its own, without a template under it.
            boolean hadTemplate = d.templateHash().isPresent();
            return edited(
                    s,
                    d.withTemplate(null).withImage(ref),
                    "image " + ref + (hadTemplate ? " (the template is no longer used)" : ""));
        }
        if (a instanceof Action.LoadDraft l) {
            return Next.of(s.withEditor(e.withDraft(l.draft()))
                    .withLibrary(s.library().withoutActive())
                    .withStatus(Status.info("draft loaded")));
        }
        return OptionUpdate.apply(s, a);
    }

    /** Returns the port a user typed, reading a single port as the same port on both sides. */
    static Optional<EnvEntry.Port> port(String spec) {
        Optional<EnvEntry.Port> parsed = EnvSpecParser.parsePort(spec.strip());
        if (parsed.isEmpty()) {
            return parsed;
        }
        EnvEntry.Port p = parsed.get();
        if (!spec.contains(":")) {
            return Optional.of(EnvEntry.Port.same(p.containerPort(), p.protocol()));
        }
        return parsed;
    }

    static Next edited(State s, LaunchDraft next, String message) {
        return Next.of(s.withEditor(s.editor().withDraft(next)).withStatus(Status.info(message)));
    }

    /** Returns the builder of the current draft, for option edits. */
    static LaunchDraftBuilder builder(State s) {
        return s.editor().draft().toBuilder();
    }
}
