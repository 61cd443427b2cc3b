package dev.vastlaunch.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** History never keeps the API key, registry logins or values of secret-looking variables. */
class HistoryMaskTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "env HF_TOKEN=hf_abc | env HF_TOKEN=***",
                "env HF_HOME=/w OPENAI_API_KEY=sk-1 | env HF_HOME=/w OPENAI_API_KEY=***",
                "env DB_PASSWORD='a b' | env DB_PASSWORD=***",
                "env MY_SECRET_THING=x | env MY_SECRET_THING=***",
                "search offers --api-key abc123 gpu_ram>=24 | search offers gpu_ram>=24",
                "search offers --api-key=abc123 | search offers",
                "create instance 1 --image a/b:1 --env '-e HF_TOKEN=abc -p 80:80' | create instance 1 --image a/b:1"
                        + " --env '-e HF_TOKEN=*** -p 80:80'",
                "create instance 1 --login '-u me -p pass docker.io' --image a/b:1 | create instance 1 --login ***"
                        + " --image a/b:1",
                "search offers gpu_name=RTX_4090 | search offers gpu_name=RTX_4090",
                "unset HF_TOKEN | unset HF_TOKEN",
                "create instance 1 --env '-e \"HF_TOKEN=abc K\"' | create instance 1 --env '-e \"HF_TOKEN=***\"'",
                "env API_TOKEN_2=abc DB_PASSWD=xyz | env API_TOKEN_2=*** DB_PASSWD=***",
                "search offers --api-key-file /k gpu_ram>=24 | search offers --api-key-file /k gpu_ram>=24",
            })
    void masksSecretsOnly(String line, String kept) {
        assertThat(HistoryMask.mask(line)).isEqualTo(kept);
    }
}
