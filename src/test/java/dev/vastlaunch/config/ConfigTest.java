package dev.vastlaunch.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
    @TempDir
    Path home;

    private Environment env(Map<String, String> vars) {
        return new Environment(vars, home);
    }

    @Test
    void theFlagWinsOverTheEnvironmentAndTheFiles() throws Exception {
        Files.createDirectories(home.resolve(".config/vastai"));
        Files.writeString(home.resolve(".config/vastai/vast_api_key"), "file-key-1111\n");
        List<String> warnings = new ArrayList<>();
        assertThat(ApiKeyResolver.resolve("flag-key-2222", env(Map.of("VAST_API_KEY", "env-key-3333")), warnings))
                .map(KeySource::origin)
                .contains("--api-key");
        assertThat(ApiKeyResolver.resolve(null, env(Map.of("VAST_API_KEY", "env-key-3333")), warnings))
                .map(KeySource::origin)
                .contains("VAST_API_KEY");
        assertThat(ApiKeyResolver.resolve(null, env(Map.of()), warnings))
                .map(KeySource::key)
                .contains("file-key-1111");
    }

    @Test
    void theLegacyFileIsTheLastResortAndNoKeyMeansDemo() throws Exception {
        List<String> warnings = new ArrayList<>();
        assertThat(ApiKeyResolver.resolve(null, env(Map.of()), warnings)).isEmpty();
        Files.writeString(home.resolve(".vast_api_key"), "legacy-4444");
        assertThat(ApiKeyResolver.resolve(null, env(Map.of()), warnings))
                .map(KeySource::key)
                .contains("legacy-4444");
    }

    @Test
    void aKeyFileReadableByOthersIsWarnedAboutAndTheKeyNeverDescribed() throws Exception {
        Path file = home.resolve(".vast_api_key");
        Files.writeString(file, "secret-key-abcd");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        List<String> warnings = new ArrayList<>();
        Optional<KeySource> key = ApiKeyResolver.resolve(null, env(Map.of()), warnings);
        assertThat(warnings).singleElement().asString().contains("chmod 600");
        assertThat(key.orElseThrow().describe())
                .isEqualTo("key …abcd from " + file)
                .doesNotContain("secret");
        assertThat(key.orElseThrow().toString()).doesNotContain("secret-key");
    }

    @Test
    void plainHttpIsRefusedExceptForLoopback() {
        assertThat(ServerUrl.check("http://127.0.0.1:8081")).isEmpty();
        assertThat(ServerUrl.check("http://localhost:8081")).isEmpty();
        assertThat(ServerUrl.check("http://example.com")).get().asString().contains("unencrypted");
        assertThat(ServerUrl.check("ftp://example.com")).isPresent();
        assertThat(ServerUrl.choose(null, env(Map.of())).url()).isEqualTo(ServerUrl.DEFAULT);
        assertThat(ServerUrl.choose(null, env(Map.of("VAST_URL", "https://x.test/")))
                        .url())
                .isEqualTo("https://x.test");
    }

    @Test
    void theSettingsFileGivesTheUrlAndColourAfterFlagsAndEnvironment() throws Exception {
        Path file = SettingsFile.path(env(Map.of()));
        Files.createDirectories(file.getParent());
        Files.writeString(file, "url=https://file.test\ncolor=false\nbogus=1\n");
        List<String> warnings = new ArrayList<>();
        SettingsFile s = SettingsFile.load(env(Map.of()), warnings);
        assertThat(s.url()).isEqualTo("https://file.test");
        assertThat(s.colorOff()).isTrue();
        assertThat(warnings).singleElement().asString().contains("bogus");
        assertThat(ServerUrl.choose(null, env(Map.of()), s.url()).url()).isEqualTo("https://file.test");
        assertThat(ServerUrl.choose(null, env(Map.of("VAST_URL", "https://env.test")), s.url())
                        .url())
                .isEqualTo("https://env.test");
        assertThat(ServerUrl.choose("https://flag.test", env(Map.of()), s.url()).url())
                .isEqualTo("https://flag.test");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"\\uZZZZ=1\n", "url=\u00ff"})
    void aSettingsFileThatCannotBeReadIsSetAsideWithOneWarningNamingIt(String content) throws Exception {
        Path file = SettingsFile.path(env(Map.of()));
        Files.createDirectories(file.getParent());
        Files.write(file, content.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        List<String> warnings = new ArrayList<>();
        SettingsFile s = SettingsFile.load(env(Map.of()), warnings);
        assertThat(s.url()).isNull();
        assertThat(warnings)
                .singleElement()
                .asString()
                .contains(file.toString())
                .contains("vastlaunch.properties.bad-");
        assertThat(file).doesNotExist();
        assertThat(SettingsFile.load(env(Map.of()), warnings).url()).isNull();
        assertThat(warnings).hasSize(1);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"ftp://user:KEY@127.0.0.1/", "https://user:KEY@console.vast.ai", "http://KEY@localhost:8080"})
    void aUrlWithUserInfoIsRefusedAndNeverShown(String url) {
        Optional<String> problem = ServerUrl.check(url);
        assertThat(problem).isPresent();
        assertThat(problem.get())
                .doesNotContain("KEY@")
                .doesNotContain("user:")
                .contains("***@")
                .contains("user name or key");
        assertThat(ServerUrl.choose(url, env(Map.of())).problem()).doesNotContain("KEY@");
    }

    @Test
    void theKeyFileOptionReadsTheFirstLineOfAFileOrStdin() throws Exception {
        Path file = home.resolve("k");
        Files.writeString(file, "file-key-5555\nsecond line\n");
        assertThat(ApiKeyResolver.fromFile(file.toString(), java.io.InputStream.nullInputStream()))
                .isEqualTo(new KeyFileRead.Found(new KeySource("file-key-5555", "--api-key-file " + file)));
        var stdin = new java.io.ByteArrayInputStream(
                "  stdin-key-6666 \nrest".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(ApiKeyResolver.fromFile("-", stdin))
                .isEqualTo(new KeyFileRead.Found(new KeySource("stdin-key-6666", "--api-key-file -")));
        assertThat(ApiKeyResolver.fromFile("-", java.io.InputStream.nullInputStream()))
                .isEqualTo(new KeyFileRead.Refused(
                        "--api-key-file: no key in the first line of --api-key-file - (stdin)"));
        assertThat(ApiKeyResolver.fromFile("/dev/zero", java.io.InputStream.nullInputStream()))
                .isEqualTo(new KeyFileRead.Refused("--api-key-file: '/dev/zero' is not a readable file"));
    }
}
