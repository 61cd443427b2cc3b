package dev.vastlaunch.app;

import dev.vastlaunch.launch.Template;
import dev.vastlaunch.offers.Outcome;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Handles the template screen's actions: loading, filtering, applying and clearing a template. */
final class TemplateUpdate {
    private TemplateUpdate() {}

    static Next load(State s) {
        TemplatesState t = s.templates();
        return Next.of(s.withTemplates(t.with(t.search(), t.loaded(), true, true)), new Effect.LoadTemplates());
    }

    static @Nullable Next apply(State s, Action a) {
        TemplatesState t = s.templates();
        if (a instanceof Action.SearchTemplates q) {
            State next = s.withTemplates(t.with(q.text(), t.loaded(), t.loading(), t.requested()));
            return t.requested() ? Next.of(next) : load(next);
        }
        if (a instanceof Action.TemplatesLoaded loaded) {
            if (loaded.outcome() instanceof Outcome.Ok<List<Template>> ok) {
                return Next.of(s.withTemplates(t.with(t.search(), ok.value(), false, true)));
            }
            return Next.of(s.withTemplates(t.with(t.search(), t.loaded(), false, true))
                    .withStatus(Status.error("templates: " + loaded.outcome().describe())));
        }
        if (a instanceof Action.ApplyTemplate apply) {
            Optional<Template> found = t.find(apply.nameOrHash());
            if (found.isEmpty()) {
                if (apply.nameOrHash().matches("[0-9a-f]{32}")) {
                    var draft = s.editor().draft().toBuilder().template(null).templateHashId(apply.nameOrHash());
                    return Next.of(s.withEditor(s.editor().withDraft(draft.build()))
                            .withStatus(Status.info("Template " + apply.nameOrHash() + " (not loaded; sent by hash)")));
                }
                return Next.of(s.withStatus(Status.error("no template named '" + apply.nameOrHash() + "'"
                        + (t.loaded().isEmpty() ? " (templates are not loaded yet)" : ""))));
            }
            Template tpl = found.get();
            var draft = s.editor().draft().withTemplate(tpl);
            return Next.of(s.withEditor(s.editor().withDraft(draft))
                    .withStatus(Status.info("Template " + tpl.name() + ": " + tpl.imageRef() + ", " + tpl.runtype()
                            + ", " + Math.round(tpl.recommendedDiskGb()) + " GB disk")));
        }
        if (a instanceof Action.ClearTemplate) {
            var draft = s.editor().draft().withTemplate(null);
            return Next.of(s.withEditor(s.editor().withDraft(draft)).withStatus(Status.info("Template cleared")));
        }
        return null;
    }
}
