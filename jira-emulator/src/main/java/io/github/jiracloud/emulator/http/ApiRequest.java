package io.github.jiracloud.emulator.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as the emulator saw it, independent of the server library, so the whole pipeline can be
 * tested and reasoned about without sockets.
 *
 * @param path the decoded path, e.g. {@code /ex/jira/<cloudId>/rest/api/3/issue/OPS-1}
 * @param query decoded query parameters in arrival order; a name may repeat
 * @param headers header names in lower case
 */
public record ApiRequest(String requestId, Instant receivedAt, String method, String path, String rawQuery,
        Map<String, List<String>> query, Map<String, List<String>> headers, byte[] body) {

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean hasBody() {
        return body.length > 0;
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The first value of a query parameter. */
    public Optional<String> queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every value of a query parameter, each further split at commas, as Jira reads list parameters. */
    public List<String> queryList(String name) {
        List<String> values = query.get(name);
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .toList();
    }

    /** A copy that looks as if it had arrived at another path (used to strip the {@code /ex/jira/<cloudId>} prefix). */
    public ApiRequest withPath(String newPath) {
        return new ApiRequest(requestId, receivedAt, method, newPath, rawQuery, query, headers, body);
    }
}
