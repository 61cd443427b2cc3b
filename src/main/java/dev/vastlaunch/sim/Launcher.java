package dev.vastlaunch.sim;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Answers the create forms beyond one offer: {@code POST /asks/bulk/} and {@code PUT /launch_instance/}. */
final class Launcher {
    private final CreateHandler create;
    private final Market market;
    private final Clock clock;

    Launcher(CreateHandler create, Market market, Clock clock) {
        this.create = create;
        this.market = market;
        this.clock = clock;
    }

    /** Creates one instance per offer in {@code ids} from the same body; reports each result. */
    SimResponse bulk(Map<String, @Nullable Object> body) {
        if (!(body.get("ids") instanceof List<?> ids) || ids.isEmpty()) {
            throw new BadRequest("invalid_args", "ids must be a non-empty list of offer ids");
        }
        Map<String, @Nullable Object> one = new LinkedHashMap<>(body);
        one.remove("ids");
        List<Object> results = new ArrayList<>();
        List<Long> contracts = new ArrayList<>();
        for (Object raw : ids) {
            double d = Values.number(raw);
            if (Double.isNaN(d) || d != Math.rint(d) || d < 0) {
                throw new BadRequest("invalid_args", "ids must hold integer offer ids: " + raw);
            }
            SimResponse r = create.handle((long) d, one);
            Map<String, @Nullable Object> parsed = JsonIn.object(r.text());
            // Parsing reads every number as a double; ids go back out as integers.
            for (String key : List.of("new_contract", "ask_id")) {
                if (parsed.get(key) instanceof Number n) {
                    parsed.put(key, n.longValue());
                }
            }
            results.add(parsed);
            if (parsed.get("new_contract") instanceof Long n) {
                contracts.add(n);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("success", !contracts.isEmpty());
        out.put("new_contracts", contracts);
        out.put("results", results);
        return SimResponse.json(200, out);
    }

    /** Searches with {@code q} and rents the first offer that accepts the body, as the API's one-call launch. */
    SimResponse launch(Map<String, @Nullable Object> body) {
        if (!(body.get("q") instanceof Map<?, ?> q)) {
            throw new BadRequest("invalid_args", "q must be a JSON object (the offer search)");
        }
        byte[] found = OfferSearch.run(JsonIn.stringKeys(q), market, clock.millis() / 1000.0);
        Map<String, @Nullable Object> parsed = JsonIn.object(new String(found, StandardCharsets.UTF_8));
        Map<String, @Nullable Object> one = new LinkedHashMap<>(body);
        one.remove("q");
        one.put("client_id", "me");
        SimResponse last = null;
        if (parsed.get("offers") instanceof List<?> offers) {
            for (Object o : offers) {
                if (o instanceof Map<?, ?> offer && offer.get("id") instanceof Number id) {
                    last = create.handle(id.longValue(), one);
                    if (last.status() == 200 || last.status() == 400) {
                        return last;
                    }
                }
            }
        }
        return last != null ? last : SimResponse.error(404, "no_offers", "No offer matches the launch query");
    }
}
