package dev.vastlaunch.sim;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers {@code PUT /api/v0/instances/request_logs/{id}/} like the API: it prepares the log text and returns a
 * {@code result_url} that the client fetches without a key (a capability URL, as the real S3 link is).
 */
final class Logs {
    /** Is the path prefix of result URLs. */
    static final String RESULT_PREFIX = "sim-logs";

    private static final int KEEP = 64;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> results = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEEP;
        }
    };

    /** Returns the response to a log request for {@code row} (an instance row), with URLs under {@code baseUrl}. */
    Map<String, Object> request(Map<String, @Nullable Object> row, Map<String, @Nullable Object> body, String baseUrl) {
        boolean daemon = Boolean.TRUE.equals(Values.bool(body.get("daemon_logs")));
        List<String> lines = daemon ? daemonLines(row) : containerLines(row);
        Object filter = body.get("filter");
        if (filter != null && !filter.toString().isEmpty()) {
            lines.removeIf(l -> !l.contains(filter.toString()));
        }
        double tail = Values.number(body.get("tail"));
        if (!Double.isNaN(tail) && tail >= 0 && tail < lines.size()) {
            lines = new ArrayList<>(lines.subList(lines.size() - (int) tail, lines.size()));
        }
        byte[] b = new byte[16];
        random.nextBytes(b);
        String token = HexFormat.of().formatHex(b);
        synchronized (results) {
            results.put(token, String.join("\n", lines) + (lines.isEmpty() ? "" : "\n"));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("success", true);
        out.put("msg", "Logs are being prepared; fetch result_url.");
        out.put("result_url", baseUrl + "/" + RESULT_PREFIX + "/" + token);
        return out;
    }

    /** Returns the prepared text for {@code token}, or null when unknown. */
    @Nullable
    String result(String token) {
        synchronized (results) {
            return results.get(token);
        }
    }

    private static List<String> containerLines(Map<String, @Nullable Object> row) {
        List<String> lines = new ArrayList<>();
        Object status = row.get("actual_status");
        Object image = row.get("image_uuid");
        if (status == null) {
            return lines;
        }
        lines.add("Pulling image " + image);
        lines.add(image + ": Pull complete");
        if (status.equals("loading")) {
            return lines;
        }
        lines.add("Starting container (runtype " + row.get("image_runtype") + ")");
        Object onstart = row.get("onstart");
        if (onstart != null && !onstart.toString().isBlank()) {
            lines.add(
                    "Running onstart: " + onstart.toString().lines().findFirst().orElse(""));
        }
        lines.add("SSH server listening on port 22");
        if (status.equals("exited")) {
            lines.add("Container stopped.");
        }
        return lines;
    }

    private static List<String> daemonLines(Map<String, @Nullable Object> row) {
        List<String> lines = new ArrayList<>();
        lines.add("vastd: instance " + row.get("id") + " intended " + row.get("intended_status"));
        lines.add("vastd: instance " + row.get("id") + " actual " + row.get("actual_status"));
        return lines;
    }
}
