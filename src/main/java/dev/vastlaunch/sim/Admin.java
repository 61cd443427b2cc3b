package dev.vastlaunch.sim;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers the simulator's own control routes under {@code /__sim/}, which need the API key (header or
 * {@code ?api_key=}) and suffer no faults.
 *
 * <ul>
 *   <li>{@code GET /__sim/faults}: current faults and counters;
 *   <li>{@code POST /__sim/faults}: set faults from a JSON object, e.g. {@code {"rate_limit_burst": 3}};
 *   <li>{@code POST /__sim/reset}: clear faults, instances, rented offers and counters;
 *   <li>{@code GET /__sim/stats}: counters only.
 * </ul>
 */
final class Admin {
    private final FaultPlan faults;
    private final SimStats stats;
    private final Market market;
    private final Runnable reset;

    Admin(FaultPlan faults, SimStats stats, Market market, Runnable reset) {
        this.faults = faults;
        this.stats = stats;
        this.market = market;
        this.reset = reset;
    }

    /** Returns the response to one admin request. */
    SimResponse handle(SimRequest req) {
        String what = req.segments().size() == 2 ? req.segments().get(1) : "";
        String method = req.method();
        return switch (what) {
            case "faults" -> {
                if (method.equals("POST") || method.equals("PUT")) {
                    faults.apply(req.json());
                } else if (!method.equals("GET")) {
                    yield notAllowed(method, req);
                }
                yield SimResponse.json(200, state());
            }
            case "reset" -> {
                if (!method.equals("POST")) {
                    yield notAllowed(method, req);
                }
                reset.run();
                yield SimResponse.json(200, state());
            }
            case "stats" -> SimResponse.json(200, stats());
            default -> SimResponse.error(404, "not_found", "No admin route " + req.path());
        };
    }

    private static SimResponse notAllowed(String method, SimRequest req) {
        return SimResponse.error(405, "method_not_allowed", "Method " + method + " is not allowed on " + req.path());
    }

    private Map<String, Object> state() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("success", true);
        m.put("faults", faults.snapshot());
        m.put("stats", stats());
        return m;
    }

    private Map<String, Object> stats() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("creates", stats.creates());
        m.put("requests", stats.requests());
        m.put("by_route", stats.byRoute());
        m.put("offers_available", market.availableCount());
        m.put("catalog_ms", market.generationMillis());
        m.put("catalog_cpu_ms", market.generationCpuMillis());
        return m;
    }
}
