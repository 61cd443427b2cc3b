package dev.vastlaunch.api.dto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DtosTest {
    private final JsonAdapter<TemplateDto> templates = Dtos.moshi().adapter(TemplateDto.class);
    private final JsonAdapter<InstanceDto> instances = Dtos.moshi().adapter(InstanceDto.class);

    @ParameterizedTest(name = "recommended_disk_space {0}")
    @CsvSource(
            delimiter = '|',
            value = {"16|16.0", "16.5|16.5", "\"16\"|16.0", "\" 8.0 \"|8.0"})
    void aNumberMayArriveAsANumberOrAsAString(String wire, double expected) throws Exception {
        TemplateDto dto = templates.fromJson("{\"id\": 1, \"recommended_disk_space\": " + wire + "}");
        assertThat(dto).isNotNull();
        assertThat(dto.recommendedDiskSpace()).isEqualTo(expected);
    }

    @Test
    void anEmptyStringOrNullNumberIsUnknown() throws Exception {
        assertThat(templates
                        .fromJson("{\"id\": 1, \"recommended_disk_space\": \"\"}")
                        .recommendedDiskSpace())
                .isNull();
        assertThat(templates
                        .fromJson("{\"id\": 1, \"recommended_disk_space\": null}")
                        .recommendedDiskSpace())
                .isNull();
        assertThat(templates.fromJson("{\"id\": 1}").recommendedDiskSpace()).isNull();
    }

    @Test
    void aNumberThatIsNotANumberFailsWithItsPath() {
        assertThatThrownBy(() -> templates.fromJson("{\"id\": 1, \"recommended_disk_space\": \"lots\"}"))
                .isInstanceOf(JsonDataException.class)
                .hasMessage("Expected a number but was \"lots\" at path $.recommended_disk_space");
        assertThatThrownBy(() -> instances.fromJson("{\"id\": 1, \"ssh_port\": 1.5}"))
                .isInstanceOf(JsonDataException.class)
                .hasMessage("Expected an integer but was \"1.5\" at path $.ssh_port");
    }

    @ParameterizedTest(name = "use_ssh {0}")
    @CsvSource(
            delimiter = '|',
            value = {"true|true", "1|true", "0|false", "\"false\"|false", "\"1\"|true"})
    void flagsMayArriveAsBooleansNumbersOrStrings(String wire, boolean expected) throws Exception {
        assertThat(templates.fromJson("{\"id\": 1, \"use_ssh\": " + wire + "}").useSsh())
                .isEqualTo(expected);
    }

    @Test
    void aMissingIdIsAnErrorNotAZero() {
        assertThatThrownBy(() -> instances.fromJson("{\"label\": \"x\"}"))
                .isInstanceOf(JsonDataException.class)
                .hasMessageContaining("id");
    }

    @Test
    void hostPortsAreReadFromDockerBindingsAndOddShapesAreSkipped() {
        Map<String, Object> ports = Map.of(
                "22/tcp", List.of(Map.of("HostIp", "0.0.0.0", "HostPort", "41022")),
                "8080/tcp", List.of(Map.of("HostIp", "0.0.0.0", "HostPort", 41080.0)),
                "9000/tcp", List.of(),
                "9001/udp", "nonsense");
        assertThat(Dtos.hostPorts(ports)).isEqualTo(Map.of("22/tcp", List.of("41022"), "8080/tcp", List.of("41080")));
        assertThat(Dtos.hostPorts(null)).isEmpty();
        assertThat(Dtos.hostPorts(List.of())).isEmpty();
    }

    @Test
    void extraEnvIsReadFromPairsOrFromAnObject() {
        assertThat(Dtos.extraEnv(List.of(List.of("HF_HOME", "/w"), List.of("-p 8000:8000", "1"), List.of("odd"))))
                .containsExactly(Map.entry("HF_HOME", "/w"), Map.entry("-p 8000:8000", "1"));
        assertThat(Dtos.extraEnv(Map.of("A", "1"))).containsExactly(Map.entry("A", "1"));
        assertThat(Dtos.extraEnv(null)).isEmpty();
    }

    @Test
    void aTemplateEnvGivenAsAnObjectIsRenderedAsDockerOptions() throws Exception {
        TemplateDto dto =
                templates.fromJson("{\"id\": 3, \"env\": {\"A\": \"1\", \"-p 8000:8000\": \"1\", \"-h\": \"box\"}}");
        assertThat(Dtos.toTemplate(dto).env()).isEqualTo("-e A=1 -p 8000:8000 -h box");
    }
}
