package dev.vastlaunch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hardening seen from the command line: usage errors (exit 2, one line, nothing sent) instead of nulls or crashes. */
class DryRunHardeningTest {
    @Test
    void aNonFiniteNumberInTheQueryIsAUsageErrorWithItsColumn() {
        DryRunCreateTest.Run r = DryRunCreateTest.run(List.of("--dry-run", "search", "offers", "num_gpus>=1e999"));
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("col 11").contains("too large to send as a number");
    }

    @Test
    void aBodyKeyInTheQueryPointsToItsOption() {
        DryRunCreateTest.Run r = DryRunCreateTest.run(List.of("--dry-run", "search", "offers", "limit=5"));
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("col 1").contains("--limit");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void anOnstartDeviceIsAUsageErrorNotAnOutOfMemoryError() {
        DryRunCreateTest.Run r = DryRunCreateTest.create("1", "--image", "img", "--onstart", "/dev/zero");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("'/dev/zero' is not a regular file").doesNotContain("Exception");
    }

    @Test
    void anOfferIdInAnotherScriptsDigitsIsRefused() {
        DryRunCreateTest.Run r = DryRunCreateTest.create("١٢٣", "--image", "img");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).doesNotContain("/asks/");
    }

    @Test
    void anEnvNameTheEditorsRefuseIsRefusedHereToo() {
        DryRunCreateTest.Run r = DryRunCreateTest.create("1", "--image", "img", "--env", "-e 1ABC=x");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("'1ABC' is not a variable name");
    }

    @Test
    void theApiKeyOnTheCommandLineIsWarnedAboutOnceOnStderr() {
        DryRunCreateTest.Run r =
                DryRunCreateTest.run(List.of("--api-key", "k-123456789", "--dry-run", "search", "offers"));
        assertThat(r.code()).isZero();
        assertThat(r.err().lines().filter(l -> l.startsWith("warning: --api-key")))
                .singleElement()
                .asString()
                .contains("VAST_API_KEY")
                .contains("--api-key-file");
        assertThat(r.out() + r.err()).doesNotContain("k-123456789");
    }
}
