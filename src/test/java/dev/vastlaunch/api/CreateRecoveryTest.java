package dev.vastlaunch.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.api.dto.InstanceDto;
import dev.vastlaunch.launch.EnvSpec;
import dev.vastlaunch.launch.LaunchRequest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreateRecoveryTest {
    private static final double SENT = 1_785_000_000.0;

    private static InstanceDto instance(
            @Nullable String image, @Nullable String hash, @Nullable String label, @Nullable Double start) {
        return new InstanceDto(
                9L, null, null, null, label, image, null, hash, null, null, null, null, null, null, null, null, null,
                null, start, null, null, null, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "same image, started after the send       | img:1 | - | -   | img:1                  | -  | -   | 1785000002 | true",
                "within the clock-skew allowance          | img:1 | - | -   | img:1                  | -  | -   | 1784999900 | true",
                "started before the send, minus skew      | img:1 | - | -   | img:1                  | -  | -   | 1784999870 | false",
                "no start date yet                        | img:1 | - | -   | img:1                  | -  | -   | -          | true",
                "other image                              | img:1 | - | -   | img:2                  | -  | -   | 1785000002 | false",
                "docker.io and :latest are the same image | ubuntu| - | -   | docker.io/library/ubuntu:latest | - | - | 1785000002 | true",
                "labelled instance, unlabelled request    | img:1 | - | -   | img:1                  | -  | box | 1785000002 | false",
                "same label                               | img:1 | - | box | img:1                  | -  | box | 1785000002 | true",
                "other label                              | img:1 | - | box | img:1                  | -  | tub | 1785000002 | false",
                "template hash agrees, image unknown      | -     | h | -   | vastai/pytorch:2       | h  | -   | 1785000002 | true",
                "template hash differs                    | -     | h | -   | vastai/pytorch:2       | h2 | -   | 1785000002 | false",
                "nothing positively agrees                | -     | h | -   | vastai/pytorch:2       | -  | -   | 1785000002 | false"
            })
    void anInstanceMatchesOnlyWhenNewAndNothingContradictsAndSomethingAgrees(
            String rule,
            @Nullable String image,
            @Nullable String hash,
            @Nullable String label,
            @Nullable String seenImage,
            @Nullable String seenHash,
            @Nullable String seenLabel,
            @Nullable Double start,
            boolean matches) {
        LaunchRequest request = CreateCallTest.launch(image, hash, label, EnvSpec.EMPTY);
        assertThat(CreateRecovery.matches(request, instance(seenImage, seenHash, seenLabel, start), SENT))
                .as(rule)
                .isEqualTo(matches);
    }
}
