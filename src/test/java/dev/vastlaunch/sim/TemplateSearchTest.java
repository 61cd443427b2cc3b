package dev.vastlaunch.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    void aCreatedTemplateIsSearchableEditableUsableAndDeletable() {
        String body =
                "{\"name\": \"my-llm\", \"image\": \"vllm/vllm-openai\", \"tag\": \"v1\", \"env\": \"-e A=1 -p 8000:8000\","
                        + " \"runtype\": \"ssh\", \"ssh_direct\": true, \"recommended_disk_space\": \"30\", \"private\": true}";
        SimHttp.Reply created = http.send("POST", "/api/v0/template/", body, true);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat((String) created.json().get("msg")).startsWith("Template Created Successfully! New Template ID: ");
        @SuppressWarnings("unchecked")
        Map<String, Object> summary =
                (Map<String, Object>) Objects.requireNonNull(created.json().get("template"));
        String hash = (String) Objects.requireNonNull(summary.get("hash_id"));

        assertThat(search(Map.of("name", Map.of("eq", "my-llm"))).list("templates"))
                .singleElement()
                .satisfies(t -> assertThat(t)
                        .containsEntry("private", true)
                        .containsEntry("recommended_disk_space", 30.0)
                        .containsEntry("env", "-e A=1 -p 8000:8000"));

        SimHttp.Reply edited = http.send(
                "PUT",
                "/api/v0/template/",
                body.replace("\"tag\": \"v1\"", "\"tag\": \"v2\", \"hash_id\": \"" + hash + "\""),
                true);
        assertThat(edited.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> after =
                (Map<String, Object>) Objects.requireNonNull(edited.json().get("template"));
        assertThat(after.get("id")).isEqualTo(summary.get("id"));
        assertThat(after.get("hash_id")).isNotEqualTo(hash);

        Object offer = http.search(Map.of("rentable", Map.of("eq", true), "limit", 1))
                .offers()
                .get(0)
                .get("id");
        SimHttp.Reply launched = http.send(
                "PUT",
                "/api/v0/asks/" + Values.text(Objects.requireNonNull(offer)) + "/",
                "{\"template_hash_id\": \"" + after.get("hash_id") + "\"}",
                true);
        assertThat(launched.status()).as(launched.body()).isEqualTo(200);

        String delete = "{\"hash_id\": \"" + after.get("hash_id") + "\"}";
        assertThat(http.send("DELETE", "/api/v0/template/", delete, true).status())
                .isEqualTo(200);
        assertThat(http.send("DELETE", "/api/v0/template/", delete, true).status())
                .isEqualTo(404);
        assertThat(search(Map.of("name", Map.of("eq", "my-llm"))).list("templates"))
                .isEmpty();
    }

    @Test
    void aTemplateWithoutAnImageIsRejected() {
        SimHttp.Reply r = http.send("POST", "/api/v0/template/", "{\"name\": \"x\"}", true);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json()).containsEntry("error", "invalid_args");
    }

    @Test
    void selectColsLimitsTheFields() {
        SimHttp.Reply r = http.get("/api/v0/template/?select_cols=" + SimHttp.q(List.of("name", "hash_id")));

        assertThat(r.list("templates")).allSatisfy(t -> assertThat(t).containsOnlyKeys("name", "hash_id"));
    }
}
