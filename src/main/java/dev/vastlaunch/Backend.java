package dev.vastlaunch;

import dev.vastlaunch.api.ClientSettings;
import dev.vastlaunch.api.VastHttpClient;
import dev.vastlaunch.api.WireJson;
import dev.vastlaunch.app.Library;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Returns the server the app talks to: the real API with the user's key, or, with no key anywhere, the built-in
 * simulator started in-process (demo mode); {@link #close()} stops both.
 *
 * @param description one line for a banner or stderr, e.g. {@code "demo: built-in simulator"}; never the key
 * @param colorOff whether the settings file turns colour off
 * @param laterWarnings warnings that arose while running (the demo account's file), to print once the terminal is
 *     free: after a one-shot command's output, or after the screens close
 */
record Backend(
        Ports ports,
        VastHttpClient client,
        @Nullable SimServer sim,
        boolean demo,
        String description,
        boolean colorOff,
        Queue<String> laterWarnings)
        implements AutoCloseable {

    /** The version sent in the user agent. */
    static final String VERSION = "0.1.0";

    /** Returns the backend for these options, or throws {@link UsageException} with a message for the user. */
    static Backend connect(GlobalOptions g, Environment env, PrintStream err) throws UsageException, IOException {
        return plan(g, env, err).start();
    }

    /**
     * Returns what a start will talk to, decided from the flags, environment and files without starting anything
     * (no simulator, no HTTP client), or throws {@link UsageException} with a message for the user.
     */
    static Plan plan(GlobalOptions g, Environment env, PrintStream err) throws UsageException {
        List<String> warnings = new ArrayList<>();
        SettingsFile settings = SettingsFile.load(env, warnings);
        Optional<KeySource> key = ApiKeyResolver.resolveWith(givenKey(g), env, warnings);
        warnings.forEach(w -> err.println("warning: " + w));
        Consumer<String> log = g.explain() ? line -> err.println("http: " + line) : null;
        boolean urlGiven = g.url() != null || env.get("VAST_URL").isPresent() || settings.url() != null;
        if (g.demo() || (key.isEmpty() && !urlGiven)) {
            // The demo account lives in the state dir, so one-shot commands run one after another share it; every
            // request of the simulator runs under its lock, on the account as the file has it.
            Queue<String> later = new ConcurrentLinkedQueue<>();
            DemoAccountFile account = new DemoAccountFile(StateDir.of(env), later::add);
            account.checkWritable();
            later.forEach(w -> err.println("warning: " + w));
            later.clear();
            return new Plan(
                    null,
                    account,
                    later,
                    FileLibrary.of(env),
                    log,
                    "demo: no API key found, so vastlaunch runs against its built-in simulator (no real money)",
                    settings.colorOff());
        }
        ServerUrl.Result url = ServerUrl.choose(g.url(), env, settings.url());
        if (url.url() == null) {
            throw new UsageException(String.valueOf(url.problem()));
        }
        String apiKey = key.map(KeySource::key).orElse(null);
        String source = key.map(KeySource::describe).orElse("no API key");
        return new Plan(
                withLog(ClientSettings.defaults(url.url(), apiKey, VERSION), log),
                null,
                new ConcurrentLinkedQueue<>(),
                FileLibrary.of(env),
                log,
                url.url() + " · " + source,
                settings.colorOff());
    }

    /**
     * Returns what a start talks to: the real API ({@code server} set) or the built-in simulator keeping its account
     * in {@code demoAccount}; {@link #start()} does the slow part.
     *
     * @param later warnings that arise while running, printed once the terminal is free
     * @param library the presets and the launch history
     * @param log receives one line per request and answer ({@code --explain}), or null
     * @param description one line for a banner or stderr; never the key
     * @param colorOff whether the settings file turns colour off
     */
    record Plan(
            @Nullable ClientSettings server,
            @Nullable DemoAccountFile demoAccount,
            Queue<String> later,
            Library library,
            @Nullable Consumer<String> log,
            String description,
            boolean colorOff) {

        /** Returns whether this is demo mode (the built-in simulator). */
        boolean demo() {
            return server == null;
        }

        /**
         * Starts the simulator (demo mode) and the HTTP client; throws {@link UsageException} when the client
         * settings cannot work, {@link IOException} when the simulator cannot start.
         */
        Backend start() throws UsageException, IOException {
            ClientSettings real = server;
            if (real == null) {
                SimServer sim = SimServer.start(
                        demoAccount == null
                                ? SimOptions.defaults()
                                : SimOptions.defaults().withAccountFile(demoAccount));
                VastHttpClient client = VastHttpClient.create(
                        withLog(ClientSettings.defaults(sim.baseUrl(), sim.apiKey(), VERSION), log));
                return new Backend(
                        new Ports(client, client, client, new WireJson(), library),
                        client,
                        sim,
                        true,
                        description,
                        colorOff,
                        later);
            }
            VastHttpClient client;
            try {
                client = VastHttpClient.create(real);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage() == null ? "invalid server settings" : e.getMessage());
            }
            return new Backend(
                    new Ports(client, client, client, new WireJson(), library),
                    client,
                    null,
                    false,
                    description,
                    colorOff,
                    later);
        }
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

    private static ClientSettings withLog(ClientSettings s, @Nullable Consumer<String> log) {
        return log == null ? s : s.withLog(log);
    }

    /** Prints the warnings that arose while running, once. */
    void printLaterWarnings(PrintStream err) {
        for (String w = laterWarnings.poll(); w != null; w = laterWarnings.poll()) {
            err.println("warning: " + w);
        }
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
