package dev.vastlaunch.api.dto;

import com.squareup.moshi.Json;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Returns one page of {@code GET /api/v1/instances/}; {@code nextToken} is null on the last page. */
public record InstancesPage(
        @Nullable Boolean success,
        @Nullable Object error,
        @Nullable String msg,
        @Json(name = "instances_found") @Nullable Integer instancesFound,
        @Json(name = "total_instances") @Nullable Integer totalInstances,
        @Json(name = "next_token") @Nullable String nextToken,
        @Nullable List<InstanceDto> instances)
        implements ApiReply {}
