package dev.vastlaunch.api.dto;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * Returns one offer as {@code POST /api/v0/bundles/} sends it (reference §2.6); fields the client does not use are
 * skipped by the reader.
 *
 * <p>Units: RAM in MB, prices in $/hour, {@code storage_cost} in $/GB/month, {@code duration} in seconds.
 */
public record OfferDto(
        long id,
        @Json(name = "ask_contract_id") @Nullable Long askContractId,
        @Json(name = "machine_id") @Nullable Long machineId,
        @Json(name = "host_id") @Nullable Long hostId,
        @Json(name = "num_gpus") @Nullable Integer numGpus,
        @Json(name = "gpu_name") @Nullable String gpuName,
        @Json(name = "gpu_ram") @Nullable Long gpuRam,
        @Json(name = "gpu_total_ram") @Nullable Long gpuTotalRam,
        @Json(name = "gpu_arch") @Nullable String gpuArch,
        @Json(name = "compute_cap") @Nullable Integer computeCap,
        @Json(name = "cuda_max_good") @Nullable Double cudaMaxGood,
        @Json(name = "driver_version") @Nullable String driverVersion,
        @Json(name = "cpu_name") @Nullable String cpuName,
        @Json(name = "cpu_cores_effective") @Nullable Double cpuCoresEffective,
        @Json(name = "cpu_ram") @Nullable Long cpuRam,
        @Json(name = "disk_space") @Nullable Double diskSpace,
        @Json(name = "inet_up") @Nullable Double inetUp,
        @Json(name = "inet_down") @Nullable Double inetDown,
        @Json(name = "direct_port_count") @Nullable Integer directPortCount,
        @Json(name = "dph_base") @Nullable Double dphBase,
        @Json(name = "dph_total") @Nullable Double dphTotal,
        @Json(name = "discounted_dph_total") @Nullable Double discountedDphTotal,
        @Json(name = "min_bid") @Nullable Double minBid,
        @Json(name = "is_bid") @Nullable Boolean isBid,
        @Json(name = "storage_cost") @Nullable Double storageCost,
        @Nullable Double dlperf,
        @Json(name = "dlperf_per_dphtotal") @Nullable Double dlperfPerDphtotal,
        @Nullable Double score,
        @Nullable Double reliability,
        @Nullable Double reliability2,
        @Nullable String verification,
        @Nullable Boolean rentable,
        @Nullable Boolean external,
        @Json(name = "has_avx") @Nullable Integer hasAvx,
        @Nullable String geolocation,
        @Nullable Double duration,
        @Json(name = "total_flops") @Nullable Double totalFlops,
        @Json(name = "disk_bw") @Nullable Double diskBw) {}
