package dev.vastlaunch.api;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Adds {@code Authorization: Bearer <key>} to every request, unless there is no key or the request is tagged
 * {@link NoKey}. The key never goes into the URL (no {@code ?api_key=}).
 */
public final class AuthInterceptor implements Interceptor {
    /** A request tag asking to send no key (the CLI calls {@code /gpu_names/unique/} unauthenticated). */
    public enum NoKey {
        INSTANCE
    }

    private final @Nullable String header;

    /**
     * Creates the interceptor; a null or blank key sends no header.
     *
     * @throws IllegalArgumentException when the key has characters that cannot go into a header (the message does
     *     not contain the key)
     */
    public AuthInterceptor(@Nullable String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            header = null;
            return;
        }
        String key = apiKey.strip();
        if (!key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException(
                    "the API key contains spaces or characters that cannot be sent in a header (length " + key.length()
                            + ")");
        }
        header = "Bearer " + key;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (header == null || request.tag(NoKey.class) != null) {
            return chain.proceed(
                    request.newBuilder().removeHeader("Authorization").build());
        }
        return chain.proceed(
                request.newBuilder().header("Authorization", header).build());
    }

    @Override
    public String toString() {
        return "AuthInterceptor[" + (header == null ? "no key" : "Bearer " + Redactor.MASK) + "]";
    }
}
