package dev.vastlaunch.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Holds the template precedence of reference §4.3 as {@link TemplateMerge} shows it, with value sources. */
class TemplateMergeTest {

    private static Template template(String env, String runtype, double disk) {
        return new Template(
                9,
                "hash9",
                "PyTorch",
                "vastai/pytorch",
                "cuda-12",
                env,
                "echo template",
                runtype,
                "",
                false,
                false,
                true,
                "/workspace",
                false,
                disk,
                true,
                Map.of(),
                "desc");
    }

    private static LaunchDraft withTemplate(Template t) {
        return LaunchDraft.empty().toBuilder().offerId(1L).build().withTemplate(t);
    }

    private static Optional<EffectiveValue> value(EffectiveLaunch e, String field) {
        return e.values().stream().filter(v -> v.field().equals(field)).findFirst();
    }

    private static void assertValue(EffectiveLaunch e, String field, String value, ValueSource source) {
        assertThat(value(e, field)).as(field).contains(new EffectiveValue(field, value, source));
    }

    @Test
    void templateScalarsApplyWhenTheUserGaveNone() {
        EffectiveLaunch e = TemplateMerge.effective(withTemplate(template("", "jupyter", 32)));
        assertValue(e, "image", "vastai/pytorch:cuda-12", ValueSource.TEMPLATE);
        assertValue(e, "disk", "32 GB", ValueSource.TEMPLATE);
        assertValue(e, "runtype", "jupyter_proxy", ValueSource.TEMPLATE);
        assertValue(e, "onstart", "echo template", ValueSource.TEMPLATE);
        assertValue(e, "jupyter_dir", "/workspace", ValueSource.TEMPLATE);
        assertThat(value(e, "label")).isEmpty();
        assertThat(value(e, "args_str")).isEmpty();
    }

    @Test
    void aBidFilledFromTheOffersMinimumSaysSoAndATypedOneIsTheUsers() {
        OfferFacts offer = new OfferFacts(1, "RTX 4090", 1, 0.40, 0.21, 100, true, 0.2, 0.1, 7);
        LaunchDraft d = LaunchDraft.empty().withOffer(offer).withPrice(0.21);
        assertValue(TemplateMerge.effective(d), "price", "bid $0.2100/h (the offer's minimum)", ValueSource.OFFER);
        assertValue(TemplateMerge.effective(d.withPrice(0.25)), "price", "bid $0.2500/h", ValueSource.USER);
    }

    @Test
    void userScalarsWinOverTheTemplate() {
        LaunchDraft d = withTemplate(template("", "jupyter", 32)).toBuilder()
                .image("me/img:1")
                .diskGb(50.0)
                .onstart("echo mine")
                .jupyterDir("/mine")
                .label("run")
                .mode(LaunchMode.SSH)
                .direct(true)
                .build();
        EffectiveLaunch e = TemplateMerge.effective(d);
        assertValue(e, "image", "me/img:1", ValueSource.USER);
        assertValue(e, "disk", "50 GB", ValueSource.USER);
        assertValue(e, "runtype", "ssh_direc ssh_proxy", ValueSource.USER);
        assertValue(e, "onstart", "echo mine", ValueSource.USER);
        assertValue(e, "jupyter_dir", "/mine", ValueSource.USER);
        assertValue(e, "label", "run", ValueSource.USER);
    }

