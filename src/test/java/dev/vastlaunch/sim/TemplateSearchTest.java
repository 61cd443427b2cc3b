package dev.vastlaunch.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TemplateSearchTest {
    private static SimServer server;
    private static SimHttp http;

    @BeforeAll
    static void start() throws IOException {
        server = SimServer.start(SimOptions.defaults().withOfferCount(10));
        http = new SimHttp(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static SimHttp.Reply search(Object filters) {
        return http.get(
                "/api/v0/template/?select_cols=" + SimHttp.q(List.of("*")) + "&select_filters=" + SimHttp.q(filters));
    }

    @Test
    void allTemplatesAreListedWithTheirCount() {
        SimHttp.Reply r = search(Map.of());

        assertThat(r.json()).containsEntry("success", true).containsEntry("templates_found", (double)
                Templates.ALL.size());
        assertThat(r.list("templates")).hasSizeGreaterThanOrEqualTo(8).allSatisfy(t -> {
            assertThat((String) t.get("hash_id")).matches("[0-9a-f]{32}");
            assertThat(t.get("env")).isInstanceOf(String.class);
            assertThat(t)
                    .containsKeys(
                            "id",
                            "name",
                            "image",
                            "tag",
                            "onstart",
                            "runtype",
                            "ssh_direct",
                            "jup_direct",
                            "use_ssh",
                            "jupyter_dir",
                            "use_jupyter_lab",
                            "recommended_disk_space",
                            "recommended",
                            "extra_filters",
                            "desc",
                            "creator_id",
                            "private",
                            "count_created",
                            "created_at",
                            "default_tag",
                            "href",
                            "repo");
        });
    }

    @Test
    void nameEqMatchesExactlyAndCombinesWithOtherFilters() {
        SimHttp.Reply r = search(Map.of("name", Map.of("eq", "Ollama"), "recommended", Map.of("eq", true)));

        assertThat(r.list("templates")).singleElement().satisfies(t -> {
            assertThat(t.get("name")).isEqualTo("Ollama");
            assertThat(t.get("image")).isEqualTo("ollama/ollama");
        });
        assertThat(search(Map.of("name", Map.of("eq", "ollama"))).list("templates"))
                .isEmpty();
    }

    @Test
    void numericStringFiltersWorkOnTemplatesToo() {
        List<Map<String, Object>> big =
                search(Map.of("recommended_disk_space", Map.of("gte", "50"))).list("templates");

        assertThat(big)
                .isNotEmpty()
                .allSatisfy(t ->
                        assertThat((Double) t.get("recommended_disk_space")).isGreaterThanOrEqualTo(50));
    }

    @Test
    void selectColsLimitsTheFields() {
        SimHttp.Reply r = http.get("/api/v0/template/?select_cols=" + SimHttp.q(List.of("name", "hash_id")));

        assertThat(r.list("templates")).allSatisfy(t -> assertThat(t).containsOnlyKeys("name", "hash_id"));
    }
}
