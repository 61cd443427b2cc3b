package dev.vastlaunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.Main;
import dev.vastlaunch.launch.CliBody;
import dev.vastlaunch.launch.WireJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Holds {@code vastlaunch --dry-run create instance ...}: one JSON object on stdout, the CLI's body, exit codes. */
class DryRunCreateTest {

    @TempDir
    Path dir;

    /** The outcome of one run of {@link Main#run}. */
    record Run(int code, String out, String err) {
        Map<String, @Nullable Object> json() {
            return WireJson.object(out);
        }

        @SuppressWarnings("unchecked") // the dry-run body is a JSON object
        Map<String, @Nullable Object> body() {
            return (Map<String, @Nullable Object>) Objects.requireNonNull(json().get("body"), "body");
        }
    }

    static Run run(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args.toArray(String[]::new), o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run create(String... words) {
        List<String> args = new ArrayList<>(List.of("--dry-run", "create", "instance"));
        args.addAll(List.of(words));
        return run(args);
    }

    private static void assertOk(Run r) {
        assertThat(r.code()).as("exit code, stderr: %s", r.err()).isZero();
        assertThat(r.json()).containsOnlyKeys("method", "path", "body");
        assertThat(r.json().keySet()).containsExactly("method", "path", "body");
        assertThat(r.out()).endsWith("}" + System.lineSeparator());
    }

    private static void assertUsageError(Run r, String mentioned) {
        assertThat(r.code()).as("exit code").isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).as("stdout").isEmpty();
        assertThat(r.err()).contains(mentioned);
    }

