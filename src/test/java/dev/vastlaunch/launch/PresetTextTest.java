package dev.vastlaunch.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.offers.OfferType;
import dev.vastlaunch.offers.Outcome;
import dev.vastlaunch.offers.SortKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Presets are vastai command lines read with the bar's parsers; bad files say why, secrets stay out of files. */
class PresetTextTest {
    private static PresetRead.Good good(String text) {
        PresetRead r = PresetText.parse("p", text, false);
        assertThat(r).as(r.toString()).isInstanceOf(PresetRead.Good.class);
        return (PresetRead.Good) r;
    }

    @Test
    void aDraftWrittenAsAPresetReadsBackTheSame() {
        LaunchDraft d = new LaunchDraftBuilder()
                .image("pytorch/pytorch:latest")
                .diskGb(40.0)
                .label("dev box")
                .onstart("echo 'hi there'\nsleep 1")
                .mode(LaunchMode.JUPYTER)
                .direct(true)
                .jupyterDir("/workspace")
                .pythonUtf8(true)
                .build()
                .withEnv(EnvSpecParser.parse("-e A=1 -e 'B=two words' -p 8888:8888 -p 9000/udp")
                        .spec());
        String search = PresetText.searchLine(
                "gpu_name=RTX_4090 num_gpus>=2", OfferType.INTERRUPTIBLE, 40, List.of(new SortKey("dph_total", false)));
        String text = "# a dev box\n" + search + "\n" + PresetText.createLine(d, false) + "\n";

        Preset p = good(text).preset();

        assertThat(p.description()).isEqualTo("a dev box");
        assertThat(p.draft()).isEqualTo(d);
        assertThat(p.query().type()).isEqualTo(OfferType.INTERRUPTIBLE);
        assertThat(p.query().storageGb()).isEqualTo(40.0);
        assertThat(p.query().order()).containsExactly(new SortKey("dph_total", false));
        assertThat(p.query().filters()).containsKeys("gpu_name", "num_gpus").doesNotContainKey("verified");
        // The text it prints reads back to the same preset.
        assertThat(good(p.text()).preset().draft()).isEqualTo(d);
    }

    @Test
    void theScreensDefaultFiltersStayWhenTypedAndStayRemovedWhenRemoved() {
        String kept = PresetText.searchLine(
                "verified=true external=false rentable=true gpu_ram>=24", OfferType.ON_DEMAND, 5, List.of());
        assertThat(kept).doesNotContain("-n");
        String removed = PresetText.searchLine("rentable=true", OfferType.ON_DEMAND, 5, List.of());
        assertThat(removed).contains(" -n");
        assertThat(good(removed + "\ncreate instance --image a/b:1")
                        .preset()
                        .query()
                        .filters())
                .containsOnlyKeys("rentable");
    }

    @Test
    void secretValuesAreWrittenAsVariablesUnlessAskedAndTakenFromTheEnvironmentAtLaunch() {
        LaunchDraft d = LaunchDraft.empty()
                .withImage("vllm/vllm-openai:latest")
                .withEnv(EnvSpecParser.parse("-e HF_TOKEN=hf_abcdefghijklmnopqrstuvwxyz123456 -e MODEL=qwen")
                        .spec());
        String plain = PresetText.createLine(d, false);
        assertThat(plain).contains("HF_TOKEN=$HF_TOKEN").contains("MODEL=qwen").doesNotContain("hf_abcdef");
        assertThat(PresetText.hasSecrets(d)).isTrue();
        assertThat(PresetText.createLine(d, true)).contains("hf_abcdefghijklmnopqrstuvwxyz123456");

        Preset p = good("create instance " + plain.substring("create instance ".length()))
                .preset();
        assertThat(p.variables()).containsExactly("HF_TOKEN");
        Outcome<LaunchDraft> missing = p.resolve(name -> Optional.empty());
        assertThat(missing.describe()).contains("HF_TOKEN").contains("not set").contains("export HF_TOKEN");
        Outcome<LaunchDraft> found =
                p.resolve(name -> Optional.ofNullable(Map.of("HF_TOKEN", "hf_x").get(name)));
        assertThat(found).isInstanceOf(Outcome.Ok.class);
        LaunchDraft resolved = ((Outcome.Ok<LaunchDraft>) found).value();
        assertThat(resolved.env().variables())
                .extracting(EnvEntry.Variable::value)
                .containsExactly("hf_x", "qwen");
    }

