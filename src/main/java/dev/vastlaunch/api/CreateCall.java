package dev.vastlaunch.api;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import dev.vastlaunch.api.dto.CreateReply;
import dev.vastlaunch.api.dto.InstanceDto;
import dev.vastlaunch.launch.LaunchRequest;
import dev.vastlaunch.launch.LaunchResult;
import dev.vastlaunch.offers.Outcome;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * Sends {@code PUT /api/v0/asks/{id}/}: creating an instance costs money, so the request is never sent twice once it
 * may have reached the server.
 *
 * <ul>
 *   <li>Connection never established (refused, unknown host, no route): nothing left this machine, so it is tried
 *       again up to {@code maxAttempts} times, then {@link LaunchResult.NotSent}.
 *   <li>A clear answer: 2xx with {@code new_contract} is {@link LaunchResult.Created}; {@code success: false}, 4xx,
 *       429 and 5xx other than 502/504 are {@link LaunchResult.Rejected} and are not retried.
 *   <li>Anything that leaves the server's action unknown (read timeout, reset or cut-off answer, a 2xx that is not the
 *       expected JSON, a 502/504 from a gateway that may have passed the request on) asks the instance list, by the
 *       rule of {@link CreateRecovery}, among the instances that are new since a list taken just before the create:
 *       one match is {@code Created(id, recovered = true)}, otherwise {@link LaunchResult.Unknown}. Without that
 *       first list nothing is claimed.
 * </ul>
 *
 * The client used here has OkHttp's own retry and redirects turned off, so OkHttp cannot resend the body either.
 */
final class CreateCall {
    private static final String CHECK = "check `vastlaunch show instances` before launching again";

    private final OkHttpClient http;
    private final Transport transport;
    private final InstanceCalls instances;
    private final BaseUrl base;
    private final JsonAdapter<CreateReply> adapter;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration recheckDelay;

    CreateCall(
            OkHttpClient http,
            Transport transport,
            InstanceCalls instances,
            BaseUrl base,
            Moshi moshi,
            Clock clock,
            ClientSettings settings) {
        this.http = http;
        this.transport = transport;
        this.instances = instances;
        this.base = base;
        this.adapter = LazyAdapter.of(moshi, CreateReply.class);
        this.clock = clock;
        this.maxAttempts = settings.maxAttempts();
        // Not Duration.multipliedBy: it goes through BigDecimal, whose cold class set-up held the first search ~40 ms.
        this.recheckDelay =
                Duration.ofNanos(Math.multiplyExact(settings.initialBackoff().toNanos(), 10));
    }

    LaunchResult submit(LaunchRequest launch) {
        String body;
        try {
            body = WireJson.write(launch.toWireBody());
        } catch (IllegalArgumentException e) {
            return new LaunchResult.NotSent(redact("could not encode the request: " + e.getMessage()));
        }
        Request request = new Request.Builder()
                .url(base.url(launch.path()))
                .put(Bodies.json(body))
                .build();
        String endpoint = Transport.endpoint(request);
        // The list before the create: only an instance that is new since then can be this create's.
        Outcome<List<InstanceDto>> before = instances.fetchAll();
        Set<Long> baseline = before instanceof Outcome.Ok<List<InstanceDto>> ok
                ? ok.value().stream().map(InstanceDto::id).collect(Collectors.toSet())
                : null;
        for (int attempt = 1; ; attempt++) {
            double sentAt = clock.millis() / 1000.0;
            RawReply reply;
            try {
                reply = Transport.send(http, request);
            } catch (IOException e) {
                String why = transport.failures().describe(e);
                if (!Failures.nothingSent(e)) {
                    return recover(launch, baseline, sentAt, "the request may have reached the server (" + why + ")");
                }
                if (attempt >= maxAttempts || !transport.pause(attempt, endpoint, why)) {
                    String tries = attempt > 1 ? " (tried " + attempt + " times)" : "";
                    return new LaunchResult.NotSent(
                            redact(why + tries + "; nothing was sent, no instance was created"));
                }
                continue;
            }
            return interpret(launch, baseline, reply, sentAt, endpoint);
        }
    }

