package dev.vastlaunch.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.api.ClientSettings;
import dev.vastlaunch.api.VastHttpClient;
import dev.vastlaunch.api.WireJson;
import dev.vastlaunch.app.Ports;
import dev.vastlaunch.cli.Cli;
import dev.vastlaunch.cli.Confirmer;
import dev.vastlaunch.cli.GlobalOptions;
import dev.vastlaunch.command.CommandTable;
import dev.vastlaunch.launch.FileSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A server whose every string carries terminal escape sequences (clear screen, set title, OSC 52 clipboard write,
 * BEL, a C1 CSI): no output of a one-shot command passes one on raw, whatever the verb (tables, details, ssh line,
 * errors with the server's message, status messages, labels, template and GPU names).
 */
class HostileServerTest {
    /** Is what the server puts in front of every string it sends. */
    private static final String HOSTILE = "\\u001b[2J\\u001b]0;pwned\\u0007\\u001b]52;c;ZXZpbA==\\u0007\\u009b31m";

    @StartStop
    public final MockWebServer server = new MockWebServer();

    private static String fixture(String name) {
        try (InputStream in = HostileServerTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Returns {@code json} with the hostile prefix in every string value that is not a number. */
    private static String hostile(String json) {
        return json.replaceAll(":\\s*\"(?![0-9.+-]*\")", ": \"" + HOSTILE.replace("\\", "\\\\"));
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    private void serve() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String target = String.valueOf(request.getTarget());
                String method = request.getMethod();
                if (target.contains("/api/v0/bundles")) {
                    return json(200, hostile(fixture("offers.json")));
                }
                if (target.contains("/api/v0/template")) {
                    return json(200, hostile(fixture("templates.json")));
                }
                if (target.contains("/api/v0/asks/")) {
                    return json(400, hostile("{\"success\": false, \"error\": \"invalid_args\", \"msg\": \"no.\"}"));
                }
                if (target.matches(".*/instances/\\d+/.*") && "GET".equals(method)) {
                    String page = fixture("instances-page1.json");
                    String one = page.substring(page.indexOf("{\"id\""), page.indexOf("\n  {\"id\"", 10));
                    one = one.strip().replaceAll(",$", "");
                    return json(200, hostile("{\"instances\": " + one + "}"));
                }
                if (target.contains("/instances")) {
                    return json(200, hostile(fixture("instances-page1.json")));
                }
                return json(404, hostile("{\"success\": false, \"error\": \"not_found\", \"msg\": \"nothing\"}"));
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "show instances",
                "show instance 7835610",
                "ssh-url 7835610",
                "search offers num_gpus>=1",
                "search templates",
                "create instance 4242 --image ubuntu:22.04 --yes",
                "label instance 7835610 x",
                "show instances --raw"
            })
    void noServerStringReachesTheTerminalRaw(String command) {
        serve();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        VastHttpClient client = VastHttpClient.create(
                ClientSettings.defaults(server.url("/").toString().replaceAll("/$", ""), "k", "test"));
        Confirmer yes = new Confirmer() {
            @Override
            public boolean confirm(String question) {
                return true;
            }

            @Override
            public boolean canAsk() {
                return false;
            }
        };
        GlobalOptions g = Objects.requireNonNull(
                GlobalOptions.parse(Arrays.asList(command.split(" "))).options());
        new Cli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        CommandTable.standard(FileSource.none()),
                        FileSource.none(),
                        yes,
                        160,
                        new WireJson(),
                        argv -> new dev.vastlaunch.app.HandOff.Ended.Failed("no terminal in this test"))
                .run(g, () -> new Ports(client, client, client, new WireJson()));
        client.close();
        String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertThat(server.getRequestCount()).isPositive();
        assertThat(printed).isNotBlank();
        assertThat(printed.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\t'))
                .as("control characters in: %s", printed.replace("\u001b", "<ESC>"))
                .isEmpty();
    }
}