    static Stream<Arguments> bodies() {
        return Stream.of(
                Arguments.of(
                        "image only", List.of("1234", "--image", "pytorch/pytorch"), "{'image': 'pytorch/pytorch'}"),
                Arguments.of(
                        "ssh direct with env and disk",
                        List.of(
                                "1234",
                                "--image",
                                "img",
                                "--ssh",
                                "--direct",
                                "--disk",
                                "40",
                                "--env",
                                "-e TZ=PDT -p 22:22"),
                        "{'image': 'img', 'env': {'TZ': 'PDT', '-p 22:22': '1'}, 'disk': 40.0,"
                                + " 'runtype': 'ssh_direc ssh_proxy'}"),
                Arguments.of(
                        "template only",
                        List.of("1234", "--template_hash", "abc"),
                        "{'template_hash_id': 'abc', 'runtype': null}"),
                Arguments.of(
                        "interruptible with label",
                        List.of("1234", "--image", "img", "--bid_price", "0.2", "--label", "x"),
                        "{'image': 'img', 'price': 0.2, 'label': 'x'}"),
                Arguments.of(
                        "jupyter lab with dir",
                        List.of("1234", "--image", "img", "--jupyter-lab", "--jupyter-dir", "/w"),
                        "{'image': 'img', 'use_jupyter_lab': true, 'jupyter_dir': '/w',"
                                + " 'runtype': 'jupyter_proxy ssh_proxy'}"),
                Arguments.of(
                        "args swallow --raw and later flags",
                        List.of("1234", "--image", "img", "--args", "--raw", "--label", "x", "--dry-run"),
                        "{'image': 'img', 'runtype': 'args', 'args': ['--raw', '--label', 'x', '--dry-run']}"),
                Arguments.of(
                        "args empty",
                        List.of("1234", "--image", "img", "--args"),
                        "{'image': 'img', 'runtype': 'args'}"),
                Arguments.of(
                        "ssh with args",
                        List.of("1234", "--image", "img", "--ssh", "--args", "-c", "x"),
                        "{'image': 'img', 'runtype': 'ssh_proxy', 'args': ['-c', 'x']}"),
                Arguments.of(
                        "create volume",
                        List.of(
                                "1234",
                                "--image",
                                "img",
                                "--create-volume",
                                "55",
                                "--mount-path",
                                "/data",
                                "--volume-label",
                                "v"),
                        "{'image': 'img', 'volume_info': {'mount_path': '/data', 'create_new': true, 'volume_id': 55,"
                                + " 'name': 'v', 'size': 15}}"),
                Arguments.of(
                        "unicode and quotes in env survive the JSON",
                        List.of("1234", "--image", "img", "--env", "-e MSG=\"héllo \\\"wörld\\\"\" -e T='a\tb'"),
                        "{'image': 'img', 'env': {'MSG': 'héllo \\u0022wörld\\u0022', 'T': 'a\\tb'}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void dryRunPrintsOneJsonObjectWithTheCliBody(String name, List<String> words, String cliOverrides) {
        Run r = create(words.toArray(String[]::new));
        assertOk(r);
        assertThat(r.json()).containsEntry("method", "PUT").containsEntry("path", "/api/v0/asks/1234/");
        WireJson.assertSameAsCli(r.body(), CliBody.with(cliOverrides));
    }

    @Test
    void dryRunOfOnstartFileSendsItsContents() throws IOException {
        Path script = dir.resolve("start.sh");
        Files.writeString(script, "#!/bin/sh\necho \"ready\"\n", StandardCharsets.UTF_8);
        Run r = create("1", "--image", "img", "--onstart", script.toString(), "--onstart-cmd", "ignored");
        assertOk(r);
        WireJson.assertSameAsCli(
                r.body(), CliBody.with("{'image': 'img', 'onstart': '#!/bin/sh\\necho \\u0022ready\\u0022\\n'}"));
    }

    @Test
    void globalOptionsMayComeAfterTheCommand() {
        Run r = run(List.of("create", "instance", "1", "--image", "img", "--dry-run"));
        assertOk(r);
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of(
                        "jupyter with args gives the CLI's message",
                        List.of("1", "--image", "img", "--jupyter", "--args", "x"),
                        "Can't use --jupyter and --args together. Try --onstart or --onstart-cmd instead of --args."),
                Arguments.of("env token without =", List.of("1", "--image", "img", "--env", "-e NOEQUALS"), "col 4"),
                Arguments.of("env --env token", List.of("1", "--image", "img", "--env", "--env A=1 -e B=2"), "col 1"),
                Arguments.of("env glued -eA=1", List.of("1", "--image", "img", "--env", "-eA=1"), "col 1"),
                Arguments.of("env host ip", List.of("1", "--image", "img", "--env", "-p 127.0.0.1:80:80"), "col 4"),
                Arguments.of("env port 70000", List.of("1", "--image", "img", "--env", "-p 70000:70000"), "col 4"),
                Arguments.of("env volume with space", List.of("1", "--image", "img", "--env", "-v /a b:/c"), "col 7"),
                Arguments.of("env network My_Net", List.of("1", "--image", "img", "--env", "-n My_Net"), "col 4"),
                Arguments.of("env flag without value", List.of("1", "--image", "img", "--env", "-e A=1 -p"), "col 8"),
                Arguments.of("disk below 8", List.of("1", "--image", "img", "--disk", "5"), "disk"),
                Arguments.of("price out of range", List.of("1", "--image", "img", "--bid_price", "500"), "price"),
                Arguments.of("no image and no template", List.of("1"), "image"),
                Arguments.of("label too long", List.of("1", "--image", "img", "--label", "x".repeat(300)), "label"),
                Arguments.of(
                        "portal config with only jupyter",
                        List.of("1", "--image", "img", "--env", "-e PORTAL_CONFIG=a:Jupyter"),
                        "PORTAL_CONFIG"),
                Arguments.of(
                        "volume size without create",
                        List.of("1", "--image", "img", "--volume-size", "5"),
                        "--volume-size"),
                Arguments.of(
                        "volume without mount path",
                        List.of("1", "--image", "img", "--link-volume", "5"),
                        "--mount-path"),
                Arguments.of(
                        "bad mount path",
                        List.of("1", "--image", "img", "--link-volume", "5", "--mount-path", "//x"),
                        "//x"),
                Arguments.of("unknown option", List.of("1", "--image", "img", "--nope"), "--nope"),
                Arguments.of("offer id not a number", List.of("abc", "--image", "img"), "offer id"),
                Arguments.of(
                        "missing onstart file", List.of("1", "--image", "img", "--onstart", "/no/file"), "/no/file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void badInputExits2WithAMessageAndPrintsNothing(String name, List<String> words, String mentioned) {
        assertUsageError(create(words.toArray(String[]::new)), mentioned);
    }

    @Test
    void unknownCommandExits2() {
        assertUsageError(run(List.of("--dry-run", "rent", "gpu")), "unknown command");
        assertUsageError(run(List.of("frobnicate")), "unknown command");
    }

    @Test
    void dryRunOfOtherCommandsExits2() {
        assertUsageError(run(List.of("--dry-run", "show", "instances")), "--dry-run");
    }

    @Test
    void globalOptionWithoutValueExits2() {
        assertUsageError(
                run(List.of("--dry-run", "create", "instance", "1", "--image", "img", "--api-key")), "--api-key");
    }

    // --- search offers ---------------------------------------------------------------------------------

    @Test
    void dryRunSearchPrintsTheBundlesBody() {
        Run r = run(List.of(
                "--dry-run", "search", "offers", "gpu_name=RTX_4090", "num_gpus>=2", "-o", "dph", "--limit", "5"));
        assertOk(r);
        assertThat(r.json()).containsEntry("method", "POST").containsEntry("path", "/api/v0/bundles/");
        assertThat(WireJson.render(WireJson.normalise(r.body())))
                .isEqualTo(WireJson.render(WireJson.normalise(WireJson.single("{'verified': {'eq': true},"
                        + " 'external': {'eq': false}, 'rentable': {'eq': true}, 'gpu_name': {'eq': 'RTX 4090'},"
                        + " 'num_gpus': {'gte': 2}, 'order': [['dph_total', 'asc']], 'type': 'on-demand',"
                        + " 'limit': 5, 'allocated_storage': 5.0}"))));
    }

    @Test
    void dryRunSearchSendsNumbersAsJsonNumbers() {
        Run r = run(List.of("--dry-run", "search", "offers", "num_gpus>=4", "reliability>0.99"));
        assertOk(r);
        assertThat(r.out()).contains("\"gte\": 4").contains("\"gt\": 0.99").doesNotContain("\"4\"");
    }

    @Test
    void dryRunSearchWarnsOnStderrAboutUnknownFieldsAndStillSendsThem() {
        Run r = run(List.of("--dry-run", "search", "offers", "foo_bar=1"));
        assertOk(r);
        assertThat(r.err()).contains("foo_bar");
        assertThat(r.body()).containsKey("foo_bar");
    }

    static Stream<Arguments> searchErrors() {
        return Stream.of(
                Arguments.of("unconsumed text", List.of("dph<0.5", "^^"), "col 9"),
                Arguments.of("unquoted space", List.of("gpu_name=RTX", "4090"), "4090"),
                Arguments.of("numeric field with a word", List.of("num_gpus>=two"), "num_gpus"),
                Arguments.of("boolean field with a word", List.of("verified=yes"), "verified"),
                Arguments.of("bad limit", List.of("--limit", "ten"), "--limit"),
                Arguments.of("bad type", List.of("--type", "spot"), "--type"),
                Arguments.of("unknown option", List.of("--nope"), "--nope"));
    }

    @ParameterizedTest(name = "search: {0}")
    @MethodSource("searchErrors")
    void badSearchInputExits2AndPrintsNothing(String name, List<String> words, String mentioned) {
        List<String> args = new ArrayList<>(List.of("--dry-run", "search", "offers"));
        args.addAll(words);
        assertUsageError(run(args), mentioned);
    }
}
