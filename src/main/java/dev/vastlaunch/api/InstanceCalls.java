package dev.vastlaunch.api;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.vastlaunch.api.dto.Dtos;
import dev.vastlaunch.api.dto.InstanceDto;
import dev.vastlaunch.api.dto.InstanceReply;
import dev.vastlaunch.api.dto.InstancesPage;
import dev.vastlaunch.api.dto.StatusReply;
import dev.vastlaunch.api.dto.TemplatesReply;
import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.Template;
import dev.vastlaunch.offers.Outcome;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * Runs the instance and template calls. All are repeated on 429/502/503/504 and transport failures: reads are
 * harmless, setting a state or label twice gives the same result, and destroying twice cannot cost money (a retried
 * destroy that then hears "not found" counts as done, since the earlier attempt most likely did it).
 */
final class InstanceCalls {
    static final String LIST = "/api/v1/instances/";
    static final String TEMPLATES = "/api/v0/template/";
    static final int PAGE_SIZE = 25;
    static final int MAX_PAGES = 400;

    private final Transport transport;
    private final BaseUrl base;
    private final JsonAdapter<InstancesPage> page;
    private final JsonAdapter<InstanceReply> one;
    private final JsonAdapter<StatusReply> status;
    private final JsonAdapter<TemplatesReply> templates;

    InstanceCalls(Transport transport, BaseUrl base, Moshi moshi) {
        this.transport = transport;
        this.base = base;
        this.page = LazyAdapter.of(moshi, InstancesPage.class);
        this.one = LazyAdapter.of(moshi, InstanceReply.class);
        this.status = LazyAdapter.of(moshi, StatusReply.class);
        this.templates = LazyAdapter.of(moshi, TemplatesReply.class);
    }

    /** Returns every instance as the v1 list sends it, following {@code next_token} until it is null. */
    Outcome<List<InstanceDto>> fetchAll() {
        List<InstanceDto> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String token = null;
        for (int pages = 1; pages <= MAX_PAGES; pages++) {
            Outcome<InstancesPage> answer = transport.call(pageRequest(token), page, Outcome.Ok::new);
            if (!(answer instanceof Outcome.Ok<InstancesPage> ok)) {
                return Outcomes.retype(answer);
            }
            List<InstanceDto> rows = ok.value().instances();
            if (rows == null) {
                return transport.failed(Transport.unexpected("GET " + LIST, "no \"instances\" list"));
            }
            all.addAll(rows);
            String next = ok.value().nextToken();
            if (next == null || next.isEmpty()) {
                return new Outcome.Ok<>(List.copyOf(all));
            }
            if (!seen.add(next)) {
                return transport.failed("the instance list sent the same page token twice; stopped after " + pages
                        + " pages (" + all.size() + " instances)");
            }
            token = next;
        }
        return transport.failed(
                "the instance list did not end after " + MAX_PAGES + " pages (" + all.size() + " instances); stopped");
    }

    /** Returns every instance as the server wrote it, one JSON array across the pages (for {@code --raw}). */
    Outcome<String> listRaw() {
        List<String> parts = new ArrayList<>();
        String token = null;
        Set<String> seen = new HashSet<>();
        for (int pages = 1; pages <= MAX_PAGES; pages++) {
            Outcome<String> answer = transport.call(
                    pageRequest(token),
                    page,
                    (reply, body) -> {
                        String rows =
                                RawField.of(body, "instances").orElse("[]").strip();
                        String inner = rows.length() >= 2
                                ? rows.substring(1, rows.length() - 1).strip()
                                : "";
                        if (!inner.isEmpty()) {
                            parts.add(inner);
                        }
                        String next = reply.nextToken();
                        return new Outcome.Ok<>(next == null ? "" : next);
                    },
                    (status, detail, attempts) -> null);
            if (!(answer instanceof Outcome.Ok<String> ok)) {
                return answer;
            }
            if (ok.value().isEmpty()) {
                return new Outcome.Ok<>("[" + String.join(",", parts) + "]");
            }
            if (!seen.add(ok.value())) {
                return transport.failed("the instance list sent the same page token twice");
            }
            token = ok.value();
        }
        return transport.failed("the instance list did not end after " + MAX_PAGES + " pages; stopped");
    }

