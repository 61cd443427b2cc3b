package dev.vastlaunch.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;

/** Turns transport exceptions into one-line messages for people, and says whether a request can have been sent. */
final class Failures {
    private final String host;
    private final ClientSettings settings;

    Failures(String host, ClientSettings settings) {
        this.host = host;
        this.settings = settings;
    }

    /**
     * Returns whether {@code e} proves that no byte of the request left this machine: the connection was never
     * established (refused, unknown host, no route). Anything else may have happened after the request was written.
     */
    static boolean nothingSent(IOException e) {
        return e instanceof ConnectException
                || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException;
    }

    /** Returns a message such as "could not connect to console.vast.ai: connection refused". */
    String describe(IOException e) {
        String cause = rootMessage(e);
        String lower = cause.toLowerCase(Locale.ROOT);
        if (e instanceof UnknownHostException) {
            return "could not connect to " + host + ": unknown host (check the network or the server URL)";
        }
        if (e instanceof NoRouteToHostException) {
            return "could not connect to " + host + ": no route to host";
        }
        if (e instanceof ConnectException) {
            String why = lower.contains("refused")
                    ? "connection refused"
                    : lower.contains("timed out") ? "timed out after " + seconds(settings.connectTimeout()) : cause;
            return "could not connect to " + host + ": " + why;
        }
        if (e instanceof SocketTimeoutException) {
            return lower.contains("connect")
                    ? "could not connect to " + host + ": timed out after " + seconds(settings.connectTimeout())
                    : host + " did not answer: timed out after " + seconds(settings.readTimeout());
        }
        if (e instanceof InterruptedIOException) {
            return Thread.currentThread().isInterrupted()
                    ? "the request to " + host + " was interrupted"
                    : "the request to " + host + " timed out after " + seconds(settings.callTimeout());
        }
        if (e instanceof SSLException) {
            return "secure connection to " + host + " failed: " + cause;
        }
        String top = e.getMessage();
        return "connection to " + host + " failed: " + (top == null || top.isBlank() ? cause : top);
    }

    /** Returns "30 s" for whole seconds, else "250 ms". */
    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getMessage();
        }
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
