package dev.vastlaunch.launch;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds a {@link LaunchDraft}; a short-lived, single-threaded helper for edits of several fields at once. */
public final class LaunchDraftBuilder {
    private @Nullable Long offerId = null;
    private @Nullable OfferFacts offer = null;
    private @Nullable String image = null;
    private @Nullable Template template = null;
    private @Nullable String templateHashId = null;
    private EnvSpec env = EnvSpec.EMPTY;
    private @Nullable Double price = null;
    private @Nullable Double diskGb = null;
    private @Nullable String label = null;
    private @Nullable String onstart = null;
    private @Nullable LaunchMode mode = null;
    private boolean direct = false;
    private List<String> args = List.of();
    private @Nullable String argsStr = null;
    private @Nullable String imageLogin = null;
    private boolean pythonUtf8 = false;
    private boolean langUtf8 = false;
    private boolean useJupyterLab = false;
    private @Nullable String jupyterDir = null;
    private boolean force = false;
    private boolean cancelUnavail = false;
    private @Nullable String targetState = null;
    private boolean vm = false;
    private @Nullable String user = null;
    private @Nullable VolumeInfo volumeInfo = null;
    private @Nullable String extra = null;

    /** Returns a builder for an empty draft. */
    public LaunchDraftBuilder() {}

    LaunchDraftBuilder(LaunchDraft d) {
        offerId = d.offerId();
        offer = d.offer();
        image = d.image();
        template = d.template();
        templateHashId = d.templateHashId();
        env = d.env();
        price = d.price();
        diskGb = d.diskGb();
        label = d.label();
        onstart = d.onstart();
        mode = d.mode();
        direct = d.direct();
        args = d.args();
        argsStr = d.argsStr();
        imageLogin = d.imageLogin();
        pythonUtf8 = d.pythonUtf8();
        langUtf8 = d.langUtf8();
        useJupyterLab = d.useJupyterLab();
        jupyterDir = d.jupyterDir();
        force = d.force();
        cancelUnavail = d.cancelUnavail();
        targetState = d.targetState();
        vm = d.vm();
        user = d.user();
        volumeInfo = d.volumeInfo();
        extra = d.extra();
    }

    /** Sets {@code offerId}. */
    public LaunchDraftBuilder offerId(@Nullable Long value) {
        offerId = value;
        return this;
    }

    /** Sets {@code offer}. */
    public LaunchDraftBuilder offer(@Nullable OfferFacts value) {
        offer = value;
        return this;
    }

    /** Sets {@code image}. */
    public LaunchDraftBuilder image(@Nullable String value) {
        image = value;
        return this;
    }

    /** Sets {@code template}. */
    public LaunchDraftBuilder template(@Nullable Template value) {
        template = value;
        return this;
    }

    /** Sets {@code templateHashId}. */
    public LaunchDraftBuilder templateHashId(@Nullable String value) {
        templateHashId = value;
        return this;
    }

    /** Sets {@code env}. */
    public LaunchDraftBuilder env(EnvSpec value) {
        env = value;
        return this;
    }

    /** Sets {@code price}. */
    public LaunchDraftBuilder price(@Nullable Double value) {
        price = value;
        return this;
    }

    /** Sets {@code diskGb}. */
    public LaunchDraftBuilder diskGb(@Nullable Double value) {
        diskGb = value;
        return this;
    }

    /** Sets {@code label}. */
    public LaunchDraftBuilder label(@Nullable String value) {
        label = value;
        return this;
    }

    /** Sets {@code onstart}. */
    public LaunchDraftBuilder onstart(@Nullable String value) {
        onstart = value;
        return this;
    }

    /** Sets {@code mode}. */
    public LaunchDraftBuilder mode(@Nullable LaunchMode value) {
        mode = value;
        return this;
    }

    /** Sets {@code direct}. */
    public LaunchDraftBuilder direct(boolean value) {
        direct = value;
        return this;
    }

    /** Sets {@code args}. */
    public LaunchDraftBuilder args(List<String> value) {
        args = value;
        return this;
    }

    /** Sets {@code argsStr}. */
    public LaunchDraftBuilder argsStr(@Nullable String value) {
        argsStr = value;
        return this;
    }

    /** Sets {@code imageLogin}. */
    public LaunchDraftBuilder imageLogin(@Nullable String value) {
        imageLogin = value;
        return this;
    }

    /** Sets {@code pythonUtf8}. */
    public LaunchDraftBuilder pythonUtf8(boolean value) {
        pythonUtf8 = value;
        return this;
    }

    /** Sets {@code langUtf8}. */
    public LaunchDraftBuilder langUtf8(boolean value) {
        langUtf8 = value;
        return this;
    }

    /** Sets {@code useJupyterLab}. */
    public LaunchDraftBuilder useJupyterLab(boolean value) {
        useJupyterLab = value;
        return this;
    }

    /** Sets {@code jupyterDir}. */
    public LaunchDraftBuilder jupyterDir(@Nullable String value) {
        jupyterDir = value;
        return this;
    }

    /** Sets {@code force}. */
    public LaunchDraftBuilder force(boolean value) {
        force = value;
        return this;
    }

    /** Sets {@code cancelUnavail}. */
    public LaunchDraftBuilder cancelUnavail(boolean value) {
        cancelUnavail = value;
        return this;
    }

    /** Sets {@code targetState}. */
    public LaunchDraftBuilder targetState(@Nullable String value) {
        targetState = value;
        return this;
    }

    /** Sets {@code vm}. */
    public LaunchDraftBuilder vm(boolean value) {
        vm = value;
        return this;
    }

    /** Sets {@code user}. */
    public LaunchDraftBuilder user(@Nullable String value) {
        user = value;
        return this;
    }

    /** Sets {@code volumeInfo}. */
    public LaunchDraftBuilder volumeInfo(@Nullable VolumeInfo value) {
        volumeInfo = value;
        return this;
    }

    /** Sets {@code extra}. */
    public LaunchDraftBuilder extra(@Nullable String value) {
        extra = value;
        return this;
    }

    /** Returns the draft. */
    public LaunchDraft build() {
        return new LaunchDraft(
                offerId,
                offer,
                image,
                template,
                templateHashId,
                env,
                price,
                diskGb,
                label,
                onstart,
                mode,
                direct,
                args,
                argsStr,
                imageLogin,
                pythonUtf8,
                langUtf8,
                useJupyterLab,
                jupyterDir,
                force,
                cancelUnavail,
                targetState,
                vm,
                user,
                volumeInfo,
                extra);
    }
}
