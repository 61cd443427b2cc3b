package dev.vastlaunch.app;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Returns one launch attempt of the history: when, from which recipe (a preset's name, or {@code ad-hoc}), the
 * recipe's search and create lines (secrets as {@code $NAME}), the offer, its price, the instance and the outcome.
 *
 * @param perHour the price per hour from {@link Pricing}, or 0 when it was not known
 * @param instanceId the instance created, or null when none was
 * @param outcome {@code created}, {@code refused}, {@code taken}, {@code not sent} or {@code unknown}
 */
public record LaunchRecord(
        Instant time,
        String recipe,
        String searchLine,
        String createLine,
        long offerId,
        String offer,
        double perHour,
        @Nullable Long instanceId,
        String outcome) {

    /** The recipe name of a launch not started from a preset. */
    public static final String AD_HOC = "ad-hoc";

    /** Returns this record at {@code when}. */
    public LaunchRecord at(Instant when) {
        return new LaunchRecord(when, recipe, searchLine, createLine, offerId, offer, perHour, instanceId, outcome);
    }

    /** Returns the record as one line of {@code key=value} words, values URL-encoded (so a line never breaks). */
    public String toLine() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("time", time.toString());
        f.put("recipe", recipe);
        f.put("offer", Long.toString(offerId));
        f.put("gpu", offer);
        f.put("dph", String.format(Locale.ROOT, "%.4f", perHour));
        f.put("instance", instanceId == null ? "-" : Long.toString(instanceId));
        f.put("outcome", outcome);
        f.put("search", searchLine);
        f.put("create", createLine);
        StringBuilder sb = new StringBuilder();
        f.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return sb.toString();
    }

    /** Returns the record a line holds, or empty when the line is not a whole record (say, cut off by a crash). */
    public static Optional<LaunchRecord> parse(String line) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String word : line.strip().split(" ", -1)) {
            int eq = word.indexOf('=');
            if (eq <= 0) {
                return Optional.empty();
            }
            try {
                f.put(word.substring(0, eq), URLDecoder.decode(word.substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        String[] needed = {"time", "recipe", "offer", "gpu", "dph", "instance", "outcome", "search", "create"};
        for (String k : needed) {
            if (!f.containsKey(k)) {
                return Optional.empty();
            }
        }
        try {
            String inst = f.getOrDefault("instance", "");
            return Optional.of(new LaunchRecord(
                    Instant.parse(f.getOrDefault("time", "")),
                    f.getOrDefault("recipe", ""),
                    f.getOrDefault("search", ""),
                    f.getOrDefault("create", ""),
                    Long.parseLong(f.getOrDefault("offer", "")),
                    f.getOrDefault("gpu", ""),
                    Double.parseDouble(f.getOrDefault("dph", "")),
                    inst.equals("-") ? null : Long.parseLong(inst),
                    f.getOrDefault("outcome", "")));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
