package dev.vastlaunch.api;

import com.squareup.moshi.Moshi;
import dev.vastlaunch.api.dto.Dtos;
import dev.vastlaunch.api.dto.ErrorReply;
import dev.vastlaunch.launch.Account;
import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.InstanceService;
import dev.vastlaunch.launch.LaunchRequest;
import dev.vastlaunch.launch.LaunchResult;
import dev.vastlaunch.launch.Submitter;
import dev.vastlaunch.launch.Template;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferQuery;
import dev.vastlaunch.offers.OfferSource;
import dev.vastlaunch.offers.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Talks to the Vast.ai REST API (reference/vast-api.md) over OkHttp, reading answers with Moshi.
 *
 * <p>Every method is blocking and never throws for I/O or HTTP errors: the answer, the server's refusal and
 * transport failures all come back as values, with the API key redacted from every message. Repeatable calls are
 * retried (see {@link ClientSettings}); a create is never resent once it may have reached the server (see
 * {@link #submit}). Thread-safe. Call {@link #close()} when done so OkHttp's threads and sockets go away at once.
 */
public final class VastHttpClient implements OfferSource, Submitter, InstanceService, AutoCloseable {
    private final OkHttpClient http;
    private final BaseUrl base;
    private final OfferCalls offers;
    private final InstanceCalls instances;
    private final CreateCall create;
    private final AccountCalls account;

    private VastHttpClient(
            OkHttpClient http,
            BaseUrl base,
            OfferCalls offers,
            InstanceCalls instances,
            CreateCall create,
            AccountCalls account) {
        this.http = http;
        this.base = base;
        this.offers = offers;
        this.instances = instances;
        this.create = create;
        this.account = account;
    }

    /**
     * Returns a client for {@code settings}.
     *
     * @throws IllegalArgumentException when the base URL is not http(s), is plain http to a non-loopback host, or the
     *     key or version cannot be sent in a header; the message is fit for a usage error and never holds the key
     */
    public static VastHttpClient create(ClientSettings settings) {
        return create(settings, Clock.systemUTC());
    }

    static VastHttpClient create(ClientSettings settings, Clock clock) {
        Redactor redactor = new Redactor(settings.apiKey());
        BaseUrl base = BaseUrl.parse(settings.baseUrl(), redactor);
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                // Our own loop decides every retry; OkHttp's silent retry could resend a create.
                .retryOnConnectionFailure(false)
                .addInterceptor(new UserAgentInterceptor(settings.userAgentVersion()))
                .addInterceptor(new AuthInterceptor(settings.apiKey()))
                .addNetworkInterceptor(new NoFollowUpInterceptor());
        if (base.root().startsWith("http:")) {
            // Plain http (only ever a loopback server: the simulator): without a TLS spec OkHttp skips loading the
            // platform trust store, the largest part of building a client (hundreds of ms of certificate parsing).
            builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        Consumer<String> log = settings.log();
        if (log != null) {
            builder.addInterceptor(new LoggingInterceptor(log, settings.apiKey()));
        }
        OkHttpClient http = builder.build();
        // A redirect would replay the create body to another URL: the create client shares pool and threads but
        // follows none.
        OkHttpClient noRedirects = http.newBuilder()
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
        Moshi moshi = Dtos.moshi();
        Failures failures = new Failures(base.host(), settings);
        ErrorBodies errors = new ErrorBodies(LazyAdapter.of(moshi, ErrorReply.class));
        Transport transport = new Transport(http, settings, failures, errors, redactor);
        InstanceCalls instances = new InstanceCalls(transport, base, moshi);
        CreateCall create = new CreateCall(noRedirects, transport, instances, base, moshi, clock, settings);
        AccountCalls account = new AccountCalls(transport, base, http, moshi, Duration.ofMillis(300));
        return new VastHttpClient(http, base, new OfferCalls(transport, base, moshi), instances, create, account);
    }

    /** Runs {@code POST /api/v0/bundles/} with {@link OfferQuery#toWire()} as the body. */
    @Override
    public Outcome<List<Offer>> search(OfferQuery query) {
        return offers.search(query);
    }

    @Override
    public Outcome<String> searchRaw(OfferQuery query) {
        return offers.searchRaw(query);
    }

    /** Runs {@code GET /api/v0/gpu_names/unique/}, without the API key. */
    @Override
    public Outcome<List<String>> gpuNames() {
        return offers.gpuNames();
    }

    /**
     * Runs {@code PUT /api/v0/asks/{id}/} at most once per established connection.
     *
     * <p>Returns {@code NotSent} only when no connection could be made; when the request may have reached the server
     * and its answer is lost or unreadable, the instance list is checked and the result is {@code Created} with
     * {@code recovered = true} or {@code Unknown}. A 429 or 5xx is {@code Rejected} and not retried.
     */
    @Override
    public LaunchResult submit(LaunchRequest request) {
        return create.submit(request);
    }

    /** Runs {@code GET /api/v1/instances/} page by page ({@value InstanceCalls#PAGE_SIZE} per page). */
    @Override
    public Outcome<List<Instance>> listInstances() {
        return instances.list();
    }

    @Override
    public Outcome<String> listRaw() {
        return instances.listRaw();
    }

    @Override
    public Outcome<String> showRaw(long id) {
        return instances.showRaw(id);
    }

    /** Runs {@code GET /api/v0/instances/{id}/?owner=me}; empty when the server says there is no such instance. */
    @Override
    public Outcome<Optional<Instance>> showInstance(long id) {
        return instances.show(id);
    }

    /** Runs {@code PUT /api/v0/instances/{id}/} with {@code {"state": "running"|"stopped"}}. */
    @Override
    public Outcome<Boolean> setRunning(long id, boolean running) {
        return instances.setRunning(id, running);
    }

    /** Runs {@code PUT /api/v0/instances/{id}/} with {@code {"label": label}}. */
    @Override
    public Outcome<Boolean> setLabel(long id, String label) {
        return instances.setLabel(id, label);
    }

    /** Runs {@code DELETE /api/v0/instances/{id}/} with body {@code {}}. */
    @Override
    public Outcome<Boolean> destroy(long id) {
        return instances.destroy(id);
    }

    /** Runs {@code PUT /api/v0/instances/reboot/{id}/} with body {@code {}}. */
    @Override
    public Outcome<Boolean> reboot(long id) {
        return account.reboot(id);
    }

    /** Runs {@code PUT /api/v0/instances/request_logs/{id}/}, then fetches its {@code result_url} without the key. */
    @Override
    public Outcome<String> logs(long id, int tail) {
        return account.logs(id, tail);
    }

    /** Runs {@code GET /api/v0/users/current/}. */
    @Override
    public Outcome<Account> account() {
        return account.account();
    }

    /** Runs {@code GET /api/v0/template/} with {@code select_cols=["*"]} and the filters. */
    @Override
    public Outcome<List<Template>> searchTemplates(Map<String, Map<String, @Nullable Object>> filters) {
        return instances.searchTemplates(filters);
    }

    /** Releases OkHttp's threads and pooled connections, so a one-shot command can exit at once; safe to call twice. */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /** Returns how many connections OkHttp holds open; lets tests check {@link #close()}. */
    int openConnections() {
        return http.connectionPool().connectionCount();
    }

    @Override
    public String toString() {
        return "VastHttpClient[" + base.root() + "]";
    }
}
