package dev.vastlaunch.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids in ASCII digits only, and the env and jupyter-dir limits held by validate(), so every entry point has them. */
class LaunchHardeningTest {
    @ParameterizedTest(name = "[{index}] <{0}>")
    @ValueSource(strings = {"١٢٣", "１２３", "১২৩", "12３", "0", "-5", "99999999999999999999", "1e3", " "})
    void idsAreAsciiWholeNumbersOnly(String text) {
        assertThat(Ids.parse(text)).isEmpty();
    }

    @Test
    void anOfferIdInAnotherScriptIsAUsageProblem() {
        CreateInstanceCommand.Result r =
                CreateInstanceCommand.parse(List.of("١٢٣", "--image", "img"), FileSource.none());
        assertThat(r.args()).isNull();
        assertThat(Objects.requireNonNull(r.problem()).message()).isEqualTo("offer id must be a whole number");
    }

    private static List<String> problems(String... words) {
        List<String> all = new ArrayList<>(List.of("1", "--image", "img"));
        all.addAll(List.of(words));
        CreateInstanceCommand.Result r = CreateInstanceCommand.parse(all, FileSource.none());
        assertThat(r.problem()).isNull();
        return Objects.requireNonNull(r.args()).draft().validate().stream()
                .filter(Problem::blocking)
                .map(Problem::describe)
                .toList();
    }

    @Test
    void envNamesTheEditorsRefuseAreRefusedByValidate() {
        assertThat(problems("--env", "-e 1ABC=x"))
                .containsExactly("env: '1ABC' is not a variable name (ASCII letters, digits, _ . -; not starting with a"
                        + " digit)");
        assertThat(problems("--env", "-e é=1")).singleElement().asString().startsWith("env: 'é' is not a variable");
        assertThat(problems("--env", "-e A=b")).isEmpty();
    }

    @Test
    void envValuesWithControlCharactersAreRefusedWithoutShowingThem() {
        assertThat(problems("--env", "-e HF_TOKEN='a\u0007b'"))
                .containsExactly("env: HF_TOKEN has a control character (such as a newline) in its value");
    }

    @Test
    void anEnvEntryOverTheApisLimitIsRefused() {
        assertThat(problems("--env", "-e A=" + "x".repeat(254))).isEmpty();
        assertThat(problems("--env", "-e A=" + "x".repeat(255)))
                .containsExactly("env: A=... is 257 characters; the API takes at most 256 per entry");
    }

    @Test
    void aDraftBuiltInAnyWayIsCheckedTheSameWay() {
        LaunchDraft d = LaunchDraft.empty()
                .withImage("img")
                .putEnv(new EnvEntry.Variable("2X", "1"))
                .putEnv(new EnvEntry.Variable("A\nB", "1"));
        assertThat(d.validate().stream().map(Problem::describe))
                .contains("env: '2X' is not a variable name (ASCII letters, digits, _ . -; not starting with a digit)")
                .contains(
                        "env: 'A?B' is not a variable name (ASCII letters, digits, _ . -; not starting with a digit)");
    }

    @Test
    void aJupyterDirOver1024CharactersIsRefused() {
        assertThat(problems("--jupyter-dir", "/" + "d".repeat(1023))).isEmpty();
        assertThat(problems("--jupyter-dir", "/" + "d".repeat(1024)))
                .containsExactly("jupyter_dir: is 1025 characters; the limit is 1024");
    }
}