    /** Returns one instance as the server wrote it (for {@code --raw}). */
    Outcome<String> showRaw(long id) {
        HttpUrl url = base.url(instancePath(id))
                .newBuilder()
                .addQueryParameter("owner", "me")
                .build();
        return transport.raw(new Request.Builder().url(url).build(), status, "instances");
    }

    Outcome<List<Instance>> list() {
        Outcome<List<InstanceDto>> rows = fetchAll();
        if (rows instanceof Outcome.Ok<List<InstanceDto>> ok) {
            return new Outcome.Ok<>(ok.value().stream().map(Dtos::toInstance).toList());
        }
        return Outcomes.retype(rows);
    }

    /** Returns one instance; empty for {@code {"instances": null}} and for a 404 that says "not found". */
    Outcome<Optional<Instance>> show(long id) {
        HttpUrl url = base.url(instancePath(id))
                .newBuilder()
                .addQueryParameter("owner", "me")
                .build();
        Request request = new Request.Builder().url(url).build();
        return transport.call(
                request,
                one,
                reply -> new Outcome.Ok<>(Optional.ofNullable(reply.instances()).map(Dtos::toInstance)),
                (code, detail, attempts) ->
                        code == 404 && notFound(detail) ? new Outcome.Ok<>(Optional.empty()) : null);
    }

    Outcome<Boolean> setRunning(long id, boolean running) {
        return put(id, Map.of("state", running ? "running" : "stopped"));
    }

    Outcome<Boolean> setLabel(long id, String label) {
        return put(id, Map.of("label", label));
    }

    Outcome<Boolean> destroy(long id) {
        Request request = new Request.Builder()
                .url(base.url(instancePath(id)))
                .delete(Bodies.json("{}"))
                .build();
        return transport.call(
                request,
                status,
                reply -> new Outcome.Ok<>(true),
                (code, detail, attempts) ->
                        code == 404 && attempts > 1 && notFound(detail) ? new Outcome.Ok<>(true) : null);
    }

    /** Searches templates: {@code select_cols=["*"]} and the filters as {@code select_filters}, CLI-encoded. */
    Outcome<List<Template>> searchTemplates(Map<String, Map<String, @Nullable Object>> filters) {
        String encodedFilters;
        try {
            encodedFilters = QueryJson.encode(filters);
        } catch (IllegalArgumentException e) {
            return transport.failed("could not encode the template filters: " + e.getMessage());
        }
        HttpUrl url = base.url(TEMPLATES)
                .newBuilder()
                .addEncodedQueryParameter("select_cols", QueryJson.encode(List.of("*")))
                .addEncodedQueryParameter("select_filters", encodedFilters)
                .build();
        return transport.call(new Request.Builder().url(url).build(), templates, reply -> {
            if (reply.templates() == null) {
                return transport.failed(Transport.unexpected("GET " + TEMPLATES, "no \"templates\" list"));
            }
            return new Outcome.Ok<>(
                    reply.templates().stream().map(Dtos::toTemplate).toList());
        });
    }

    private Outcome<Boolean> put(long id, Map<String, Object> body) {
        Request request = new Request.Builder()
                .url(base.url(instancePath(id)))
                .put(Bodies.json(WireJson.write(body)))
                .build();
        return transport.call(request, status, reply -> new Outcome.Ok<>(true));
    }

    private Request pageRequest(@Nullable String afterToken) {
        Map<String, String> order = new LinkedHashMap<>();
        order.put("col", "id");
        order.put("dir", "asc");
        HttpUrl.Builder url = base.url(LIST)
                .newBuilder()
                .addEncodedQueryParameter("select_filters", QueryJson.encode(Map.of()))
                .addEncodedQueryParameter("order_by", QueryJson.encode(List.of(order)))
                .addEncodedQueryParameter("limit", QueryJson.encode(PAGE_SIZE));
        if (afterToken != null) {
            url.addEncodedQueryParameter("after_token", QueryJson.encode(afterToken));
        }
        return new Request.Builder().url(url.build()).build();
    }

    static String instancePath(long id) {
        if (id <= 0) {
            throw new IllegalArgumentException("instance id <= 0: " + id);
        }
        return "/api/v0/instances/" + id + "/";
    }

    private static boolean notFound(ErrorBodies.Detail detail) {
        return detail.error().equals("not_found")
                || detail.message().toLowerCase(Locale.ROOT).contains("not found");
    }
}
