package dev.vastlaunch.launch;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Returns one of the user's instances as the API reports it.
 *
 * <p>{@code actualStatus} is null while provisioning, then e.g. {@code loading}, {@code running}, {@code exited};
 * {@code ports} maps a container port such as {@code "22/tcp"} to its host ports (empty until running);
 * {@code dphTotal} is what it costs per hour while running, storage included, and {@code storagePerHour} the storage
 * part, which is billed also while stopped.
 */
public record Instance(
        long id,
        @Nullable String actualStatus,
        @Nullable String intendedStatus,
        @Nullable String statusMessage,
        @Nullable String label,
        String image,
        String runtype,
        @Nullable String sshHost,
        @Nullable Integer sshPort,
        @Nullable String publicIp,
        Map<String, List<String>> ports,
        String gpuName,
        int numGpus,
        double dphTotal,
        double diskSpaceGb,
        double startDate,
        String geolocation,
        @Nullable String templateName,
        @Nullable String jupyterToken,
        double storagePerHour) {

    public Instance {
        ports = Map.copyOf(ports);
    }

    /** Returns whether the instance is up and reachable. */
    public boolean isRunning() {
        return "running".equals(actualStatus);
    }

    /** Returns whether the instance has reached a state it will not leave by itself (exited, offline, ...). */
    public boolean hasFailed() {
        return actualStatus != null
                && List.of("exited", "offline", "unknown").contains(actualStatus)
                && "running".equals(intendedStatus);
    }

    /** Returns how long ago it was created at {@code now} (epoch seconds): {@code 45s}, {@code 12m}, {@code 3h12m}, {@code 2d4h}. */
    public String age(double now) {
        if (startDate <= 0) {
            return "-";
        }
        long s = (long) Math.max(0, now - startDate);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m";
        }
        if (s < 86_400) {
            return (s / 3600) + "h" + (s % 3600 / 60) + "m";
        }
        return (s / 86_400) + "d" + (s % 86_400 / 3600) + "h";
    }

    /** Returns whether the user asked it to be stopped (it bills storage only). */
    public boolean isStopped() {
        return "stopped".equals(intendedStatus) || "stopped".equals(actualStatus);
    }

    /** Returns every mapped port as {@code host:port → container port}, in container-port order. */
    public List<String> portLines() {
        String host = publicIp == null || publicIp.isEmpty() ? "?" : publicIp;
        return ports.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Instance::byPortNumber))
                .flatMap(e -> e.getValue().stream().map(h -> host + ":" + h.strip() + " → " + e.getKey()))
                .toList();
    }

    /**
     * Returns the Jupyter URL when the instance maps Jupyter's port 8080 and has a token: {@code
     * https://IP:PORT/?token=TOKEN} (Vast serves Jupyter over TLS with its own certificate).
     */
    public Optional<String> jupyterUrl() {
        List<String> mapped = ports.get("8080/tcp");
        if (mapped == null
                || mapped.isEmpty()
                || jupyterToken == null
                || jupyterToken.isEmpty()
                || publicIp == null
                || publicIp.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("https://" + publicIp + ":" + mapped.get(0).strip() + "/?token=" + jupyterToken);
    }

    private static int byPortNumber(String a, String b) {
        return Integer.compare(portNumber(a), portNumber(b)) != 0
                ? Integer.compare(portNumber(a), portNumber(b))
                : a.compareTo(b);
    }

    private static int portNumber(String containerPort) {
        int slash = containerPort.indexOf('/');
        String digits = slash < 0 ? containerPort : containerPort.substring(0, slash);
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /**
     * Returns the ssh address by the official CLI's rule: the direct port mapped for {@code 22/tcp} on the public
     * IP, else the proxy host and port (plus one when the runtype mentions jupyter); empty when neither is known.
     */
    public Optional<SshTarget> sshTarget() {
        List<String> direct = ports.get("22/tcp");
        if (direct != null && !direct.isEmpty() && publicIp != null && !publicIp.isEmpty()) {
            try {
                return Optional.of(
                        new SshTarget(publicIp, Integer.parseInt(direct.get(0).strip()), true));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        if (sshHost == null || sshHost.isEmpty() || sshPort == null) {
            return Optional.empty();
        }
        int port = runtype.contains("jupyter") ? sshPort + 1 : sshPort;
        return Optional.of(new SshTarget(sshHost, port, false));
    }
}