    @Test
    void continuedLinesAndCommentsAndTheCliPrefixAreRead() {
        Preset p = good("""
                # first comment describes it
                # second is just a comment

                vastai search offers 'num_gpus=1' \\
                    -o dph_total
                create instance --image ubuntu:22.04 \\
                    --disk 12 --ssh
                """).preset();
        assertThat(p.description()).isEqualTo("first comment describes it");
        assertThat(p.draft().diskGb()).isEqualTo(12.0);
        assertThat(p.draft().mode()).isEqualTo(LaunchMode.SSH);
        assertThat(p.createLine()).isEqualTo("create instance --image ubuntu:22.04 --disk 12 --ssh");
    }

    @Test
    void withoutASearchLineThePresetUsesTheCliDefaultSearch() {
        Preset p = good("create instance --image ubuntu:22.04").preset();
        assertThat(p.query().filters()).containsKeys("verified", "external", "rentable");
        assertThat(p.searchLine()).isEqualTo("search offers");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no create line            | search offers 'num_gpus=1'                        | no 'create instance ...' line
            an offer id               | create instance 123 --image a/b:1                 | names no offer id
            a bad query               | search offers 'num_gpus=='\\ncreate instance --image a/b:1 | line 1: query
            a bad env token           | create instance --image a/b:1 --env '-e NOEQUALS'  | line 1: --env has tokens
            an open quote             | create instance --image 'a/b:1                    | a quote is never closed
            an unknown line           | rm -rf /                                          | line 1: expected 'search offers
            no image                  | create instance --disk 20                         | image: choose an image
            a tiny disk               | create instance --image a/b:1 --disk 2            | disk: must be at least 8 GB
            two create lines          | create instance --image a/b:1\\ncreate instance --image c/d:2 | line 2: a second
            """)
    void aBadFileIsReportedWithItsReason(String what, String text, String reason) {
        PresetRead r = PresetText.parse("bad", text.replace("\\n", "\n"), false);
        assertThat(r).as(what).isInstanceOf(PresetRead.Bad.class);
        assertThat(((PresetRead.Bad) r).reason()).as(what).contains(reason);
        assertThat(r.name()).isEqualTo("bad");
    }

    @ParameterizedTest
    @CsvSource({"ok-name_1.2,true", "../etc,false", "a b,false", "-x,false", "x.,false", "'',false"})
    void namesAreFileNamesThatCannotEscapeTheDirectory(String name, boolean ok) {
        assertThat(PresetText.nameProblem(name).isEmpty()).isEqualTo(ok);
    }

    @Test
    void aRecipeWritesBackTheVariablesAPresetTookItsValuesFromUnlessTheUserChangedThem() {
        Preset read = good("create instance --image ubuntu:22.04 --env '-e MODEL=$MODEL_NAME -e TOKEN=${HF} -e A=1'\n")
                .preset();
        Map<String, String> env = Map.of("MODEL_NAME", "org/model", "HF", "hf_secret");
        Preset resolved =
                read.withDraft(((Outcome.Ok<LaunchDraft>) read.resolve(k -> Optional.ofNullable(env.get(k)))).value());
        assertThat(resolved.draft().env().variables())
                .extracting(EnvEntry.Variable::value)
                .containsExactly("org/model", "hf_secret", "1");

        LaunchDraft kept = resolved.recipeOf(resolved.draft());
        assertThat(kept.env().variables())
                .extracting(EnvEntry.Variable::value)
                .containsExactly("$MODEL_NAME", "${HF}", "1");
        assertThat(PresetText.createLine(kept, true))
                .contains("MODEL=$MODEL_NAME")
                .doesNotContain("hf_secret");

        LaunchDraft edited = resolved.draft().putEnv(new EnvEntry.Variable("MODEL", "org/typed-by-hand"));
        assertThat(resolved.recipeOf(edited).env().variables())
                .extracting(EnvEntry.Variable::value)
                .containsExactly("org/typed-by-hand", "${HF}", "1");
    }
}
