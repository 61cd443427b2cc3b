package dev.vastlaunch.sim;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Matches API paths to handlers and implements the small ones (instances, templates, gpu names, the user). */
final class Routes {
    /** Handles one matched request; {@code id} is the numeric path id or -1. */
    @FunctionalInterface
    interface Handler {
        /** Returns the response for {@code req}. */
        SimResponse handle(SimRequest req, long id);
    }

    /** Is one route: a name for fault scoping and stats, its methods, whether it needs the key, and its handler. */
    record Route(String name, Set<String> methods, boolean auth, Handler handler) {}

    /** Is a matched route plus the numeric id taken from the path. */
    record Match(Route route, long id) {}

    private final Route bundles;
    private final Route asks;
    private final Route searchAsks;
    private final Route instanceList;
    private final Route instancesRoot;
    private final Route instance;
    private final Route filters;
    private final Route templates;
    private final Route gpuNames;
    private final Route bulkCreate;
    private final Route launch;
    private final Route user;
    private final Route logResult;
    private final Map<String, Route> actions = new LinkedHashMap<>();

    Routes(
            Market market,
            InstanceStore store,
            TemplateStore templateStore,
            CreateHandler create,
            InstanceActions more,
            Launcher launcher,
            Clock clock) {
        bundles = new Route(
                "bundles",
                Set.of("POST"),
                true,
                (req, id) -> SimResponse.rawJson(200, OfferSearch.run(req.json(), market, clock.millis() / 1000.0)));
        // The CLI's experimental `search offers --new` wraps the same query as {"select_cols": [...], "q": {...}}.
        searchAsks = new Route(
                "bundles",
                Set.of("PUT"),
                true,
                (req, id) -> SimResponse.rawJson(
                        200, OfferSearch.run(wrappedQuery(req.json()), market, clock.millis() / 1000.0)));
        asks = new Route("asks", Set.of("PUT"), true, (req, id) -> create.handle(id, req.json()));
        instanceList = new Route("instances", Set.of("GET"), true, (req, id) -> listV1(req, store));
        // GET is the legacy list (?owner=me); PUT and DELETE are the bulk start/stop and destroy forms.
        instancesRoot =
                new Route("instances", Set.of("GET", "PUT", "DELETE"), true, (req, id) -> switch (req.method()) {
                    case "GET" -> SimResponse.json(200, Map.of("instances", store.rows()));
                    case "PUT" -> more.bulkState(req.json());
                    default -> more.bulkDestroy(req.json());
                });
        instance = new Route("instance", Set.of("GET", "PUT", "DELETE"), true, (req, id) -> single(req, id, store));
        filters = new Route("filters", Set.of("GET"), true, (req, id) -> more.filters());
        bulkCreate = new Route("asks", Set.of("POST"), true, (req, id) -> launcher.bulk(req.json()));
        launch = new Route("asks", Set.of("PUT"), true, (req, id) -> launcher.launch(req.json()));
        user = new Route("user", Set.of("GET"), true, (req, id) -> more.currentUser());
        logResult = new Route(
                "logs",
                Set.of("GET"),
                false,
                (req, id) -> more.logResult(req.segments().get(1)));
        actions.put("reboot", new Route("instance", Set.of("PUT"), true, (req, id) -> more.reboot(id)));
        actions.put("recycle", new Route("instance", Set.of("PUT"), true, (req, id) -> more.recycle(id)));
        actions.put(
                "bid_price", new Route("instance", Set.of("PUT"), true, (req, id) -> more.changeBid(id, req.json())));
        actions.put(
                "request_logs", new Route("logs", Set.of("PUT"), true, (req, id) -> more.requestLogs(id, req.json())));
        templates = new Route(
                "templates",
                Set.of("GET", "POST", "PUT", "DELETE"),
                true,
                (req, id) -> templates(req, templateStore, clock.millis() / 1000.0));
        gpuNames = new Route(
                "gpu_names",
                Set.of("GET"),
                false,
                (req, id) -> SimResponse.json(200, Map.of("gpu_names", market.gpuNames())));
    }