    @Test
    void envIsMergedByKeyWithTheUserWinningAndTemplateKeysKept() {
        LaunchDraft d = withTemplate(template("-e A=1 -e B=2 -p 8000:8000", "ssh", 0))
                .withEnv(EnvSpecParser.parse("-e B=9 -e C=3 -p 8000:8000").spec());
        EffectiveLaunch e = TemplateMerge.effective(d);
        assertThat(e.env().toWire())
                .containsExactly(
                        Map.entry("A", "1"), Map.entry("B", "9"), Map.entry("-p 8000:8000", "1"), Map.entry("C", "3"));
        assertThat(e.envSources())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "A", ValueSource.TEMPLATE,
                        "B", ValueSource.USER,
                        "-p 8000:8000", ValueSource.USER,
                        "C", ValueSource.USER));
        assertThat(e.templateProblems()).isEmpty();
    }

    @Test
    void templateEnvKeysKeepTheTemplateSource() {
        EffectiveLaunch e = TemplateMerge.effective(withTemplate(template("-e A=1 -p 22:22 -h box", "ssh", 0)));
        assertThat(e.envSources())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "A", ValueSource.TEMPLATE, "-p 22:22", ValueSource.TEMPLATE, "-h", ValueSource.TEMPLATE));
    }

    @Test
    void unreadableTemplateEnvTokensAreReportedAndTheRestIsKept() {
        EffectiveLaunch e = TemplateMerge.effective(withTemplate(template("-e A=1 -e NOEQ", "ssh", 0)));
        assertThat(e.env().toWire()).containsExactly(Map.entry("A", "1"));
        assertThat(e.templateProblems()).extracting(TokenProblem::column).containsExactly(11);
    }

    @Test
    void diskComesFromTheTemplateRecommendationWhenTheUserGaveNone() {
        LaunchDraft d = withTemplate(template("", "ssh", 64));
        assertThat(d.effectiveDiskGb()).isEqualTo(64.0);
        assertThat(d.toBuilder().image(null).build().effectiveDiskGb()).isEqualTo(64.0);
        assertValue(TemplateMerge.effective(d), "disk", "64 GB", ValueSource.TEMPLATE);
    }

    @Test
    void templateRecommendationBelowTheMinimumIsRaisedTo8() {
        LaunchDraft d = withTemplate(template("", "ssh", 4));
        assertThat(d.effectiveDiskGb()).isEqualTo(8.0);
        assertThat(d.validate()).noneMatch(p -> p.field().equals("disk"));
    }

    @Test
    void diskWithoutTemplateRecommendationIsTheDefault10() {
        LaunchDraft d = withTemplate(template("", "ssh", 0));
        assertThat(d.effectiveDiskGb()).isEqualTo(10.0);
        assertValue(TemplateMerge.effective(d), "disk", "10 GB", ValueSource.DEFAULT);
    }

    @Test
    void draftWithoutTemplateUsesDefaults() {
        LaunchDraft d = LaunchDraft.empty().withImage("img");
        EffectiveLaunch e = TemplateMerge.effective(d);
        assertValue(e, "image", "img", ValueSource.USER);
        assertValue(e, "disk", "10 GB", ValueSource.DEFAULT);
        assertThat(e.env().entries()).isEmpty();
        assertThat(e.envSources()).isEmpty();
    }

    @Test
    void runtypeTheUserDidNotChooseIsTheDefault() {
        assertValue(
                TemplateMerge.effective(LaunchDraft.empty().withImage("img")), "runtype", "ssh", ValueSource.DEFAULT);
    }

    @Test
    void templateDecidesTheRuntypeAndNoneIsSent() {
        LaunchDraft d = withTemplate(template("", "ssh", 0));
        assertThat(d.runtype()).isNull();
        assertThat(d.toRequest().toWireBody())
                .doesNotContainKeys("runtype", "image")
                .containsEntry("template_hash_id", "hash9");
    }

    @Test
    void templateRuntypesAreShownByTheirDirectFlags() {
        Template sshDirect = new Template(
                1, "h", "n", "i", "", "", "", "ssh", "", true, false, true, null, false, 0, false, Map.of(), "");
        Template args = new Template(
                1, "h", "n", "i", "", "", "", "args", "--x", false, false, false, null, false, 0, false, Map.of(), "");
        assertValue(TemplateMerge.effective(withTemplate(sshDirect)), "runtype", "ssh_direct", ValueSource.TEMPLATE);
        EffectiveLaunch e = TemplateMerge.effective(withTemplate(args));
        assertValue(e, "runtype", "args", ValueSource.TEMPLATE);
        assertValue(e, "args_str", "--x", ValueSource.TEMPLATE);
    }

    @Test
    void imageWithATagAlreadyIsNotTaggedAgain() {
        Template t = new Template(
                1,
                "h",
                "n",
                "repo/img:2",
                "cuda",
                "",
                "",
                "ssh",
                "",
                false,
                false,
                true,
                null,
                false,
                0,
                false,
                Map.of(),
                "");
        assertThat(t.imageRef()).isEqualTo("repo/img:2");
        assertThat(template("", "ssh", 0).imageRef()).isEqualTo("vastai/pytorch:cuda-12");
    }

    @Test
    void userPortalConfigIsFilteredUnderATemplate() {
        LaunchDraft d = withTemplate(template("-e PORTAL_CONFIG=a:x", "ssh", 0))
                .putEnv(new EnvEntry.Variable("PORTAL_CONFIG", "a:Jupyter|b:Portal"));
        assertThat(TemplateMerge.effective(d).env().get("PORTAL_CONFIG")).contains("b:Portal");
    }

    @Test
    void userPriceAndArgsAreListed() {
        LaunchDraft d = LaunchDraft.empty().withImage("img").withPrice(0.5).toBuilder()
                .args(List.of("a", "b"))
                .build();
        EffectiveLaunch e = TemplateMerge.effective(d);
        assertValue(e, "price", "bid $0.5000/h", ValueSource.USER);
        assertValue(e, "args", "a b", ValueSource.USER);
    }
}
