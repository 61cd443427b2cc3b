package dev.vastlaunch.launch;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The launch options that are a switch or a line of text, once: wire key, the {@code vastai} CLI flag, the label
 * the screens show, how to read it from a draft and how to set it. The options screen, the option updates and the
 * CLI's values all read this table.
 */
@SuppressWarnings("ImmutableEnumChecker") // the fields hold stateless method references to accessors and setters
public enum LaunchOption {
    JUPYTER_LAB(
            "use_jupyter_lab",
            "--jupyter-lab",
            "Jupyter lab",
            LaunchDraft::useJupyterLab,
            LaunchDraftBuilder::useJupyterLab),
    PYTHON_UTF8(
            "python_utf8", "--python-utf8", "Python UTF-8", LaunchDraft::pythonUtf8, LaunchDraftBuilder::pythonUtf8),
    LANG_UTF8("lang_utf8", "--lang-utf8", "LANG UTF-8", LaunchDraft::langUtf8, LaunchDraftBuilder::langUtf8),
    FORCE("force", "--force", "Skip sanity checks", LaunchDraft::force, LaunchDraftBuilder::force),
    CANCEL_UNAVAIL(
            "cancel_unavail",
            "--cancel-unavail",
            "Cancel if unavailable",
            LaunchDraft::cancelUnavail,
            LaunchDraftBuilder::cancelUnavail),
    LABEL("label", "--label", "Label", LaunchDraft::label, LaunchDraftBuilder::label),
    IMAGE_LOGIN("image_login", "--login", "Image login", LaunchDraft::imageLogin, LaunchDraftBuilder::imageLogin),
    JUPYTER_DIR("jupyter_dir", "--jupyter-dir", "Jupyter dir", LaunchDraft::jupyterDir, LaunchDraftBuilder::jupyterDir),
    ARGS_STR("args_str", "--args-str", "Args string", LaunchDraft::argsStr, LaunchDraftBuilder::argsStr),
    TARGET_STATE(
            "target_state",
            "--target-state",
            "Target state",
            LaunchDraft::targetState,
            LaunchDraftBuilder::targetState),
    USER("user", "--user", "User", LaunchDraft::user, LaunchDraftBuilder::user),
    EXTRA("extra", "--extra", "Extra", LaunchDraft::extra, LaunchDraftBuilder::extra);

    private final String wire;
    private final String flag;
    private final String label;
    private final @Nullable Predicate<LaunchDraft> isOn;
    private final @Nullable BiConsumer<LaunchDraftBuilder, Boolean> setOn;
    private final @Nullable Function<LaunchDraft, @Nullable String> text;
    private final @Nullable BiConsumer<LaunchDraftBuilder, @Nullable String> setText;

    LaunchOption(
            String wire,
            String flag,
            String label,
            Predicate<LaunchDraft> isOn,
            BiConsumer<LaunchDraftBuilder, Boolean> setOn) {
        this.wire = wire;
        this.flag = flag;
        this.label = label;
        this.isOn = isOn;
        this.setOn = setOn;
        this.text = null;
        this.setText = null;
    }

    LaunchOption(
            String wire,
            String flag,
            String label,
            Function<LaunchDraft, @Nullable String> text,
            BiConsumer<LaunchDraftBuilder, @Nullable String> setText) {
        this.wire = wire;
        this.flag = flag;
        this.label = label;
        this.isOn = null;
        this.setOn = null;
        this.text = text;
        this.setText = setText;
    }

    /** Returns the key in the create body, e.g. {@code python_utf8}. */
    public String wire() {
        return wire;
    }

    /** Returns the {@code vastai create instance} flag, e.g. {@code --python-utf8}. */
    public String flag() {
        return flag;
    }

    /** Returns the label the options screen shows. */
    public String label() {
        return label;
    }

    /** Returns whether this option is a switch (else a line of text). */
    public boolean isSwitch() {
        return isOn != null;
    }

    /** Returns whether the switch is on in {@code d}; false for a text option. */
    public boolean isOn(LaunchDraft d) {
        return isOn != null && isOn.test(d);
    }

    /** Returns the text in {@code d}, or null (also for a switch). */
    public @Nullable String text(LaunchDraft d) {
        return text == null ? null : text.apply(d);
    }

    /** Sets the switch on or off in {@code b}; throws for a text option, a programming error. */
    public LaunchDraftBuilder set(LaunchDraftBuilder b, boolean on) {
        if (setOn == null) {
            throw new IllegalStateException(this + " is not a switch");
        }
        setOn.accept(b, on);
        return b;
    }

    /** Sets the text in {@code b} as given (null clears it); throws for a switch, a programming error. */
    public LaunchDraftBuilder set(LaunchDraftBuilder b, @Nullable String value) {
        if (setText == null) {
            throw new IllegalStateException(this + " is not a text option");
        }
        setText.accept(b, value);
        return b;
    }

    /** Returns the option with wire key {@code key}, if any. */
    public static Optional<LaunchOption> byWire(String key) {
        return Arrays.stream(values()).filter(o -> o.wire.equals(key)).findFirst();
    }
}
