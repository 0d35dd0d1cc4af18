package io.github.jiracloud.camel.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One call to the Jira REST API, as an immutable value: method, path relative to the site (e.g.
 * {@code /rest/api/3/issue/OPS-1}), query parameters and an optional JSON body. Build the path with
 * {@link PathTemplate} so that parameters are encoded.
 */
public final class JiraRequest {

    private final String method;
    private final String path;
    private final Map<String, List<String>> query;
    private final JsonNode body;
    private final Set<Integer> answerStatuses;
    private final boolean safeToRepeat;
    private final boolean bodyExpected;
    private final OutcomeCheck outcomeCheck;
    private final ExactlyOnce exactlyOnce;

    private JiraRequest(String method, String path, Map<String, List<String>> query, JsonNode body,
            Set<Integer> answerStatuses, boolean safeToRepeat, boolean bodyExpected, OutcomeCheck outcomeCheck,
            ExactlyOnce exactlyOnce) {
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
        this.query = query;
        this.body = exactlyOnce == null ? body : exactlyOnce.addTo(body);
        this.answerStatuses = answerStatuses;
        this.safeToRepeat = safeToRepeat;
        this.bodyExpected = bodyExpected;
        this.outcomeCheck = outcomeCheck;
        this.exactlyOnce = exactlyOnce;
    }

    private JiraRequest(String method, String path, JsonNode body) {
        this(method, path, Map.of(), body, Set.of(), false, "GET".equals(method), null, null);
    }

    public static JiraRequest get(String path) {
        return new JiraRequest("GET", path, null);
    }

    public static JiraRequest post(String path, JsonNode body) {
        return new JiraRequest("POST", path, body);
    }

    /**
     * A POST that only reads, such as a JQL search: safe to send again when its answer is lost, and its answer must
     * have a body.
     */
    public static JiraRequest query(String path, JsonNode body) {
        return new JiraRequest("POST", path, body).safeToRepeat().withBodyExpected();
    }

    public static JiraRequest put(String path, JsonNode body) {
        return new JiraRequest("PUT", path, body);
    }

    public static JiraRequest delete(String path) {
        return new JiraRequest("DELETE", path, null);
    }

    public static JiraRequest of(String method, String path, JsonNode body) {
        return new JiraRequest(method.toUpperCase(Locale.ROOT), path, body);
    }

    /** A copy with one more query parameter; null or blank values are left out. */
    public JiraRequest withQuery(String name, Object value) {
        if (value == null || value.toString().isBlank()) {
            return this;
        }
        Map<String, List<String>> copy = new LinkedHashMap<>(query);
        copy.computeIfAbsent(name, k -> new ArrayList<>()).add(value.toString());
        copy.replaceAll((k, v) -> List.copyOf(v));
        return new JiraRequest(method, path, Collections.unmodifiableMap(copy), body, answerStatuses, safeToRepeat,
                bodyExpected, outcomeCheck, exactlyOnce);
    }

    public JiraRequest withBody(JsonNode newBody) {
        return new JiraRequest(method, path, query, newBody, answerStatuses, safeToRepeat, bodyExpected, outcomeCheck,
                exactlyOnce);
    }

    /**
     * A copy for which the client returns this error status as an answer instead of throwing, for APIs whose error
     * body still carries results: a bulk create in which every element failed answers 400 with each element's errors.
     */
    public JiraRequest withAnswerStatus(int status) {
        Set<Integer> statuses = new HashSet<>(answerStatuses);
        statuses.add(status);
        return new JiraRequest(method, path, query, body, Set.copyOf(statuses), safeToRepeat, bodyExpected,
                outcomeCheck, exactlyOnce);
    }

    /**
     * A copy whose successful answer must have a body, as Jira's answer to a create does: a 2xx without one (or with a
     * proxy's HTML page) is treated like an answer that never came.
     */
    public JiraRequest withBodyExpected() {
        return new JiraRequest(method, path, query, body, answerStatuses, safeToRepeat, true, outcomeCheck,
                exactlyOnce);
    }

    /**
     * A copy that may be sent again when an attempt's outcome is unknown although its method is POST: one that only
     * reads (a search), or one the API makes safe to repeat (a token refresh).
     */
    public JiraRequest safeToRepeat() {
        return new JiraRequest(method, path, query, body, answerStatuses, true, bodyExpected, outcomeCheck,
                exactlyOnce);
    }

    /**
     * A copy that may be sent again when an attempt's outcome is unknown (the connection broke after sending, the
     * answer timed out, was incomplete, or a gateway answered 502 or 504), because {@code check} is asked first
     * whether the write took effect; its answer then stands for the lost one.
     */
    public JiraRequest withOutcomeCheck(OutcomeCheck check) {
        return new JiraRequest(method, path, query, body, answerStatuses, safeToRepeat, bodyExpected,
                Objects.requireNonNull(check, "check"), exactlyOnce);
    }

    /**
     * A copy that is a create made exactly once: its body carries the idempotency key, and the client looks the
     * entity up by it, with the part's lookup, wherever the create's outcome is unknown (see {@link ExactlyOnce}).
     */
    public JiraRequest withExactlyOnce(ExactlyOnce once) {
        Objects.requireNonNull(once, "once");
        return new JiraRequest(method, path, query, body, answerStatuses, safeToRepeat, bodyExpected, once.lookup(),
                once);
    }

    /** Whether the client returns a response with this status rather than throwing; true for every 2xx. */
    public boolean isAnswer(int status) {
        return status >= 200 && status < 300 || answerStatuses.contains(status);
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public Map<String, List<String>> query() {
        return query;
    }

    public JsonNode body() {
        return body;
    }

    /** Whether a successful answer must carry a body: every GET, and requests marked so. */
    public boolean expectsBody() {
        return bodyExpected;
    }

    /** How to find out whether this write took effect when its answer is lost, or null. */
    public OutcomeCheck outcomeCheck() {
        return outcomeCheck;
    }

    /** The exactly-once part of a create, or null. */
    public ExactlyOnce exactlyOnce() {
        return exactlyOnce;
    }

    /**
     * GET, PUT, DELETE and HEAD, and POSTs that only read ({@link #query}), may be repeated safely when the outcome of
     * an attempt is unknown.
     */
    public boolean isIdempotent() {
        if (safeToRepeat) {
            return true;
        }
        return switch (method) {
            case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
