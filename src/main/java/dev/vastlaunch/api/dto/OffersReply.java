package dev.vastlaunch.api.dto;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Returns the answer of {@code POST /api/v0/bundles/}. */
public record OffersReply(
        @Nullable Boolean success,
        @Nullable Object error,
        @Nullable String msg,
        @Nullable List<OfferDto> offers) implements ApiReply {}
