package dev.vastlaunch.api.dto;

import com.squareup.moshi.Json;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Returns the answer of {@code GET /api/v0/template/}. */
public record TemplatesReply(
        @Nullable Boolean success,
        @Nullable Object error,
        @Nullable String msg,
        @Json(name = "templates_found") @Nullable Integer templatesFound,
        @Nullable List<TemplateDto> templates)
        implements ApiReply {}
