package dev.vastlaunch;

import dev.vastlaunch.api.ClientSettings;
import dev.vastlaunch.api.VastHttpClient;
import dev.vastlaunch.api.WireJson;
import dev.vastlaunch.app.Ports;
import dev.vastlaunch.cli.GlobalOptions;
import dev.vastlaunch.config.ApiKeyResolver;
import dev.vastlaunch.config.Environment;
import dev.vastlaunch.config.KeyFileRead;
import dev.vastlaunch.config.KeySource;
import dev.vastlaunch.config.ServerUrl;
import dev.vastlaunch.config.SettingsFile;
import dev.vastlaunch.config.StateDir;
import dev.vastlaunch.sim.SimOptions;
import dev.vastlaunch.sim.SimServer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Returns the server the app talks to: the real API with the user's key, or, with no key anywhere, the built-in
 * simulator started in-process (demo mode); {@link #close()} stops both.
 *
 * @param description one line for a banner or stderr, e.g. {@code "demo: built-in simulator"}; never the key
 * @param colorOff whether the settings file turns colour off
 */
record Backend(
        Ports ports, VastHttpClient client, @Nullable SimServer sim, boolean demo, String description, boolean colorOff)
        implements AutoCloseable {

    /** The version sent in the user agent. */
    static final String VERSION = "0.1.0";

    /** Returns the backend for these options, or throws {@link UsageException} with a message for the user. */
    static Backend connect(GlobalOptions g, Environment env, PrintStream err) throws UsageException, IOException {
        List<String> warnings = new ArrayList<>();
        SettingsFile settings = SettingsFile.load(env, warnings);
        Optional<KeySource> key = ApiKeyResolver.resolveWith(givenKey(g), env, warnings);
        warnings.forEach(w -> err.println("warning: " + w));
        boolean urlGiven = g.url() != null || env.get("VAST_URL").isPresent() || settings.url() != null;
        if (g.demo() || (key.isEmpty() && !urlGiven)) {
            // The demo account lives in the state dir, so one-shot commands run one after another share it.
            Path account = StateDir.of(env).demoAccount();
            SimServer sim = SimServer.start(SimOptions.defaults().withStateFile(account));
            VastHttpClient client = VastHttpClient.create(settings(g, sim.baseUrl(), sim.apiKey(), err));
            return new Backend(
                    new Ports(client, client, client, new WireJson(), FileLibrary.of(env)),
                    client,
                    sim,
                    true,
                    "demo: no API key found, so vastlaunch runs against its built-in simulator (no real money)",
                    settings.colorOff());
        }
        ServerUrl.Result url = ServerUrl.choose(g.url(), env, settings.url());
        if (url.url() == null) {
            throw new UsageException(String.valueOf(url.problem()));
        }
        String apiKey = key.map(KeySource::key).orElse(null);
        VastHttpClient client;
        try {
            client = VastHttpClient.create(settings(g, url.url(), apiKey, err));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() == null ? "invalid server settings" : e.getMessage());
        }
        String source = key.map(KeySource::describe).orElse("no API key");
        return new Backend(
                new Ports(client, client, client, new WireJson(), FileLibrary.of(env)),
                client,
                null,
                false,
                url.url() + " · " + source,
                settings.colorOff());
    }

    /** Returns the key given on the command line: {@code --api-key-file} (read now) or {@code --api-key}. */
    private static @Nullable KeySource givenKey(GlobalOptions g) throws UsageException {
        String file = g.apiKeyFile();
        if (file == null) {
            String flag = g.apiKey();
            return flag == null || flag.isBlank() ? null : new KeySource(flag.strip(), "--api-key");
        }
        if (g.apiKey() != null) {
            throw new UsageException("give the key with --api-key-file or --api-key, not both");
        }
        KeyFileRead read = ApiKeyResolver.fromFile(file, System.in);
        if (read instanceof KeyFileRead.Refused refused) {
            throw new UsageException(refused.reason());
        }
        return ((KeyFileRead.Found) read).key();
    }

    private static ClientSettings settings(GlobalOptions g, String url, @Nullable String key, PrintStream err) {
        ClientSettings s = ClientSettings.defaults(url, key, VERSION);
        return g.explain() ? s.withLog(line -> err.println("http: " + line)) : s;
    }

    @Override
    public void close() {
        client.close();
        if (sim != null) {
            sim.close();
        }
    }

    /** Thrown when the user's settings cannot work (a bad URL, plain http to a remote host). */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
