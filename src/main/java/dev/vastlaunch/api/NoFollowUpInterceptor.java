package dev.vastlaunch.api;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Removes {@code Retry-After} from answers to non-idempotent requests, because OkHttp would otherwise resend a
 * request by itself on a 503 with {@code Retry-After: 0}, whatever its retry settings; a create must go out once.
 */
final class NoFollowUpInterceptor implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        String method = chain.request().method();
        String path = chain.request().url().encodedPath();
        boolean create = method.equals("PUT") && path.contains("/asks/");
        boolean otherPost = method.equals("POST") && !path.contains("/bundles");
        if (create || otherPost) {
            return response.newBuilder().removeHeader("Retry-After").build();
        }
        return response;
    }
}
