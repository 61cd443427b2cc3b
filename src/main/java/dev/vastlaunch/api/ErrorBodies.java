package dev.vastlaunch.api;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import dev.vastlaunch.api.dto.ErrorReply;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Extracts the server's error code and message from an error body: {@code msg}, else {@code message}, else
 * {@code detail}, else the plain text (trimmed, one line, length-limited), else a fixed "no detail" text.
 */
final class ErrorBodies {
    static final String NO_DETAIL = "(no detail message supplied)";
    private static final int MAX_MESSAGE = 300;

    private final JsonAdapter<ErrorReply> adapter;

    ErrorBodies(JsonAdapter<ErrorReply> adapter) {
        this.adapter = adapter;
    }

    /** Returns the error code (or empty) and a message that is never empty. */
    Detail parse(String body) {
        String text = body.strip();
        if (text.startsWith("{")) {
            ErrorReply reply = read(text);
            if (reply != null) {
                String message = firstText(reply.msg(), reply.message(), reply.detail());
                return new Detail(code(reply.error()), message == null ? NO_DETAIL : oneLine(message));
            }
        }
        if (text.startsWith("<")) {
            String title = htmlTitle(text);
            return new Detail("", title == null ? "(an HTML error page without a message)" : "HTML page: " + title);
        }
        return new Detail("", text.isEmpty() ? NO_DETAIL : oneLine(text));
    }

    /** The parsed error: {@code error} is the server's code or empty; {@code message} is never empty. */
    record Detail(String error, String message) {}

    private @Nullable ErrorReply read(String text) {
        try {
            return adapter.fromJson(text);
        } catch (IOException | JsonDataException e) {
            return null;
        }
    }

    private static String code(@Nullable Object error) {
        return error instanceof String s ? s.strip() : "";
    }

    private static @Nullable String firstText(@Nullable Object... candidates) {
        for (Object c : candidates) {
            if (c instanceof String s && !s.isBlank()) {
                return s;
            }
            if (c != null && !(c instanceof String)) {
                return String.valueOf(c);
            }
        }
        return null;
    }

    private static @Nullable String htmlTitle(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        int start = lower.indexOf("<title>");
        int end = lower.indexOf("</title>");
        if (start < 0 || end <= start) {
            return null;
        }
        String title = oneLine(html.substring(start + "<title>".length(), end));
        return title.isEmpty() ? null : title;
    }

    /** Returns {@code text} on one line, whitespace runs collapsed, cut to a readable length. */
    static String oneLine(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= MAX_MESSAGE ? flat : flat.substring(0, MAX_MESSAGE) + "…";
    }
}