    private LaunchResult interpret(
            LaunchRequest launch, @Nullable Set<Long> baseline, RawReply reply, double sentAt, String endpoint) {
        int status = reply.status();
        IOException cut = reply.bodyFailure();
        if (reply.successful()) {
            if (cut != null) {
                return recover(
                        launch,
                        baseline,
                        sentAt,
                        "the server's answer (HTTP " + status + ") was cut off ("
                                + transport.failures().describe(cut) + ")");
            }
            return created(launch, baseline, reply, sentAt, endpoint);
        }
        ErrorBodies.Detail detail = transport.errors().parse(reply.body());
        String message = detail.message();
        if (status == 502 || status == 504) {
            return recover(
                    launch,
                    baseline,
                    sentAt,
                    "a gateway answered HTTP " + status + " (" + message
                            + "), so the server may have acted on the request");
        }
        if (status == 429) {
            message = "rate limited: the server did not act and nothing was created; try again in a few seconds ("
                    + message + ")";
        } else if (status >= 500) {
            message += " (server error: the server answered HTTP " + status
                    + " and should not have created anything; the request was not resent)";
        }
        return new LaunchResult.Rejected(status, redact(detail.error()), redact(message));
    }

    private LaunchResult created(
            LaunchRequest launch, @Nullable Set<Long> baseline, RawReply reply, double sentAt, String endpoint) {
        CreateReply parsed;
        try {
            parsed = adapter.fromJson(reply.body().isBlank() ? "null" : reply.body());
        } catch (IOException | JsonDataException e) {
            return recover(launch, baseline, sentAt, Transport.unexpected(endpoint, e.getMessage()));
        }
        if (parsed == null) {
            return recover(launch, baseline, sentAt, Transport.unexpected(endpoint, "an empty answer"));
        }
        if (parsed.refused()) {
            ErrorBodies.Detail detail = transport.errors().parse(reply.body());
            return new LaunchResult.Rejected(reply.status(), redact(detail.error()), redact(detail.message()));
        }
        Long id = parsed.newContract();
        if (id == null || id <= 0) {
            return recover(
                    launch, baseline, sentAt, Transport.unexpected(endpoint, "no \"new_contract\" in the answer"));
        }
        return new LaunchResult.Created(id, false);
    }

    /**
     * Looks for the instance this request may have created among those not in {@code baseline}; checks the list
     * twice, {@code recheckDelay} apart. With no baseline nothing can be claimed.
     */
    private LaunchResult recover(LaunchRequest launch, @Nullable Set<Long> baseline, double sentAt, String why) {
        String intro = "create for offer " + launch.offerId() + ": " + why;
        if (baseline == null) {
            return new LaunchResult.Unknown(redact(intro + "; the instance list could not be read before the"
                    + " create, so no instance can be matched to it. It may have been created; " + CHECK));
        }
        transport.log(intro + "; looking for the instance in the instance list");
        for (int check = 1; check <= 2; check++) {
            Outcome<List<InstanceDto>> listed = instances.fetchAll();
            if (!(listed instanceof Outcome.Ok<List<InstanceDto>> ok)) {
                return new LaunchResult.Unknown(redact(intro + "; the instance list could not be read either ("
                        + listed.describe() + "). The instance may have been created; " + CHECK));
            }
            List<InstanceDto> fresh =
                    ok.value().stream().filter(i -> !baseline.contains(i.id())).toList();
            List<InstanceDto> found = CreateRecovery.matches(launch, fresh, sentAt);
            if (found.size() == 1) {
                transport.log("create for offer " + launch.offerId() + ": found instance "
                        + found.get(0).id());
                return new LaunchResult.Created(found.get(0).id(), true);
            }
            if (found.size() > 1) {
                String ids = found.stream().map(i -> Long.toString(i.id())).collect(Collectors.joining(", "));
                return new LaunchResult.Unknown(redact(intro + "; instances " + ids
                        + " all look like this launch. The instance may have been created; " + CHECK));
            }
            if (check == 1) {
                transport.log("no match yet; checking the instance list again in " + recheckDelay.toMillis() + " ms");
                if (!Transport.sleep(recheckDelay)) {
                    break;
                }
            }
        }
        return new LaunchResult.Unknown(
                redact(intro + "; no matching new instance is listed. It may have been created anyway; " + CHECK));
    }

    private String redact(String text) {
        return transport.redactor().redact(text);
    }
}
