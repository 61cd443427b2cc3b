package dev.vastlaunch.api;

import static dev.vastlaunch.api.ApiFixtures.fixture;
import static dev.vastlaunch.api.ApiFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.launch.Template;
import dev.vastlaunch.offers.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class TemplateSearchTest {
    @StartStop
    public final MockWebServer server = new MockWebServer();

    @Test
    void theFiltersGoIntoTheQueryStringEncodedLikeTheCliAndTemplatesAreMapped() throws Exception {
        server.enqueue(json(fixture("templates.json")));
        Map<String, Map<String, @Nullable Object>> filters = new LinkedHashMap<>();
        filters.put("name", Map.of("eq", "PyTorch"));
        filters.put("recommended", Map.of("eq", true));
        Outcome<List<Template>> outcome;
        try (VastHttpClient client = ApiFixtures.client(server)) {
            outcome = client.searchTemplates(filters);
        }
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget())
                .isEqualTo("/api/v0/template/?select_cols=%5B%22%2A%22%5D&select_filters="
                        + "%7B%22name%22%3A+%7B%22eq%22%3A+%22PyTorch%22%7D%2C+"
                        + "%22recommended%22%3A+%7B%22eq%22%3A+true%7D%7D");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + ApiFixtures.KEY);

        List<Template> templates = ((Outcome.Ok<List<Template>>) outcome).value();
        assertThat(templates).hasSize(2);
        Template pytorch = templates.get(0);
        assertThat(pytorch.hashId()).isEqualTo("c12d1f6eb3b5b2a14e7b3a9f1f4f7a8c");
        assertThat(pytorch.imageRef()).isEqualTo("vastai/pytorch:2.4.1-cuda-12.4.1-py311-22.04");
        assertThat(pytorch.env())
                .isEqualTo("-p 1111:1111 -p 8080:8080 -e OPEN_BUTTON_PORT=1111 -e DATA_DIRECTORY=/workspace/");
        assertThat(pytorch.runtype()).isEqualTo("jupyter");
        assertThat(pytorch.sshDirect()).isTrue();
        assertThat(pytorch.jupyterDir()).isNull();
        assertThat(pytorch.recommendedDiskGb()).isEqualTo(32.0);
        assertThat(pytorch.recommended()).isTrue();
        assertThat(pytorch.extraFilters())
                .isEqualTo(Map.of("cuda_max_good", Map.of("gte", 12.4), "verified", Map.of("eq", true)));
        assertThat(pytorch.description()).isEqualTo("PyTorch with Jupyter and SSH");

        Template mine = templates.get(1);
        assertThat(mine.recommendedDiskGb()).isEqualTo(16.5);
        assertThat(mine.imageRef()).isEqualTo("ghcr.io/me/comfy:0.3");
        assertThat(mine.argsStr()).isEqualTo("python main.py --listen");
        assertThat(mine.jupyterDir()).isEqualTo("/workspace");
        assertThat(mine.extraFilters()).isEmpty();
    }

    @Test
    void noFiltersSendsAnEmptyObjectAndNullsAreKept() throws Exception {
        server.enqueue(json("{\"success\": true, \"templates_found\": 0, \"templates\": []}"));
        server.enqueue(json("{\"success\": true, \"templates_found\": 0, \"templates\": []}"));
        Map<String, @Nullable Object> isNull = new LinkedHashMap<>();
        isNull.put("eq", null);
        try (VastHttpClient client = ApiFixtures.client(server)) {
            assertThat(client.searchTemplates(Map.of())).isEqualTo(new Outcome.Ok<>(List.of()));
            client.searchTemplates(Map.of("tag", isNull));
        }
        assertThat(server.takeRequest().getTarget())
                .isEqualTo("/api/v0/template/?select_cols=%5B%22%2A%22%5D&select_filters=%7B%7D");
        assertThat(server.takeRequest().getTarget())
                .endsWith("&select_filters=%7B%22tag%22%3A+%7B%22eq%22%3A+null%7D%7D");
    }
}
