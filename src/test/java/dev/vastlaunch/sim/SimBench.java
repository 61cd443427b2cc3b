package dev.vastlaunch.sim;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Measures a running simulator from outside: search latency and throughput; run by {@code scripts/bench-sim.sh}.
 *
 * <p>Arguments: base URL, API key, sequential search count, concurrent clients, seconds of load. Uses only the JDK.
 */
public final class SimBench {
    /** Is the search the app sends by default: the CLI's default filters, cheapest first, 100 rows. */
    static final String TYPICAL_SEARCH = "{\"verified\":{\"eq\":true},\"rentable\":{\"eq\":true},"
            + "\"external\":{\"eq\":false},\"num_gpus\":{\"gte\":1},\"order\":[[\"dph_total\",\"asc\"]],"
            + "\"type\":\"on-demand\",\"allocated_storage\":5.0,\"limit\":100}";

    private static final int MAX_REQUESTS_PER_CLIENT = 1_000_000;

    private SimBench() {}

    /** Runs the benchmark and prints the numbers. */
    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = args[1];
        int sequential = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpRequest search = HttpRequest.newBuilder(URI.create(base + "/api/v0/bundles/"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TYPICAL_SEARCH))
                .build();

        long t0 = System.nanoTime();
        HttpResponse<String> first = client.send(search, HttpResponse.BodyHandlers.ofString());
        double firstMs = (System.nanoTime() - t0) / 1e6;
        check(first);
        for (int i = 0; i < 20; i++) {
            check(client.send(search, HttpResponse.BodyHandlers.ofString()));
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < sequential; i++) {
            long s = System.nanoTime();
            check(client.send(search, HttpResponse.BodyHandlers.ofString()));
            times.add((System.nanoTime() - s) / 1e6);
        }
        Collections.sort(times);

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long loadStart = System.nanoTime();
        List<Future<Integer>> counts = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            counts.add(pool.submit(() -> {
                int n = 0;
                while (System.nanoTime() < deadline && n < MAX_REQUESTS_PER_CLIENT) {
                    check(client.send(search, HttpResponse.BodyHandlers.ofString()));
                    n++;
                }
                return n;
            }));
        }
        int total = 0;
        for (Future<Integer> f : counts) {
            total += f.get();
        }
        double elapsed = (System.nanoTime() - loadStart) / 1e9;
        pool.shutdown();

        System.out.printf(
                Locale.ROOT,
                "response size: %d bytes, %d offers%n",
                first.body().length(),
                count(first.body()));
        System.out.printf(Locale.ROOT, "first search (after start): %.1f ms%n", firstMs);
        System.out.printf(
                Locale.ROOT,
                "search latency over %d sequential requests: median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                sequential,
                pct(times, 50),
                pct(times, 95),
                times.get(times.size() - 1));
        System.out.printf(
                Locale.ROOT,
                "throughput with %d concurrent clients for %.1f s: %d requests, %.0f req/s%n",
                clients,
                elapsed,
                total,
                total / elapsed);
    }

    private static void check(HttpResponse<String> r) throws IOException {
        if (r.statusCode() != 200) {
            throw new IOException("HTTP " + r.statusCode() + ": " + r.body());
        }
    }

    private static int count(String body) {
        int n = 0;
        for (int i = body.indexOf("\"ask_contract_id\""); i >= 0; i = body.indexOf("\"ask_contract_id\"", i + 1)) {
            n++;
        }
        return n;
    }

    private static double pct(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
