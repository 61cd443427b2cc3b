package dev.vastlaunch.sim;

import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/** Answers {@code PUT /api/v0/asks/{id}/}: validates, consumes the offer once, and creates the instance. */
final class CreateHandler {
    private final Market market;
    private final TemplateStore templates;
    private final InstanceStore store;
    private final FaultPlan faults;
    private final SimStats stats;
    private final Clock clock;
    private final long seed;

    CreateHandler(
            Market market,
            TemplateStore templates,
            InstanceStore store,
            FaultPlan faults,
            SimStats stats,
            Clock clock,
            long seed) {
        this.market = market;
        this.templates = templates;
        this.store = store;
        this.faults = faults;
        this.stats = stats;
        this.clock = clock;
        this.seed = seed;
    }

    /** Returns the create response for offer {@code askId}. */
    SimResponse handle(long askId, Map<String, @Nullable Object> body) {
        Launch launch;
        try {
            launch = Launch.parse(body, templates);
        } catch (BadRequest e) {
            return failure(400, e.error(), String.valueOf(e.getMessage()), askId);
        }
        Offer offer = market.find(askId);
        if (offer != null && faults.consumeTakeNextCreate()) {
            market.take(offer.id());
        }
        if (offer == null || !offer.rentable()) {
            return notAvailable(askId);
        }
        if (!market.take(offer.id())) {
            if (launch.cancelUnavail()) {
                return failure(
                        410,
                        "no_such_ask",
                        "error 410/3907: no_such_ask Instance type " + askId + " is no longer available.",
                        askId);
            }
            return notAvailable(askId);
        }
        long id = store.nextId();
        SplittableRandom rnd = new SplittableRandom(seed * 31 + id);
        Instance.Spec spec = new Instance.Spec(
                id,
                offer,
                hex(rnd, 32),
                launch.bidPrice(),
                launch.disk(),
                launch.image(),
                launch.runtype(),
                launch.env(),
                launch.onstart(),
                launch.args(),
                launch.argsStr(),
                launch.template(),
                launch.jupyterDir(),
                CatalogGenerator.round(clock.millis() / 1000.0, 3),
                hostPorts(launch, offer, rnd),
                10_000 + (int) (id % 50_000),
                "ssh" + (1 + id % 9) + ".vast.ai",
                hex(rnd, 32),
                launch.volumeInfo());
        store.add(spec, launch.label(), launch.targetState());
        stats.countCreate();
        Map<String, Object> ok = new LinkedHashMap<>();
        ok.put("success", true);
        ok.put("new_contract", id);
        ok.put("instance_api_key", spec.apiKey());
        return SimResponse.json(200, ok);
    }

    private static SimResponse notAvailable(long askId) {
        return failure(
                404,
                "invalid_args",
                "error 404/3603: no_such_ask Instance type by id " + askId + " is not available.",
                askId);
    }

    private static SimResponse failure(int status, String error, String msg, long askId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", false);
        body.put("error", error);
        body.put("msg", msg);
        body.put("ask_id", askId);
        return SimResponse.json(status, body);
    }

    /**
     * Returns the container-port to host-port map the instance will publish once running: 22 for direct ssh,
     * 8080 for direct jupyter, and every {@code -p} port asked for in env.
     */
    static Map<String, String> hostPorts(Launch launch, Offer offer, SplittableRandom rnd) {
        Map<String, String> out = new LinkedHashMap<>();
        int span = Math.max(1, offer.machine().directPortCount() - 64);
        int next = offer.machine().directPortStart() + rnd.nextInt(span);
        if (launch.runtype().contains("ssh_direc")) {
            out.put("22/tcp", Integer.toString(next++));
        }
        if (launch.runtype().contains("jupyter_direc")) {
            out.put("8080/tcp", Integer.toString(next++));
        }
        for (String key : launch.env().keySet()) {
            if (key.startsWith("-p ")) {
                String container = containerPort(key.substring(3).strip());
                if (container != null && !out.containsKey(container)) {
                    out.put(container, Integer.toString(next++));
                }
            }
        }
        return out;
    }

    /** Returns {@code "8000/tcp"} for {@code 8000:8000}, {@code 8081:8081/udp} or {@code 8000}, else null. */
    static @Nullable String containerPort(String spec) {
        String proto = "tcp";
        String ports = spec;
        int slash = spec.indexOf('/');
        if (slash >= 0) {
            proto = spec.substring(slash + 1);
            ports = spec.substring(0, slash);
        }
        String container = ports.substring(ports.lastIndexOf(':') + 1);
        if (!container.matches("\\d{1,5}") || !(proto.equals("tcp") || proto.equals("udp"))) {
            return null;
        }
        int port = Integer.parseInt(container);
        return port >= 1 && port <= 65535 ? port + "/" + proto : null;
    }

    private static String hex(SplittableRandom rnd, int bytes) {
        byte[] b = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            b[i] = (byte) rnd.nextInt(256);
        }
        return HexFormat.of().formatHex(b);
    }
}
