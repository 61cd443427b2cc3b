package dev.vastlaunch.launch;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Returns one of the user's instances as the API reports it.
 *
 * <p>{@code actualStatus} is null while provisioning, then e.g. {@code loading}, {@code running}, {@code exited};
 * {@code ports} maps a container port such as {@code "22/tcp"} to its host ports (empty until running).
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
        String geolocation) {

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
