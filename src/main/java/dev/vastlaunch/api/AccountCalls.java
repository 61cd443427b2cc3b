package dev.vastlaunch.api;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.vastlaunch.api.dto.LogsReply;
import dev.vastlaunch.api.dto.StatusReply;
import dev.vastlaunch.api.dto.UserReply;
import dev.vastlaunch.launch.Account;
import dev.vastlaunch.offers.Outcome;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Runs the account call ({@code GET /users/current/}), reboot and logs. Logs are two steps as in the official CLI:
 * {@code PUT /instances/request_logs/ID/} returns a {@code result_url}, which is fetched without the key until it
 * answers 200 (up to {@value #LOG_TRIES} tries, {@code logPause} apart).
 */
final class AccountCalls {
    static final String USER = "/api/v0/users/current/";
    static final int LOG_TRIES = 30;

    private final Transport transport;
    private final BaseUrl base;
    private final OkHttpClient http;
    private final Duration logPause;
    private final JsonAdapter<UserReply> user;
    private final JsonAdapter<LogsReply> logs;
    private final JsonAdapter<StatusReply> status;

    AccountCalls(Transport transport, BaseUrl base, OkHttpClient http, Moshi moshi, Duration logPause) {
        this.transport = transport;
        this.base = base;
        this.http = http;
        this.logPause = logPause;
        this.user = LazyAdapter.of(moshi, UserReply.class);
        this.logs = LazyAdapter.of(moshi, LogsReply.class);
        this.status = LazyAdapter.of(moshi, StatusReply.class);
    }

    Outcome<Account> account() {
        return transport.call(new Request.Builder().url(base.url(USER)).build(), user, reply -> {
            if (reply.credit() == null) {
                return transport.failed(Transport.unexpected("GET " + USER, "no \"credit\" in the answer"));
            }
            double balance = reply.balance() == null ? 0 : reply.balance();
            return new Outcome.Ok<>(new Account(reply.credit(), balance, reply.email()));
        });
    }

    /**
     * Runs {@code PUT /api/v0/instances/reboot/ID/} with {@code {}}, at most once: a repeat would reboot the instance
     * again, in the middle of what the user started after the first one.
     */
    Outcome<Boolean> reboot(long id) {
        Request request = new Request.Builder()
                .url(base.url("/api/v0/instances/reboot/" + positive(id) + "/"))
                .put(Bodies.json("{}"))
                .build();
        return transport.callAtMostOnce(request, status, reply -> new Outcome.Ok<>(true));
    }

    Outcome<String> logs(long id, int tail) {
        Request request = new Request.Builder()
                .url(base.url("/api/v0/instances/request_logs/" + positive(id) + "/"))
                .put(Bodies.json(WireJson.write(Map.of("tail", Integer.toString(tail)))))
                .build();
        Outcome<String> where = transport.call(
                request,
                logs,
                reply -> reply.resultUrl() == null
                        ? transport.failed(Transport.unexpected("PUT request_logs", "no \"result_url\" in the answer"))
                        : new Outcome.Ok<>(reply.resultUrl()));
        if (!(where instanceof Outcome.Ok<String> ok)) {
            return where;
        }
        return fetch(ok.value());
    }

    /** Fetches the prepared log text; the link is a capability URL on another host, so the key is not sent. */
    private Outcome<String> fetch(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            return transport.failed("the server sent a log link that is not a URL");
        }
        Request request = new Request.Builder()
                .url(parsed)
                .tag(AuthInterceptor.NoKey.class, AuthInterceptor.NoKey.INSTANCE)
                .build();
        for (int i = 1; i <= LOG_TRIES; i++) {
            try {
                RawReply reply = Transport.send(http, request);
                if (reply.status() == 200) {
                    return new Outcome.Ok<>(reply.body());
                }
                if (reply.status() != 404 && reply.status() != 403) {
                    return transport.failed("the log link answered HTTP " + reply.status());
                }
            } catch (IOException e) {
                return transport.failed("could not fetch the logs: " + e.getMessage());
            }
            try {
                Thread.sleep(logPause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return transport.failed("interrupted while waiting for the logs");
            }
        }
        return transport.failed("the logs were not ready after " + LOG_TRIES + " tries");
    }

    private static long positive(long id) {
        if (id <= 0) {
            throw new IllegalArgumentException("instance id <= 0: " + id);
        }
        return id;
    }
}
