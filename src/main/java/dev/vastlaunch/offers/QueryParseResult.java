package dev.vastlaunch.offers;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Returns the outcome of parsing a query text: the filters with warnings, or the first problem. */
public sealed interface QueryParseResult {
    /** The query parsed; {@code warnings} name fields the official CLI does not know (they are still sent). */
    record Valid(Map<String, Map<String, @Nullable Object>> filters, List<String> warnings)
            implements QueryParseResult {
        public Valid {
            warnings = List.copyOf(warnings);
        }
    }

    /** The query cannot be used; nothing may be sent. */
    record Invalid(SyntaxProblem problem) implements QueryParseResult {}
}
