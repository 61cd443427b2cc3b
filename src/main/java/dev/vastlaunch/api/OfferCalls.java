package dev.vastlaunch.api;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.vastlaunch.api.dto.Dtos;
import dev.vastlaunch.api.dto.GpuNamesReply;
import dev.vastlaunch.api.dto.OffersReply;
import dev.vastlaunch.api.dto.StatusReply;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferQuery;
import dev.vastlaunch.offers.Outcome;
import java.util.List;
import okhttp3.Request;

/** Runs the marketplace calls: offer search and the GPU name list. Both are safe to repeat. */
final class OfferCalls {
    static final String BUNDLES = "/api/v0/bundles/";
    static final String GPU_NAMES = "/api/v0/gpu_names/unique/";

    private final Transport transport;
    private final BaseUrl base;
    private final JsonAdapter<OffersReply> offers;
    private final JsonAdapter<GpuNamesReply> gpuNames;
    private final JsonAdapter<StatusReply> status;

    OfferCalls(Transport transport, BaseUrl base, Moshi moshi) {
        this.transport = transport;
        this.base = base;
        this.offers = LazyAdapter.of(moshi, OffersReply.class);
        this.gpuNames = LazyAdapter.of(moshi, GpuNamesReply.class);
        this.status = LazyAdapter.of(moshi, StatusReply.class);
    }

    /** Posts {@link OfferQuery#toWire()} to {@code /api/v0/bundles/}, nulls and key order kept. */
    Outcome<List<Offer>> search(OfferQuery query) {
        Request request;
        try {
            request = searchRequest(query);
        } catch (IllegalArgumentException e) {
            return transport.failed("could not encode the search: " + e.getMessage());
        }
        return transport.call(request, offers, reply -> {
            if (reply.offers() == null) {
                return transport.failed(Transport.unexpected("POST " + BUNDLES, "no \"offers\" list"));
            }
            if (reply.offers().contains(null)) {
                return transport.failed(Transport.unexpected("POST " + BUNDLES, "an offer is null"));
            }
            return new Outcome.Ok<>(reply.offers().stream()
                    .map(o -> Dtos.toOffer(o, query.type()))
                    .toList());
        });
    }

    /** Runs the same search and returns its {@code offers} as the server wrote them (for {@code --raw}). */
    Outcome<String> searchRaw(OfferQuery query) {
        try {
            return transport.raw(searchRequest(query), status, "offers");
        } catch (IllegalArgumentException e) {
            return transport.failed("could not encode the search: " + e.getMessage());
        }
    }

    /** Returns the search request; throws {@link IllegalArgumentException} when the query cannot be written. */
    private Request searchRequest(OfferQuery query) {
        return new Request.Builder()
                .url(base.url(BUNDLES))
                .post(Bodies.json(WireJson.write(query.toWire())))
                .build();
    }

    /** Gets the GPU model names, without the key as the official CLI does. */
    Outcome<List<String>> gpuNames() {
        Request request = new Request.Builder()
                .url(base.url(GPU_NAMES))
                .tag(AuthInterceptor.NoKey.class, AuthInterceptor.NoKey.INSTANCE)
                .build();
        return transport.call(request, gpuNames, reply -> {
            List<String> names = reply.gpuNames();
            if (names == null) {
                return transport.failed(Transport.unexpected("GET " + GPU_NAMES, "no \"gpu_names\" list"));
            }
            return new Outcome.Ok<>(
                    names.stream().filter(n -> n != null && !n.isBlank()).toList());
        });
    }
}
