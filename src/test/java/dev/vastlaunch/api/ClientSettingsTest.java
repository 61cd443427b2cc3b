package dev.vastlaunch.api;

import static dev.vastlaunch.api.ApiFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientSettingsTest {
    @StartStop
    public final MockWebServer server = new MockWebServer();

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"http://console.vast.ai", "http://10.0.0.5:8080", "http://128.0.0.1", "http://localhost.evil.com"
            })
    void plainHttpToANonLoopbackHostIsRefused(String url) {
        assertThatThrownBy(() -> VastHttpClient.create(ClientSettings.defaults(url, "k", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("refusing plain http:// for ")
                .hasMessageContaining("use https://");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "http://127.0.0.1:8080",
                "http://127.1.2.3",
                "http://localhost:9/",
                "http://LOCALHOST",
                "http://[::1]:8080",
                "https://console.vast.ai",
                "https://console.vast.ai/",
                "  https://example.com/prefix//  "
            })
    void httpsAndLoopbackHttpAreAccepted(String url) {
        try (VastHttpClient client = VastHttpClient.create(ClientSettings.defaults(url, "k", "1"))) {
            assertThat(client.toString()).doesNotEndWith("/]");
        }
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(
            strings = {"console.vast.ai", "ftp://console.vast.ai", "", "https://console.vast.ai/?x=1", "https://h/#f"})
    void aUrlThatIsNotAServerRootIsRefused(String url) {
        assertThatThrownBy(() -> VastHttpClient.create(ClientSettings.defaults(url, "k", "1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trailingSlashesOfTheBaseUrlDoNotDoubleTheSlashInRequests() throws Exception {
        server.enqueue(json("{\"gpu_names\": []}"));
        String base = server.url("/prefix/").toString() + "/";
        try (VastHttpClient client = ApiFixtures.client(ApiFixtures.settings(base, null, null))) {
            client.gpuNames();
        }
        assertThat(server.takeRequest().getTarget()).isEqualTo("/prefix/api/v0/gpu_names/unique/");
    }

    @Test
    void zeroAttemptsAndNegativeDurationsAreProgrammingErrors() {
        ClientSettings ok = ClientSettings.defaults("https://console.vast.ai", null, "1");
        assertThatThrownBy(() -> ok.withRetries(0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxAttempts < 1: 0");
        assertThatThrownBy(() -> ok.withTimeouts(Duration.ofSeconds(-1), Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("connectTimeout < 0: PT-1S");
    }

    @Test
    void aBlankKeyMeansNoKey() {
        assertThat(ClientSettings.defaults("https://console.vast.ai", "  ", "1").apiKey())
                .isNull();
    }

    @Test
    void aVersionThatCannotGoIntoAHeaderIsRefused() {
        assertThatThrownBy(
                        () -> VastHttpClient.create(ClientSettings.defaults("https://console.vast.ai", null, "1 beta")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("user agent version");
    }
}