    /** Returns the route for the request's path, or null when no route has that path. */
    @Nullable
    Match match(SimRequest req) {
        List<String> s = req.segments();
        if (s.size() == 2 && s.get(0).equals(Logs.RESULT_PREFIX)) {
            return new Match(logResult, -1);
        }
        if (s.size() < 3 || !s.get(0).equals("api")) {
            return null;
        }
        String version = s.get(1);
        String resource = s.get(2);
        if (version.equals("v1")) {
            return s.size() == 3 && resource.equals("instances") ? new Match(instanceList, -1) : null;
        }
        if (!version.equals("v0")) {
            return null;
        }
        if (s.size() == 3) {
            return switch (resource) {
                case "bundles" -> new Match(bundles, -1);
                case "instances" -> new Match(instancesRoot, -1);
                case "template" -> new Match(templates, -1);
                case "launch_instance" -> new Match(launch, -1);
                default -> null;
            };
        }
        if (s.size() == 5 && resource.equals("instances") && actions.containsKey(s.get(3))) {
            return s.get(4).matches("\\d{1,18}")
                    ? new Match(Objects.requireNonNull(actions.get(s.get(3))), Long.parseLong(s.get(4)))
                    : null;
        }
        if (s.size() != 4) {
            return null;
        }
        String last = s.get(3);
        if (resource.equals("users") && last.equals("current")) {
            return new Match(user, -1);
        }
        if (resource.equals("asks") && last.equals("bulk")) {
            return new Match(bulkCreate, -1);
        }
        if (resource.equals("gpu_names") && last.equals("unique")) {
            return new Match(gpuNames, -1);
        }
        if (resource.equals("instances") && last.equals("filters")) {
            return new Match(filters, -1);
        }
        if (resource.equals("search") && last.equals("asks")) {
            return new Match(searchAsks, -1);
        }
        if (!last.matches("\\d{1,18}")) {
            return null;
        }
        long id = Long.parseLong(last);
        return switch (resource) {
            case "asks" -> new Match(asks, id);
            case "instances" -> new Match(instance, id);
            default -> null;
        };
    }

    private static Map<String, @Nullable Object> wrappedQuery(Map<String, @Nullable Object> body) {
        Object q = body.get("q");
        if (!(q instanceof Map<?, ?> map)) {
            throw new BadRequest("invalid_request", "q must be a JSON object");
        }
        return JsonIn.stringKeys(map);
    }

    private static SimResponse templates(SimRequest req, TemplateStore store, double now) {
        return switch (req.method()) {
            case "GET" -> SimResponse.json(200, TemplateSearch.run(req.query(), store));
            case "POST" -> SimResponse.json(200, store.create(req.json(), now));
            case "PUT" ->
                store.edit(req.json(), now)
                        .map(body -> SimResponse.json(200, body))
                        .orElseGet(() -> SimResponse.error(404, "not_found", "Template not found"));
            default ->
                store.delete(req.json()) ? SimResponse.ok() : SimResponse.error(404, "not_found", "Template not found");
        };
    }

    private static SimResponse listV1(SimRequest req, InstanceStore store) {
        try {
            return SimResponse.json(200, InstanceQuery.page(req.query(), store.rows()));
        } catch (BadRequest e) {
            // The v1 list answers bare {"error", "msg"} bodies, unlike the v0 routes.
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", e.error());
            body.put("msg", e.getMessage());
            return SimResponse.json(400, body);
        }
    }

    private static SimResponse single(SimRequest req, long id, InstanceStore store) {
        return switch (req.method()) {
            case "GET" -> {
                Map<String, @Nullable Object> body = new LinkedHashMap<>();
                body.put("instances", store.row(id));
                yield SimResponse.json(200, body);
            }
            case "DELETE" -> store.destroy(id) ? SimResponse.ok() : notFound();
            default -> manage(req.json(), id, store);
        };
    }

    private static SimResponse manage(Map<String, @Nullable Object> body, long id, InstanceStore store) {
        if (store.row(id) == null) {
            return notFound();
        }
        Object state = body.get("state");
        if (state != null && !state.equals("running") && !state.equals("stopped")) {
            return SimResponse.error(400, "invalid_args", "state must be running or stopped");
        }
        Object label = body.get("label");
        if (body.containsKey("label") && label != null && (!(label instanceof String text) || text.length() > 1024)) {
            return SimResponse.error(400, "invalid_args", "label must be a string of at most 1024 characters");
        }
        if (state == null && !body.containsKey("label")) {
            return SimResponse.error(400, "invalid_args", "nothing to change: send state or label");
        }
        if (state != null) {
            store.setState(id, state.toString());
        }
        if (body.containsKey("label")) {
            store.setLabel(id, label == null ? null : label.toString());
        }
        return SimResponse.ok();
    }

    private static SimResponse notFound() {
        return SimResponse.error(404, "not_found", "Instance not found");
    }
}
