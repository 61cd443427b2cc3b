package dev.vastlaunch.sim;

import org.jspecify.annotations.Nullable;

/** Describes the host machine behind an offer: hardware, network, location and trust. */
record Machine(
        int machineId,
        int hostId,
        int machineGpus,
        String geolocation,
        int geolocode,
        String publicIp,
        String cpuName,
        int cpuCores,
        double cpuGhz,
        int cpuRamMb,
        double diskSpace,
        double diskBw,
        String diskName,
        String moboName,
        String osVersion,
        double inetUp,
        double inetDown,
        int directPortStart,
        int directPortCount,
        double pciGen,
        double pcieBw,
        int gpuLanes,
        String driverVersion,
        int driverVers,
        double cudaMaxGood,
        int hostingType,
        boolean staticIp,
        double reliability,
        String verification,
        boolean vmsEnabled,
        @Nullable Boolean external,
        double gpuMaxTemp,
        double bwNvlink,
        @Nullable Integer clusterId) {

    /** Returns the two-letter country code at the end of {@link #geolocation()}. */
    String countryCode() {
        int comma = geolocation.lastIndexOf(',');
        return comma < 0
                ? geolocation.strip()
                : geolocation.substring(comma + 1).strip();
    }
}
