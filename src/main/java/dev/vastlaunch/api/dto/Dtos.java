package dev.vastlaunch.api.dto;

import com.squareup.moshi.Moshi;
import dev.vastlaunch.launch.Instance;
import dev.vastlaunch.launch.Template;
import dev.vastlaunch.offers.Offer;
import dev.vastlaunch.offers.OfferType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maps wire DTOs to domain records; fields the server left out or sent as null become 0, {@code ""} or empty.
 */
public final class Dtos {
    private Dtos() {}

    /** Returns a Moshi that reads the DTOs of this package, with lenient numbers and booleans. */
    public static Moshi moshi() {
        return new Moshi.Builder()
                .add(new LenientAdapters())
                .add(OfferDtoAdapter.FACTORY)
                .add(OffersReplyAdapter.FACTORY)
                .build();
    }

    /** Returns the domain offer for a wire offer listed by a search of {@code listedAs}. */
    public static Offer toOffer(OfferDto o, OfferType listedAs) {
        Double reliability = o.reliability() != null ? o.reliability() : o.reliability2();
        return new Offer(
                o.id(),
                text(o.gpuName()),
                intOr0(o.numGpus()),
                longOr0(o.gpuRam()),
                num(o.dphTotal()),
                num(o.dphBase()),
                o.minBid(),
                num(o.dlperf()),
                num(o.dlperfPerDphtotal()),
                num(reliability),
                num(o.cudaMaxGood()),
                text(o.driverVersion()),
                num(o.inetDown()),
                num(o.inetUp()),
                intOr0(o.directPortCount()),
                text(o.geolocation()),
                num(o.duration()),
                num(o.diskSpace()),
                longOr0(o.cpuRam()),
                num(o.cpuCoresEffective()),
                text(o.verification()),
                longOr0(o.machineId()),
                longOr0(o.hostId()),
                num(o.storageCost()),
                num(o.score()),
                o.discountedDphTotal(),
                num(o.totalFlops()),
                num(o.diskBw()),
                listedAs);
    }

    /** Returns the domain instance for a wire instance. */
    public static Instance toInstance(InstanceDto i) {
        return new Instance(
                i.id(),
                i.actualStatus(),
                i.intendedStatus(),
                i.statusMsg(),
                i.label(),
                text(i.imageUuid()),
                text(i.imageRuntype()),
                i.sshHost(),
                i.sshPort(),
                i.publicIpaddr(),
                hostPorts(i.ports()),
                text(i.gpuName()),
                intOr0(i.numGpus()),
                num(i.dphTotal()),
                num(i.diskSpace()),
                num(i.startDate()),
                text(i.geolocation()),
                i.templateName(),
                i.jupyterToken(),
                num(i.storageTotalCost()));
    }

    /** Returns the domain template for a wire template. */
    public static Template toTemplate(TemplateDto t) {
        return new Template(
                t.id(),
                text(t.hashId()),
                text(t.name()),
                text(t.image()),
                text(t.tag()),
                envText(t.env()),
                text(t.onstart()),
                text(t.runtype()),
                text(t.argsStr()),
                Boolean.TRUE.equals(t.sshDirect()),
                Boolean.TRUE.equals(t.jupDirect()),
                Boolean.TRUE.equals(t.useSsh()),
                t.jupyterDir(),
                Boolean.TRUE.equals(t.useJupyterLab()),
                num(t.recommendedDiskSpace()),
                Boolean.TRUE.equals(t.recommended()),
                extraFilters(t.extraFilters()),
                text(t.desc()));
    }

    /**
     * Returns the host ports of a Docker-style {@code ports} object, keyed by container port ({@code "22/tcp"}).
     *
     * <p>Null, a non-object, bindings without {@code HostPort} and empty lists are skipped rather than rejected.
     */
    public static Map<String, List<String>> hostPorts(@Nullable Object ports) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (!(ports instanceof Map<?, ?> map)) {
            return out;
        }
        map.forEach((port, bindings) -> {
            List<String> hostPorts = new ArrayList<>();
            if (bindings instanceof List<?> list) {
                for (Object binding : list) {
                    if (binding instanceof Map<?, ?> b && b.get("HostPort") != null) {
                        hostPorts.add(scalar(b.get("HostPort")));
                    }
                }
            }
            if (!hostPorts.isEmpty()) {
                out.put(String.valueOf(port), List.copyOf(hostPorts));
            }
        });
        return out;
    }

    /** Returns an instance's {@code extra_env}, given as {@code [key, value]} pairs or as an object, as a map. */
    public static Map<String, String> extraEnv(@Nullable Object extraEnv) {
        Map<String, String> out = new LinkedHashMap<>();
        if (extraEnv instanceof List<?> pairs) {
            for (Object pair : pairs) {
                if (pair instanceof List<?> kv && kv.size() == 2 && kv.get(0) != null) {
                    out.put(scalar(kv.get(0)), scalar(kv.get(1)));
                }
            }
        } else if (extraEnv instanceof Map<?, ?> map) {
            map.forEach((k, v) -> out.put(String.valueOf(k), scalar(v)));
        }
        return out;
    }

    /**
     * Returns a template's env in Docker-options form; an object form ({@code {"A": "1", "-p 80:80": "1"}}) is
     * rendered as {@code -e A=1 -p 80:80}.
     */
    static String envText(@Nullable Object env) {
        if (env instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.forEach((k, v) -> {
                String key = String.valueOf(k);
                boolean flag = key.startsWith("-p ") || key.startsWith("-v ") || key.startsWith("-n ");
                parts.add(flag ? key : key.equals("-h") ? "-h " + scalar(v) : "-e " + key + "=" + scalar(v));
            });
            return String.join(" ", parts);
        }
        return env == null ? "" : scalar(env);
    }

    private static Map<String, Object> extraFilters(@Nullable Object filters) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (filters instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (k != null && v != null) {
                    out.put(String.valueOf(k), v);
                }
            });
        }
        return out;
    }

    /** Returns a scalar as text; whole numbers that Moshi read as doubles lose their {@code .0}. */
    private static String scalar(@Nullable Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return value == null ? "" : String.valueOf(value);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static double num(@Nullable Double value) {
        return value == null ? 0.0 : value;
    }

    private static int intOr0(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    private static long longOr0(@Nullable Long value) {
        return value == null ? 0L : value;
    }
}
