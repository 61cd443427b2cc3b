package dev.vastlaunch.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vastlaunch.api.dto.Dtos;
import dev.vastlaunch.api.dto.ErrorReply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorBodiesTest {
    private final ErrorBodies errors = new ErrorBodies(Dtos.moshi().adapter(ErrorReply.class));

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "msg wins                | {\"success\": false, \"error\": \"no_such_ask\", \"msg\": \"gone\", \"message\": \"m\"} | no_such_ask | gone",
                "message when no msg     | {\"message\": \"try later\"}                        |             | try later",
                "detail when no message  | {\"detail\": \"API requests too frequent\"}        |             | API requests too frequent",
                "error true is no code   | {\"error\": true, \"msg\": \"x\"}                  |             | x",
                "JSON without a message  | {\"success\": false}                               |             | (no detail message supplied)",
                "plain text, one line    | '  API requests\n too frequent  '                  |             | API requests too frequent",
                "empty body              | ''                                                 |             | (no detail message supplied)",
                "HTML page               | <html><head><title>502 Bad Gateway</title></head></html> |       | HTML page: 502 Bad Gateway",
                "broken JSON is text     | {\"msg\": oops                                     |             | {\"msg\": oops"
            })
    void theMessageIsTakenFromTheFirstFieldThatHasOne(String rule, String body, String error, String message) {
        assertThat(errors.parse(body)).as(rule).isEqualTo(new ErrorBodies.Detail(error == null ? "" : error, message));
    }

    @org.junit.jupiter.api.Test
    void aVeryLongBodyIsCutToAReadableLength() {
        String message = errors.parse("x".repeat(5000)).message();
        assertThat(message).hasSize(301).endsWith("…");
    }
}
