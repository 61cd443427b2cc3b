package dev.vastlaunch.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.offers.UsageProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Holds the create body for {@code create instance} command lines against the CLI's body (reference §3.2–3.4, §6.1). */
class CreateInstanceCommandTest {
    private static final String PORTAL = "localhost:1111:11111:/:Instance Portal|localhost:8080:18080:/:Jupyter"
            + "|localhost:8384:18384:/:Syncthing";

    @TempDir
    Path dir;

    private static FileRead noFiles(String path) {
        return FileSource.none().read(path);
    }

    private static FileRead readFile(String path) {
        return FileSource.local().read(path);
    }

    static List<String> w(String... words) {
        return List.of(words);
    }

    private static LaunchDraft draft(List<String> words) {
        CreateInstanceCommand.Result r = CreateInstanceCommand.parse(words, CreateInstanceCommandTest::readFile);
        assertThat(r.problem()).as("problem for %s", words).isNull();
        return Objects.requireNonNull(r.args(), "args").draft();
    }

    private static Map<String, Object> body(List<String> words) {
        LaunchDraft d = draft(words);
        assertThat(d.validate()).as("problems for %s", words).noneMatch(Problem::blocking);
        return d.toRequest().toWireBody();
    }

    private static UsageProblem problem(List<String> words) {
        CreateInstanceCommand.Result r = CreateInstanceCommand.parse(words, CreateInstanceCommandTest::noFiles);
        assertThat(r.args()).as("args for %s", words).isNull();
        return Objects.requireNonNull(r.problem(), "problem");
    }

    private static List<Problem> blocking(List<String> words) {
        return draft(words).validate().stream().filter(Problem::blocking).toList();
    }

