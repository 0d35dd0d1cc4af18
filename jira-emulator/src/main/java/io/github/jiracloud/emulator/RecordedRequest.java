package io.github.jiracloud.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request the emulator received, for assertions in tests.
 *
 * @param path as sent, including any {@code /ex/jira/{cloudId}} prefix
 * @param query the raw query string, or empty
 * @param headers by lower-case name; the Authorization value is reduced to its scheme ({@code Basic},
 *     {@code Bearer}), so credentials never leave the emulator
 * @param status the status the client received; 0 when the connection was dropped without an answer
 */
public record RecordedRequest(String requestId, String method, String path, String query,
        Map<String, List<String>> headers, String body, int status, Instant timestamp) {

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
