package dev.vastlaunch.sim;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/** Runs the simulator standalone: {@code vastlaunch sim --port N [--seed S] [--key K] [--offers N] ...}. */
public final class SimMain {
    /** Is the port used when {@code --port} is not given. */
    public static final int DEFAULT_PORT = 8081;

    private static final String USAGE = "usage: vastlaunch sim [--port N] [--seed S] [--key K] [--offers N]"
            + " [--latency-ms N] [--fail-rate P] [--loading-ms N] [--running-ms N]";

    private SimMain() {}

    /** Runs the simulator as its own process, for scripts that do not go through the app's {@code Main}. */
    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Starts the simulator, prints how to use it, and blocks until the process is stopped.
     *
     * <p>Returns 2 on bad arguments, 1 when the server cannot start; otherwise it only returns when interrupted.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CountDownLatch stop = new CountDownLatch(1);
        return run(args, out, err, stop, true);
    }

    /** Runs like {@link #run(String[], PrintStream, PrintStream)} but stops when {@code stop} opens. */
    static int run(String[] args, PrintStream out, PrintStream err, CountDownLatch stop, boolean hook) {
        SimOptions options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("vastlaunch sim: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        SimServer server;
        try {
            server = SimServer.start(options);
        } catch (IOException e) {
            err.println("vastlaunch sim: cannot listen on 127.0.0.1:" + options.port() + ": " + e.getMessage());
            return 1;
        }
        server.warmUp();
        if (hook) {
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "vast-sim-shutdown"));
        }
        out.println("vastlaunch simulator listening on " + server.baseUrl());
        out.println("api key: " + server.apiKey());
        out.printf(
                Locale.ROOT,
                "catalog: %d offers (seed %d) generated in %.1f ms (%.1f ms CPU)%n",
                options.offerCount(),
                options.seed(),
                server.catalogGenerationMillis(),
                server.catalogGenerationCpuMillis());
        out.println(
                "try: VAST_URL=" + server.baseUrl() + " VAST_API_KEY=" + server.apiKey() + " vastlaunch search offers");
        out.println("faults: POST " + server.baseUrl() + "/__sim/faults with the api key  (Ctrl-C stops)");
        out.flush();
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
        }
        return 0;
    }

    /** Parses the flags into options; throws IllegalArgumentException with a message on bad input. */
    static SimOptions parse(String[] args) {
        SimOptions o = SimOptions.defaults().withPort(DEFAULT_PORT);
        Duration loading = o.loadingAfter();
        Duration running = o.runningAfter();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            String value;
            int eq = flag.indexOf('=');
            if (flag.startsWith("--") && eq > 0) {
                value = flag.substring(eq + 1);
                flag = flag.substring(0, eq);
            } else if (flag.equals("-h") || flag.equals("--help")) {
                throw new IllegalArgumentException("help requested");
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("missing value for " + flag);
            }
            switch (flag) {
                case "--port" -> o = o.withPort(integer(flag, value, 0, 65535));
                case "--seed" -> o = o.withSeed(longValue(flag, value));
                case "--key" -> o = o.withApiKey(value);
                case "--offers" -> o = o.withOfferCount(integer(flag, value, 0, 1_000_000));
                case "--latency-ms" -> o = o.withLatencyMs(integer(flag, value, 0, 600_000));
                case "--fail-rate" -> o = o.withFailRate(rate(flag, value));
                case "--loading-ms" -> loading = Duration.ofMillis(integer(flag, value, 0, 3_600_000));
                case "--running-ms" -> running = Duration.ofMillis(integer(flag, value, 0, 3_600_000));
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        if (running.compareTo(loading) < 0) {
            throw new IllegalArgumentException("--running-ms must not be less than --loading-ms");
        }
        return o.withTimings(loading, running);
    }

    private static int integer(String flag, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw new IllegalArgumentException(flag + " must be between " + min + " and " + max + ": " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs an integer: " + value, e);
        }
    }

    private static long longValue(String flag, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs an integer: " + value, e);
        }
    }

    private static double rate(String flag, String value) {
        try {
            double p = Double.parseDouble(value.strip());
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException(flag + " must be between 0 and 1: " + value);
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a number between 0 and 1: " + value, e);
        }
    }
}
