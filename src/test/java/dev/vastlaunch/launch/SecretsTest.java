package dev.vastlaunch.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one masking rule: secret-looking names, token-shaped values and long random strings; nothing else. */
class SecretsTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "HF_TOKEN",
                "API_TOKEN_2",
                "DB_PASSWD",
                "DB_PASSWORD",
                "PGPASS",
                "MYSQL_PWD",
                "AUTH_HEADER",
                "GOOGLE_APPLICATION_CREDENTIALS",
                "AWS_SECRET_ACCESS_KEY",
                "OPENAI_API_KEY",
                "ssh_private",
                "GH_PAT",
                "token"
            })
    void namesThatLookSecretAreMasked(String name) {
        assertThat(Secrets.isSecret(name, "v")).isTrue();
        assertThat(new EnvEntry.Variable(name, "v").isSecret()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"HF_HOME", "PATH", "CUDA_VISIBLE_DEVICES", "TZ", "PORTAL_CONFIG", "JUPYTER_DIR"})
    void ordinaryNamesWithOrdinaryValuesAreShown(String name) {
        assertThat(Secrets.isSecret(name, "/workspace/models:True")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "hf_aBcDeFgHiJkLmNoPqRsTuVwXyZ012345",
                "sk-proj-AbCdEfGhIjKlMnOpQrStUvWx",
                "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789",
                "AKIAIOSFODNN7EXAMPLE",
                "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk",
                "Xq7vR2mK9pL4wZ8nB3cT6yH1jF5dG0sAeU",
            })
    void tokenShapedValuesAreMaskedWhateverTheName(String value) {
        assertThat(Secrets.isSecret("SOMETHING", value)).isTrue();
        assertThat(Secrets.maskText("run --flag=" + value + " now")).isEqualTo("run --flag=*** now");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "pytorch/pytorch:2.1.0-cuda12.1-cudnn8-runtime",
                "0123456789abcdef0123456789abcdef",
                "localhost:1111:11111:/:Instance Portal|localhost:8080:18080:/:Jupyter",
                "THIS_IS_A_VERY_LONG_CONSTANT_NAME_2024",
                "/workspace/MyProject2024/checkpoints/Epoch12",
            })
    void ordinaryLongValuesAreNotMasked(String value) {
        assertThat(Secrets.looksSecret(value)).isFalse();
        assertThat(Secrets.maskText(value)).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "env API_TOKEN_2=abc DB_PASSWD=xyz HF_HOME=/w | env API_TOKEN_2=*** DB_PASSWD=*** HF_HOME=/w",
                "--env '-e \"HF_TOKEN=abc K\" -p 80:80' | --env '-e \"HF_TOKEN=***\" -p 80:80'",
                "--env '-e HF_TOKEN=\"abc K\" -e B=1' | --env '-e HF_TOKEN=*** -e B=1'",
                "env \"DB_PASSWORD=a b c\" X=1 | env \"DB_PASSWORD=***\" X=1",
                "GET https://user:pw@host/api | GET https://***@host/api",
                "A_KEY= B=2 | A_KEY= B=2",
            })
    void textKeepsItsShapeAndLosesTheWholeSecretValue(String text, String masked) {
        assertThat(Secrets.maskText(text)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "-u me -p s3cret docker.io | -u me -p ### docker.io",
                "-u me --password s3cret ghcr.io | -u me --password ### ghcr.io",
                "-u me --password=s3cret ghcr.io | -u me --password=### ghcr.io",
                "-u me docker.io | -u me docker.io",
            })
    void aRegistryLoginLosesItsPasswordOnly(String login, String masked) {
        assertThat(Secrets.maskLogin(login, "###")).isEqualTo(masked);
    }
}
