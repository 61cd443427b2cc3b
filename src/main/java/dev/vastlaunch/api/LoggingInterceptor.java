package dev.vastlaunch.api;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Logs one line per request and one per answer or failure: method, URL, status, time. The key is redacted from every
 * line: the bearer header value, any {@code api_key=} query parameter, and the key itself wherever it appears.
 * Bodies are not logged (a create answer carries a container key).
 */
public final class LoggingInterceptor implements Interceptor {
    private final Consumer<String> sink;
    private final Redactor redactor;

    /** Creates the interceptor; {@code apiKey} is only used to recognise the key and is never written. */
    public LoggingInterceptor(Consumer<String> sink, @Nullable String apiKey) {
        this.sink = sink;
        this.redactor = new Redactor(apiKey);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String url = request.url().toString();
        String auth = request.header("Authorization") == null ? "no auth" : "auth: " + request.header("Authorization");
        log("--> " + request.method() + " " + url + " (" + auth + ")");
        long start = System.nanoTime();
        try {
            Response response = chain.proceed(request);
            log("<-- " + response.code() + " " + request.method() + " " + url + " (" + elapsedMs(start) + " ms)");
            return response;
        } catch (IOException e) {
            log("<-- FAILED " + request.method() + " " + url + " (" + elapsedMs(start) + " ms): " + e);
            throw e;
        }
    }

    private void log(String line) {
        sink.accept(redactor.redact(line));
    }

    private static long elapsedMs(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
