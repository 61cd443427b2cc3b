package dev.vastlaunch.sim;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Is the Vast API simulator: a real HTTP server on 127.0.0.1 that answers like {@code console.vast.ai}.
 *
 * <p>Start it with {@link #start(SimOptions)}, point a client at {@link #baseUrl()} with {@link #apiKey()},
 * and close it when done. The offer catalog is generated in the background; the first search waits for it.
 */
public final class SimServer implements AutoCloseable {
    /** Is the most requests served at once; each stalled client holds one thread until its deadline. */
    private static final int MAX_THREADS = 256;
    /** The longest close() waits for a request still writing the demo account. */
    private static final long CLOSE_WAIT_MILLIS = 2_000;
    /** Is the property of the JDK server that closes a connection whose request is not read in time (seconds). */
    static final String MAX_REQUEST_SECONDS_PROPERTY = "sun.net.httpserver.maxReqTime";
    /** Is how long a client may take to send a whole request, in seconds, unless the property says otherwise. */
    static final String MAX_REQUEST_SECONDS = "5";

    static {
        // The JDK server reads this once, when its first instance is made; without it a client that stops
        // sending its body holds a worker thread forever.
        if (System.getProperty(MAX_REQUEST_SECONDS_PROPERTY) == null) {
            System.setProperty(MAX_REQUEST_SECONDS_PROPERTY, MAX_REQUEST_SECONDS);
        }
    }

    private static final String WARM_UP_SEARCH =
            "{\"verified\": {\"eq\": true}, \"num_gpus\": {\"gte\": \"1\"}, \"order\": [[\"dph_total\", \"asc\"]],"
                    + " \"limit\": 10}";

    private final HttpServer http;
    private final ExecutorService executor;
    private final SimOptions options;
    private final Market market;
    private final InstanceStore store;
    private final FaultPlan faults;
    private final TemplateStore templates = new TemplateStore();
    private final SimStats stats = new SimStats();
    /** The demo account kept in a file, or null when the simulator's account lives in memory only. */
    private final @Nullable SimState account;

    private SimServer(SimOptions options) throws IOException {
        this.options = options;
        this.market =
                new Market(options.seed(), options.offerCount(), options.clock().millis() / 1000.0);
        this.store = new InstanceStore(
                options.clock(),
                options.loadingAfter().toMillis(),
                options.runningAfter().toMillis());
        this.faults = new FaultPlan(id -> market.take(id), options.seed());
        applyOptionFaults();
        AccountFile accountFile = options.accountFile();
        SimState account = accountFile == null
                ? null
                : new SimState(accountFile, options.seed(), options.offerCount(), store, market, templates);
        this.account = account;
        CreateHandler create =
                new CreateHandler(market, templates, store, faults, stats, options.clock(), options.seed());
        InstanceActions actions = new InstanceActions(store, this::baseUrl, options.apiKey());
        Launcher launcher = new Launcher(create, market, options.clock());
        Routes routes = new Routes(market, store, templates, create, actions, launcher, options.clock());
        Admin admin = new Admin(faults, stats, market, this::reset);
        this.executor =
                new ThreadPoolExecutor(4, MAX_THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), daemonThreads());
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 128);
        Api api = new Api(routes, admin, faults, stats, options.apiKey());
        http.createContext("/", exchange -> {
            if (account == null) {
                api.handle(exchange);
                return;
            }
            try {
                account.around(() -> {
                    try {
                        api.handle(exchange);
                        return null;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
        http.setExecutor(executor);
        http.start();
    }

    /**
     * Runs one search in the background once the catalog exists, so that a long-running server's first client does
     * not pay class loading and the interpreter's first pass (about 100 ms of CPU on a cold JVM). The standalone
     * server asks for it; the in-process demo server does not: its first real search comes as the catalog is done,
     * and the two ran side by side on the same two cores.
     */
    public void warmUp() {
        executor.execute(this::warmUpSearch);
    }

    private void warmUpSearch() {
        try {
            OfferSearch.run(
                    JsonIn.object(WARM_UP_SEARCH), market, options.clock().millis() / 1000.0);
        } catch (RuntimeException e) {
            // Only an optimisation: a failure here shows up again, and is reported, on the first real search.
        }
    }

    /** Starts a simulator and returns once it is listening; catalog generation continues in the background. */
    public static SimServer start(SimOptions options) throws IOException {
        return new SimServer(options);
    }

    /** Returns the base URL to use as {@code VAST_URL}, e.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** Returns the port the server listens on. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** Returns the API key the server accepts. */
    public String apiKey() {
        return options.apiKey();
    }

    /** Returns the options the server was started with. */
    public SimOptions options() {
        return options;
    }

    /** Returns the fault switches, which take effect on the next request. */
    public FaultPlan faults() {
        return faults;
    }

    /** Returns the request and create counters. */
    public SimStats stats() {
        return stats;
    }

    /** Returns how long generating the catalog took in ms, waiting for it if still running. */
    public double catalogGenerationMillis() {
        return market.generationMillis();
    }

    /** Returns the CPU time catalog generation used in ms, or -1 when the JVM cannot tell. */
    public double catalogGenerationCpuMillis() {
        return market.generationCpuMillis();
    }

    /** Returns the number of offers not yet rented, waiting for the catalog if needed. */
    public int offersAvailable() {
        return market.availableCount();
    }

    /** Clears faults (back to the start options), instances, own templates, rented offers and counters. */
    public void reset() {
        faults.clear();
        applyOptionFaults();
        market.reset();
        store.reset();
        templates.reset();
        stats.reset();
    }

    /**
     * Stops listening, waits for a request still writing the demo account (its answer went out first, and the app
     * closes the simulator, then ends, as soon as it has the answer), and ends the worker threads.
     */
    @Override
    public void close() {
        http.stop(0);
        if (account != null) {
            account.awaitIdle(CLOSE_WAIT_MILLIS);
        }
        executor.shutdownNow();
    }

    private void applyOptionFaults() {
        faults.latencyMs(options.latencyMs());
        faults.failRate(options.failRate());
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "vast-sim-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