    static Stream<Arguments> bodies() {
        return Stream.of(
                Arguments.of("image only", w("1234", "--image", "pytorch/pytorch"), "{'image': 'pytorch/pytorch'}"),
                Arguments.of(
                        "template only sends no runtype and no image",
                        w("1234", "--template_hash", "4e17788f74f075dd9aab7d0d4427968f"),
                        "{'template_hash_id': '4e17788f74f075dd9aab7d0d4427968f', 'runtype': null}"),
                Arguments.of(
                        "template with --ssh still sends no runtype",
                        w("1234", "--template_hash", "abc", "--ssh", "--direct"),
                        "{'template_hash_id': 'abc', 'runtype': null}"),
                Arguments.of(
                        "template and image both sent",
                        w("1234", "--template_hash", "abc", "--image", "img:1"),
                        "{'image': 'img:1', 'template_hash_id': 'abc', 'runtype': null}"),
                Arguments.of("disk given", w("1", "--image", "img", "--disk", "40"), "{'image': 'img', 'disk': 40.0}"),
                Arguments.of(
                        "disk with a fraction",
                        w("1", "--image", "img", "--disk", "12.5"),
                        "{'image': 'img', 'disk': 12.5}"),
                Arguments.of("disk default is 10", w("1", "--image", "img"), "{'image': 'img', 'disk': 10}"),
                Arguments.of(
                        "label", w("1", "--image", "img", "--label", "my run"), "{'image': 'img', 'label': 'my run'}"),
                Arguments.of(
                        "onstart-cmd",
                        w("1", "--image", "img", "--onstart-cmd", "echo hi"),
                        "{'image': 'img', 'onstart': 'echo hi'}"),
                Arguments.of(
                        "entrypoint becomes onstart",
                        w("1", "--image", "img", "--entrypoint", "/start.sh"),
                        "{'image': 'img', 'onstart': '/start.sh'}"),
                Arguments.of(
                        "onstart-cmd wins over entrypoint",
                        w("1", "--image", "img", "--entrypoint", "/e.sh", "--onstart-cmd", "echo a"),
                        "{'image': 'img', 'onstart': 'echo a'}"),
                Arguments.of(
                        "login",
                        w("1", "--image", "img", "--login", "-u user -p token docker.io"),
                        "{'image': 'img', 'image_login': '-u user -p token docker.io'}"),
                Arguments.of(
                        "python-utf8",
                        w("1", "--image", "img", "--python-utf8"),
                        "{'image': 'img', 'python_utf8': true}"),
                Arguments.of(
                        "lang-utf8", w("1", "--image", "img", "--lang-utf8"), "{'image': 'img', 'lang_utf8': true}"),
                Arguments.of(
                        "jupyter-lab implies jupyter",
                        w("1", "--image", "img", "--jupyter-lab"),
                        "{'image': 'img', 'use_jupyter_lab': true, 'runtype': 'jupyter_proxy ssh_proxy'}"),
                Arguments.of(
                        "jupyter-dir implies jupyter",
                        w("1", "--image", "img", "--jupyter-dir", "/workspace"),
                        "{'image': 'img', 'jupyter_dir': '/workspace', 'runtype': 'jupyter_proxy ssh_proxy'}"),
                Arguments.of(
                        "jupyter-dir with direct",
                        w("1", "--image", "img", "--jupyter-dir", "/w", "--direct"),
                        "{'image': 'img', 'jupyter_dir': '/w', 'runtype': 'jupyter_direc ssh_direc ssh_proxy'}"),
                Arguments.of("force", w("1", "--image", "img", "--force"), "{'image': 'img', 'force': true}"),
                Arguments.of(
                        "cancel-unavail",
                        w("1", "--image", "img", "--cancel-unavail"),
                        "{'image': 'img', 'cancel_unavail': true}"),
                Arguments.of(
                        "bid price",
                        w("1", "--image", "img", "--bid_price", "0.25"),
                        "{'image': 'img', 'price': 0.25}"),
                Arguments.of("user", w("1", "--image", "img", "--user", "root"), "{'image': 'img', 'user': 'root'}"),
                Arguments.of("extra", w("1", "--image", "img", "--extra", "x y"), "{'image': 'img', 'extra': 'x y'}"),
                Arguments.of(
                        "env from the verified table",
                        w("1", "--image", "img", "--env", "-e TZ=PDT -e XNAME=XX4 -p 22:22 -p 8080:8080"),
                        "{'image': 'img', 'env': {'TZ': 'PDT', 'XNAME': 'XX4', '-p 22:22': '1', '-p 8080:8080': '1'}}"),
                Arguments.of(
                        "env with udp port and hostname",
                        w("1", "--image", "img", "--env", "-p 8081:8081/udp -h billybob"),
                        "{'image': 'img', 'env': {'-p 8081:8081/udp': '1', '-h': 'billybob'}}"),
                Arguments.of(
                        "--env=value form",
                        w("1", "--image", "img", "--env=-e A=1"),
                        "{'image': 'img', 'env': {'A': '1'}}"),
                Arguments.of(
                        "options in any order, id last",
                        w("--disk", "20", "--image", "img", "--label", "l", "42"),
                        "{'image': 'img', 'disk': 20, 'label': 'l'}"),
                Arguments.of(
                        "everything at once",
                        w(
                                "7",
                                "--image",
                                "img",
                                "--disk",
                                "32",
                                "--label",
                                "L",
                                "--extra",
                                "E",
                                "--onstart-cmd",
                                "run",
                                "--login",
                                "-u a -p b reg",
                                "--python-utf8",
                                "--lang-utf8",
                                "--jupyter-lab",
                                "--jupyter-dir",
                                "/j",
                                "--force",
                                "--cancel-unavail",
                                "--bid_price",
                                "1.5",
                                "--user",
                                "u",
                                "--env",
                                "-e A=1",
                                "--direct"),
                        "{'image': 'img', 'env': {'A': '1'}, 'price': 1.5, 'disk': 32, 'label': 'L', 'extra': 'E',"
                                + " 'onstart': 'run', 'image_login': '-u a -p b reg', 'python_utf8': true,"
                                + " 'lang_utf8': true, 'use_jupyter_lab': true, 'jupyter_dir': '/j', 'force': true,"
                                + " 'cancel_unavail': true, 'user': 'u',"
                                + " 'runtype': 'jupyter_direc ssh_direc ssh_proxy'}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void bodyIsTheCliBodyWithoutNulls(String name, List<String> words, String cliOverrides) {
        WireJson.assertSameAsCli(body(words), CliBody.with(cliOverrides));
    }

    static Stream<Arguments> runtypes() {
        return Stream.of(
                Arguments.of("no flags", w(), "{'runtype': 'ssh'}"),
                Arguments.of("--ssh", w("--ssh"), "{'runtype': 'ssh_proxy'}"),
                Arguments.of("--ssh --direct", w("--ssh", "--direct"), "{'runtype': 'ssh_direc ssh_proxy'}"),
                Arguments.of("--direct --ssh", w("--direct", "--ssh"), "{'runtype': 'ssh_direc ssh_proxy'}"),
                Arguments.of("--jupyter", w("--jupyter"), "{'runtype': 'jupyter_proxy ssh_proxy'}"),
                Arguments.of(
                        "--jupyter --direct",
                        w("--jupyter", "--direct"),
                        "{'runtype': 'jupyter_direc ssh_direc ssh_proxy'}"),
                Arguments.of("--jupyter --ssh", w("--jupyter", "--ssh"), "{'runtype': 'jupyter_proxy ssh_proxy'}"),
                Arguments.of("--direct alone does nothing", w("--direct"), "{'runtype': 'ssh'}"),
                Arguments.of("--args a b", w("--args", "a", "b"), "{'runtype': 'args', 'args': ['a', 'b']}"),
                Arguments.of("--args empty sends no args key", w("--args"), "{'runtype': 'args'}"),
                Arguments.of(
                        "--ssh overrides args",
                        w("--ssh", "--args", "-c", "x"),
                        "{'runtype': 'ssh_proxy', 'args': ['-c', 'x']}"),
                Arguments.of(
                        "--ssh --direct with args",
                        w("--ssh", "--direct", "--args", "bash"),
                        "{'runtype': 'ssh_direc ssh_proxy', 'args': ['bash']}"),
                Arguments.of(
                        "--args swallows --raw and every later option",
                        w("--args", "--raw", "--label", "x", "--jupyter"),
                        "{'runtype': 'args', 'args': ['--raw', '--label', 'x', '--jupyter']}"),
                Arguments.of(
                        "--args keeps numbers and words with dashes",
                        w("--args", "-1", "--x=y", "python", "-m", "http.server"),
                        "{'runtype': 'args', 'args': ['-1', '--x=y', 'python', '-m', 'http.server']}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runtypes")
    void runtypeIsDerivedAsTheCliDoes(String name, List<String> flags, String cliOverrides) {
        List<String> words = new ArrayList<>(List.of("1", "--image", "img"));
        words.addAll(flags);
        String overrides = "{'image': 'img', " + cliOverrides.substring(1);
        WireJson.assertSameAsCli(body(words), CliBody.with(overrides));
    }

    static Stream<Arguments> jupyterWithArgs() {
        return Stream.of(
                Arguments.of("--jupyter", w("1", "--image", "img", "--jupyter", "--args", "x")),
                Arguments.of("--jupyter with empty args", w("1", "--image", "img", "--jupyter", "--args")),
                Arguments.of("--jupyter-lab", w("1", "--image", "img", "--jupyter-lab", "--args", "x")),
                Arguments.of("--jupyter-dir", w("1", "--image", "img", "--jupyter-dir", "/w", "--args", "x")));
    }

    @ParameterizedTest(name = "{0} and --args is the CLI's error")
    @MethodSource("jupyterWithArgs")
    void jupyterWithArgsIsTheCliError(String name, List<String> words) {
        assertThat(problem(words).describe())
                .isEqualTo(
                        "Can't use --jupyter and --args together. Try --onstart or --onstart-cmd instead of --args.");
    }

    @Test
    void onstartFileContentsAreSent() throws IOException {
        Path script = dir.resolve("on start.sh");
        Files.writeString(script, "#!/bin/bash\necho 'hi' \"there\"\n", StandardCharsets.UTF_8);
        Map<String, Object> b = body(w("1", "--image", "img", "--onstart", script.toString()));
        assertThat(b).containsEntry("onstart", "#!/bin/bash\necho 'hi' \"there\"\n");
    }

    @Test
    void onstartFileWinsOverOnstartCmdAndEntrypoint() throws IOException {
        Path script = dir.resolve("s.sh");
        Files.writeString(script, "from file", StandardCharsets.UTF_8);
        Map<String, Object> b = body(
                w("1", "--image", "img", "--entrypoint", "/e", "--onstart-cmd", "cmd", "--onstart", script.toString()));
        assertThat(b).containsEntry("onstart", "from file");
    }

    @Test
    void unreadableOnstartFileIsAProblemNamingThePath() {
        assertThat(problem(w("1", "--image", "img", "--onstart", "/no/such/file"))
                        .describe())
                .contains("/no/such/file");
    }

    static Stream<Arguments> portalConfig() {
        return Stream.of(
                Arguments.of(
                        "ssh removes jupyter entries",
                        w("--ssh"),
                        "localhost:1111:11111:/:Instance Portal|localhost:8384:18384:/:Syncthing"),
                Arguments.of(
                        "default runtype removes jupyter entries",
                        w(),
                        "localhost:1111:11111:/:Instance Portal|localhost:8384:18384:/:Syncthing"),
                Arguments.of("jupyter keeps every entry", w("--jupyter"), PORTAL),
                Arguments.of("jupyter-lab keeps every entry", w("--jupyter-lab"), PORTAL));
    }

    @ParameterizedTest(name = "PORTAL_CONFIG: {0}")
    @MethodSource("portalConfig")
    void portalConfigLosesJupyterEntriesWhenNotJupyter(String name, List<String> flags, String expected) {
        List<String> words = new ArrayList<>(
                List.of("1", "--image", "img", "--env", "-e A=1 -e PORTAL_CONFIG='" + PORTAL + "' -e B=2"));
        words.addAll(flags);
        @SuppressWarnings("unchecked") // env is a Map<String, String>
        Map<String, String> env = (Map<String, String>) body(words).get("env");
        assertThat(env).containsExactly(Map.entry("A", "1"), Map.entry("PORTAL_CONFIG", expected), Map.entry("B", "2"));
    }

    @Test
    void portalConfigIsFilteredWithATemplateToo() {
        Map<String, Object> b = body(w("1", "--template_hash", "h", "--env", "-e PORTAL_CONFIG='" + PORTAL + "'"));
        assertThat(b.get("env"))
                .isEqualTo(Map.of(
                        "PORTAL_CONFIG", "localhost:1111:11111:/:Instance Portal|localhost:8384:18384:/:Syncthing"));
    }

    @Test
    void portalConfigJupyterMatchIsCaseInsensitive() {
        Map<String, Object> b = body(w("1", "--image", "img", "--env", "-e PORTAL_CONFIG=a:JUPYTERLAB|b:ssh"));
        assertThat(b.get("env")).isEqualTo(Map.of("PORTAL_CONFIG", "b:ssh"));
    }

    @Test
    void portalConfigWithOnlyJupyterEntriesIsAnErrorWhenNotJupyter() {
        assertThat(blocking(w("1", "--image", "img", "--env", "-e PORTAL_CONFIG=localhost:8080:18080:/:Jupyter")))
                .anySatisfy(p -> {
                    assertThat(p.field()).isEqualTo("env");
                    assertThat(p.message()).contains("PORTAL_CONFIG");
                });
        assertThat(blocking(w(
                        "1",
                        "--image",
                        "img",
                        "--jupyter",
                        "--env",
                        "-e PORTAL_CONFIG=localhost:8080:18080:/:Jupyter")))
                .isEmpty();
    }

    @Test
    void portalConfigWithOnlyJupyterEntriesIsAnErrorUnderATemplate() {
        assertThat(blocking(w("1", "--template_hash", "h", "--env", "-e PORTAL_CONFIG=localhost:8080:18080:/:Jupyter")))
                .extracting(Problem::field)
                .containsExactly("env");
    }

    static Stream<Arguments> volumes() {
        return Stream.of(
                Arguments.of(
                        "link existing volume",
                        w("--link-volume", "77", "--mount-path", "/data"),
                        "{'mount_path': '/data', 'create_new': false, 'volume_id': 77}"),
                Arguments.of(
                        "create with default size 15",
                        w("--create-volume", "5555", "--mount-path", "/data"),
                        "{'mount_path': '/data', 'create_new': true, 'volume_id': 5555, 'size': 15}"),
                Arguments.of(
                        "create with size and label",
                        w(
                                "--create-volume",
                                "5555",
                                "--mount-path",
                                "/mnt/cache/",
                                "--volume-size",
                                "50",
                                "--volume-label",
                                "cache"),
                        "{'mount_path': '/mnt/cache/', 'create_new': true, 'volume_id': 5555, 'name': 'cache',"
                                + " 'size': 50}"),
                Arguments.of(
                        "relative mount path is accepted like the CLI's pattern",
                        w("--link-volume", "1", "--mount-path", "data/x"),
                        "{'mount_path': 'data/x', 'create_new': false, 'volume_id': 1}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("volumes")
    void volumeFlagsGiveTheCliVolumeInfoInItsKeyOrder(String name, List<String> flags, String volumeInfo) {
        List<String> words = new ArrayList<>(List.of("1", "--image", "img"));
        words.addAll(flags);
        WireJson.assertSameAsCli(body(words), CliBody.with("{'image': 'img', 'volume_info': " + volumeInfo + "}"));
    }

    static Stream<Arguments> volumeErrors() {
        return Stream.of(
                Arguments.of("size without create", w("--volume-size", "50"), "--volume-size"),
                Arguments.of(
                        "size with link",
                        w("--link-volume", "7", "--mount-path", "/d", "--volume-size", "5"),
                        "--volume-size"),
                Arguments.of("label without create", w("--volume-label", "x"), "--volume-label"),
                Arguments.of("create without mount path", w("--create-volume", "5"), "--mount-path"),
                Arguments.of("link without mount path", w("--link-volume", "5"), "--mount-path"),
                Arguments.of("mount path without a volume", w("--mount-path", "/d"), "--mount-path"),
                Arguments.of("double slash mount path", w("--link-volume", "5", "--mount-path", "//d"), "//d"),
                Arguments.of("root mount path", w("--link-volume", "5", "--mount-path", "/"), "'/'"),
                Arguments.of("empty segment", w("--link-volume", "5", "--mount-path", "/a//b"), "/a//b"),
                Arguments.of("volume id not a number", w("--link-volume", "x", "--mount-path", "/d"), "--link-volume"),
                Arguments.of(
                        "size not a number",
                        w("--create-volume", "5", "--mount-path", "/d", "--volume-size", "big"),
                        "--volume-size"),
                Arguments.of(
                        "both create and link",
                        w("--create-volume", "5", "--link-volume", "6", "--mount-path", "/d"),
                        "--link-volume"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("volumeErrors")
    void badVolumeFlagsAreProblems(String name, List<String> flags, String mentioned) {
        List<String> words = new ArrayList<>(List.of("1", "--image", "img"));
        words.addAll(flags);
        assertThat(problem(words).describe()).contains(mentioned);
    }

    static Stream<Arguments> validation() {
        return Stream.of(
                Arguments.of("disk below 8", w("1", "--image", "img", "--disk", "7.9"), "disk"),
                Arguments.of("disk zero", w("1", "--image", "img", "--disk", "0"), "disk"),
                Arguments.of("price below 0.001", w("1", "--image", "img", "--bid_price", "0.0009"), "price"),
                Arguments.of("price zero", w("1", "--image", "img", "--bid_price", "0"), "price"),
                Arguments.of("price above 128", w("1", "--image", "img", "--bid_price", "128.01"), "price"),
                Arguments.of("label over 256", w("1", "--image", "img", "--label", "l".repeat(257)), "label"),
                Arguments.of("image over 1024", w("1", "--image", "i".repeat(1025)), "image"),
                Arguments.of("image with a space", w("1", "--image", "my image"), "image"),
                Arguments.of("no image and no template", w("1"), "image"),
                Arguments.of(
                        "onstart and args over 4096",
                        w("1", "--image", "img", "--onstart-cmd", "o".repeat(4000), "--args", "a".repeat(97)),
                        "onstart"),
                Arguments.of(
                        "onstart alone over 4096",
                        w("1", "--image", "img", "--onstart-cmd", "o".repeat(4097)),
                        "onstart"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validation")
    void outOfLimitValuesAreBlockingProblemsAtTheirField(String name, List<String> words, String field) {
        assertThat(blocking(words)).extracting(Problem::field).contains(field);
    }

    static Stream<Arguments> limits() {
        return Stream.of(
                Arguments.of("disk exactly 8", w("1", "--image", "img", "--disk", "8")),
                Arguments.of("price exactly 0.001", w("1", "--image", "img", "--bid_price", "0.001")),
                Arguments.of("price exactly 128", w("1", "--image", "img", "--bid_price", "128")),
                Arguments.of("label exactly 256", w("1", "--image", "img", "--label", "l".repeat(256))),
                Arguments.of("image exactly 1024", w("1", "--image", "i".repeat(1024))),
                Arguments.of(
                        "onstart and args exactly 4096",
                        w("1", "--image", "img", "--onstart-cmd", "o".repeat(4000), "--args", "a".repeat(96))),
                Arguments.of("template instead of image", w("1", "--template_hash", "h")),
                Arguments.of("image with registry, tag and digest", w("1", "--image", "ghcr.io/a/b:1.0@sha256:ab")));
    }

    @ParameterizedTest(name = "{0} is allowed")
    @MethodSource("limits")
    void valuesAtTheLimitsAreAllowed(String name, List<String> words) {
        assertThat(blocking(words)).isEmpty();
        assertThat(draft(words).toRequest().toWireBody()).containsEntry("client_id", "me");
    }

    @Test
    void draftWithABlockingProblemRefusesToBuildARequest() {
        LaunchDraft d = draft(w("1", "--image", "img", "--disk", "5"));
        org.assertj.core.api.Assertions.assertThatThrownBy(d::toRequest)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("disk");
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of("no offer id", w("--image", "img"), "offer id"),
                Arguments.of("two offer ids", w("1", "2", "--image", "img"), "1 2"),
                Arguments.of("offer id not a number", w("abc", "--image", "img"), "whole number"),
                Arguments.of("offer id zero", w("0", "--image", "img"), "whole number"),
                Arguments.of("disk not a number", w("1", "--image", "img", "--disk", "big"), "--disk"),
                Arguments.of("bid price not a number", w("1", "--image", "img", "--bid_price", "cheap"), "--bid_price"),
                Arguments.of("option without value", w("1", "--image"), "--image"),
                Arguments.of("unknown option", w("1", "--image", "img", "--gpus", "2"), "--gpus"),
                Arguments.of("flag given a value", w("1", "--image", "img", "--ssh=yes"), "--ssh"),
                Arguments.of("env token without =", w("1", "--image", "img", "--env", "-e NOEQUALS"), "col 4"),
                Arguments.of("env --env inside", w("1", "--image", "img", "--env", "--env A=1"), "col 1"),
                Arguments.of("env glued flag", w("1", "--image", "img", "--env", "-eA=1"), "col 1"),
                Arguments.of("env host ip port", w("1", "--image", "img", "--env", "-p 127.0.0.1:80:80"), "col 4"),
                Arguments.of("env port out of range", w("1", "--image", "img", "--env", "-p 70000:70000"), "col 4"),
                Arguments.of("env volume with space", w("1", "--image", "img", "--env", "-v /a b:/c"), "col 7"),
                Arguments.of("env bad network", w("1", "--image", "img", "--env", "-n My_Net"), "col 4"),
                Arguments.of("env flag at the end", w("1", "--image", "img", "--env", "-e A=1 -e"), "col 8"),
                Arguments.of("env unclosed quote", w("1", "--image", "img", "--env", "-e A='x"), "col 6"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void badCommandLinesAreProblemsNamingTheCulprit(String name, List<String> words, String mentioned) {
        assertThat(problem(words).describe()).contains(mentioned);
    }

    @Test
    void envProblemListsEveryBadToken() {
        String message = problem(w("1", "--image", "img", "--env", "-e NOEQUALS -eA=1 -e OK=1 -p x"))
                .describe();
        assertThat(message).contains("col 4 'NOEQUALS'", "col 13 '-eA=1'", "col 30 'x'");
    }

    @Test
    void templateWithJupyterAndArgsIsNotAnErrorAsTheCliSkipsTheCheck() {
        Map<String, Object> b = body(w("1", "--template_hash", "h", "--jupyter", "--args", "x"));
        assertThat(b).doesNotContainKey("runtype").containsEntry("args", List.of("x"));
    }

    @Test
    void directWithoutSshOrJupyterWarns() {
        CreateInstanceCommand.Result r =
                CreateInstanceCommand.parse(w("1", "--image", "img", "--direct"), CreateInstanceCommandTest::noFiles);
        assertThat(Objects.requireNonNull(r.args()).warnings())
                .singleElement()
                .asString()
                .contains("--direct");
    }

    @Test
    void pathIsTheAskOfTheOffer() {
        assertThat(draft(w("98765", "--image", "img")).toRequest().path()).isEqualTo("/api/v0/asks/98765/");
    }
}
