package dev.vastlaunch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class WireJsonTest {
    @Test
    void nullsInsideMapsAreWrittenAndKeyOrderIsKept() {
        Map<String, @Nullable Object> body = new LinkedHashMap<>();
        body.put("zeta", null);
        body.put("alpha", Arrays.asList(1, 2.5, "x", null, false));
        body.put("n", Long.MAX_VALUE);
        assertThat(WireJson.write(body))
                .isEqualTo("{\"zeta\":null,\"alpha\":[1,2.5,\"x\",null,false],\"n\":9223372036854775807}");
    }

    @Test
    void aValueThatIsNotJsonIsAProgrammingError() {
        assertThatThrownBy(() -> WireJson.write(Map.of("when", new Object())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot write a java.lang.Object as JSON");
        assertThatThrownBy(() -> WireJson.write(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
