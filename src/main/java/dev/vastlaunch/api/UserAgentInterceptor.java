package dev.vastlaunch.api;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Sets {@code User-Agent: vastlaunch/<version>} on every request. */
public final class UserAgentInterceptor implements Interceptor {
    private final String value;

    /** Creates the interceptor; {@code version} must be printable ASCII without spaces. */
    public UserAgentInterceptor(String version) {
        if (version.isEmpty() || !version.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("user agent version must be printable ASCII: '" + version + "'");
        }
        this.value = "vastlaunch/" + version;
    }

    /** Returns the header value sent. */
    public String value() {
        return value;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(
                chain.request().newBuilder().header("User-Agent", value).build());
    }
}
