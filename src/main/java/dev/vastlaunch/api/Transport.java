package dev.vastlaunch.api;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import dev.vastlaunch.api.dto.ApiReply;
import dev.vastlaunch.api.dto.StatusReply;
import dev.vastlaunch.offers.Outcome;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Executes requests: one exchange at a time ({@link #send}), or a repeatable call with retries and error mapping
 * ({@link #call}).
 *
 * <p>A repeatable call is retried, after {@code initialBackoff * 1.5^(n-1)}, on 429, 502, 503, 504 and on any
 * transport failure, up to {@code maxAttempts} tries in total, all within one {@code callTimeout} (a deadline across
 * the tries, not a limit per try, so a slow server costs at most that long). Only requests that are safe to repeat may go through
 * {@link #call}; the create request uses {@link #send} and decides itself. Every message is redacted.
 */
final class Transport {
    static final Set<Integer> RETRY_STATUSES = Set.of(429, 502, 503, 504);
    private static final long NO_LIMIT = -1;

    private final OkHttpClient client;
    private final ClientSettings settings;
    private final Failures failures;
    private final ErrorBodies errors;
    private final Redactor redactor;

    Transport(OkHttpClient client, ClientSettings settings, Failures failures, ErrorBodies errors, Redactor redactor) {
        this.client = client;
        this.settings = settings;
        this.failures = failures;
        this.errors = errors;
        this.redactor = redactor;
    }

    /** Decides the outcome of a non-2xx answer; returns null to get the default {@link Outcome.Rejected}. */
    interface ErrorHandler<T> {
        @Nullable
        Outcome<T> handle(int status, ErrorBodies.Detail detail, int attempts);
    }

    /** Sends {@code request} once with {@code http} and reads the whole body; throws when no status line came back. */
    static RawReply send(OkHttpClient http, Request request) throws IOException {
        return send(http.newCall(request));
    }

    private static RawReply send(Call call) throws IOException {
        try (Response response = call.execute()) {
            try {
                return new RawReply(response.code(), response.body().string(), null);
            } catch (IOException e) {
                return new RawReply(response.code(), "", e);
            }
        }
    }

    /** Runs a repeatable call whose 2xx answer is read with {@code adapter} and turned into a value by {@code onOk}. */
    <R extends ApiReply, T> Outcome<T> call(Request request, JsonAdapter<R> adapter, Function<R, Outcome<T>> onOk) {
        return call(request, adapter, onOk, (status, detail, attempts) -> null);
    }

    /** Like {@link #call(Request, JsonAdapter, Function)}, with a say on non-2xx answers. */
    <R extends ApiReply, T> Outcome<T> call(
            Request request, JsonAdapter<R> adapter, Function<R, Outcome<T>> onOk, ErrorHandler<T> onError) {
        return call(request, adapter, (parsed, body) -> onOk.apply(parsed), onError);
    }

    /**
     * Runs a repeatable call and returns the raw JSON of the top-level {@code field} of its 2xx answer, exactly as the
     * server wrote it (the {@code --raw} output). Only the answer's status fields are read ({@code statusFields}: a 2xx
     * that says {@code "success": false} is still refused): typing every offer first cost a one-shot search ~50 ms.
     */
    Outcome<String> raw(Request request, JsonAdapter<StatusReply> statusFields, String field) {
        return call(
                request,
                statusFields,
                (parsed, body) -> RawField.of(body, field)
                        .<Outcome<String>>map(Outcome.Ok::new)
                        .orElseGet(() -> failed(unexpected(endpoint(request), "no \"" + field + "\" in the answer"))),
                (status, detail, attempts) -> null);
    }

    /** Like {@link #call(Request, JsonAdapter, Function, ErrorHandler)}; {@code onOk} also gets the answer's text. */
    <R extends ApiReply, T> Outcome<T> call(
            Request request, JsonAdapter<R> adapter, BiFunction<R, String, Outcome<T>> onOk, ErrorHandler<T> onError) {
        return call(request, adapter, onOk, onError, true);
    }

    /**
     * Runs a call that must not act twice (a reboot): it is repeated only on 429 and 503, where the server says it did
     * nothing; a transport failure, a cut answer or a 502/504 may have reached the server and is reported, not retried.
     */
    <R extends ApiReply, T> Outcome<T> callAtMostOnce(
            Request request, JsonAdapter<R> adapter, Function<R, Outcome<T>> onOk) {
        return call(request, adapter, (parsed, body) -> onOk.apply(parsed), (status, detail, attempts) -> null, false);
    }

    private <R extends ApiReply, T> Outcome<T> call(
            Request request,
            JsonAdapter<R> adapter,
            BiFunction<R, String, Outcome<T>> onOk,
            ErrorHandler<T> onError,
            boolean repeatable) {
        String endpoint = endpoint(request);
        String mayHaveActed = repeatable ? "" : " (not retried: the request may have reached the server; check first)";
        long start = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            Call call = client.newCall(request);
            long left = remainingNanos(start);
            if (left != NO_LIMIT) {
                call.timeout().timeout(left, TimeUnit.NANOSECONDS);
            }
            RawReply reply;
            try {
                reply = send(call);
            } catch (IOException e) {
                if (!repeatable || isLast(attempt, start) || !pause(attempt, endpoint, failures.describe(e))) {
                    return failed(failures.describe(e) + mayHaveActed);
                }
                continue;
            }
            boolean last = isLast(attempt, start);
            IOException cut = reply.bodyFailure();
            if (cut != null) {
                if (!repeatable || last || !pause(attempt, endpoint, "answer cut off")) {
                    return failed(
                            "the answer from " + endpoint + " was cut off: " + failures.describe(cut) + mayHaveActed);
                }
                continue;
            }
            boolean refusedUnacted = reply.status() == 429 || reply.status() == 503;
            if (RETRY_STATUSES.contains(reply.status()) && !last && (repeatable || refusedUnacted)) {
                if (!pause(attempt, endpoint, "HTTP " + reply.status())) {
                    return failed("interrupted while waiting to retry " + endpoint);
                }
                continue;
            }
            return interpret(reply, endpoint, adapter, onOk, onError, attempt);
        }
    }

    private <R extends ApiReply, T> Outcome<T> interpret(
            RawReply reply,
            String endpoint,
            JsonAdapter<R> adapter,
            BiFunction<R, String, Outcome<T>> onOk,
            ErrorHandler<T> onError,
            int attempts) {
        if (!reply.successful()) {
            ErrorBodies.Detail detail = errors.parse(reply.body());
            Outcome<T> handled = onError.handle(reply.status(), detail, attempts);
            if (handled != null) {
                return handled;
            }
            String gaveUp = RETRY_STATUSES.contains(reply.status()) && attempts > 1
                    ? " (gave up after " + attempts + " attempts)"
                    : "";
            return rejected(reply.status(), detail.error(), detail.message() + gaveUp);
        }
        String body = reply.body().isBlank() ? "{}" : reply.body();
        R parsed;
        try {
            parsed = adapter.fromJson(body);
        } catch (IOException | JsonDataException e) {
            return failed(unexpected(endpoint, e.getMessage()));
        }
        if (parsed == null) {
            return failed(unexpected(endpoint, "the answer is JSON null"));
        }
        if (parsed.refused()) {
            ErrorBodies.Detail detail = errors.parse(reply.body());
            return rejected(reply.status(), detail.error(), detail.message());
        }
        return onOk.apply(parsed, body);
    }

    /** Returns whether no further try fits: the attempts are used up, or the wait would pass the deadline. */
    private boolean isLast(int attempt, long start) {
        if (attempt >= settings.maxAttempts()) {
            return true;
        }
        long left = remainingNanos(start);
        return left != NO_LIMIT && backoff(attempt).toNanos() >= left;
    }

    /** Returns the time left of the whole call's budget (at least 1 ns), or {@link #NO_LIMIT}. */
    private long remainingNanos(long start) {
        long budget = settings.callTimeout().toNanos();
        if (budget == 0) {
            return NO_LIMIT;
        }
        return Math.max(1, budget - (System.nanoTime() - start));
    }

    /** Returns a {@link Outcome.Failed} with a redacted message. */
    <T> Outcome<T> failed(String message) {
        return new Outcome.Failed<>(redactor.redact(message));
    }

    /** Returns a {@link Outcome.Rejected} with a redacted message. */
    <T> Outcome<T> rejected(int status, String error, String message) {
        return new Outcome.Rejected<>(status, redactor.redact(error), redactor.redact(message));
    }

    /** Returns "unexpected answer from GET /path: detail". */
    static String unexpected(String endpoint, @Nullable String detail) {
        return "unexpected answer from " + endpoint + ": " + (detail == null ? "unreadable JSON" : detail);
    }

    /** Returns "METHOD /path" without the query, to name an endpoint in messages. */
    static String endpoint(Request request) {
        return request.method() + " " + request.url().encodedPath();
    }

    /**
     * Waits before attempt {@code attempt + 1}; returns false when interrupted (the interrupt flag is kept).
     */
    boolean pause(int attempt, String endpoint, String reason) {
        Duration wait = backoff(attempt);
        log("retrying " + endpoint + " in " + wait.toMillis() + " ms (" + reason + ")");
        return sleep(wait);
    }

    /** Sleeps for {@code wait}; returns false when interrupted (the interrupt flag is kept). */
    static boolean sleep(Duration wait) {
        try {
            TimeUnit.NANOSECONDS.sleep(wait.toNanos());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Returns the wait after attempt {@code attempt}: {@code initialBackoff * 1.5^(attempt-1)}. */
    Duration backoff(int attempt) {
        double factor = Math.pow(1.5, attempt - 1);
        return Duration.ofNanos((long) (settings.initialBackoff().toNanos() * factor));
    }

    /** Writes a redacted line to the log sink, if any. */
    void log(String line) {
        Consumer<String> sink = settings.log();
        if (sink != null) {
            sink.accept(redactor.redact(line));
        }
    }

    Failures failures() {
        return failures;
    }

    ErrorBodies errors() {
        return errors;
    }

    Redactor redactor() {
        return redactor;
    }
}
