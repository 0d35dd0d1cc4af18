package io.github.jiracloud.camel.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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

    private JiraRequest(String method, String path, Map<String, List<String>> query, JsonNode body,
                        Set<Integer> answerStatuses) {
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
        this.query = query;
        this.body = body;
        this.answerStatuses = answerStatuses;
    }

    public static JiraRequest get(String path) {
        return new JiraRequest("GET", path, Map.of(), null, Set.of());
    }

    public static JiraRequest post(String path, JsonNode body) {
        return new JiraRequest("POST", path, Map.of(), body, Set.of());
    }

    public static JiraRequest put(String path, JsonNode body) {
        return new JiraRequest("PUT", path, Map.of(), body, Set.of());
    }

    public static JiraRequest delete(String path) {
        return new JiraRequest("DELETE", path, Map.of(), null, Set.of());
    }

    public static JiraRequest of(String method, String path, JsonNode body) {
        return new JiraRequest(method.toUpperCase(java.util.Locale.ROOT), path, Map.of(), body, Set.of());
    }

    /** A copy with one more query parameter; null or blank values are left out. */
    public JiraRequest withQuery(String name, Object value) {
        if (value == null || value.toString().isBlank()) {
            return this;
        }
        Map<String, List<String>> copy = new LinkedHashMap<>(query);
        copy.computeIfAbsent(name, k -> new ArrayList<>()).add(value.toString());
        copy.replaceAll((k, v) -> List.copyOf(v));
        return new JiraRequest(method, path, Collections.unmodifiableMap(copy), body, answerStatuses);
    }

    public JiraRequest withBody(JsonNode newBody) {
        return new JiraRequest(method, path, query, newBody, answerStatuses);
    }

    /**
     * A copy for which the client returns this error status as an answer instead of throwing, for APIs whose error
     * body still carries results: a bulk create in which every element failed answers 400 with each element's errors.
     */
    public JiraRequest withAnswerStatus(int status) {
        Set<Integer> statuses = new java.util.HashSet<>(answerStatuses);
        statuses.add(status);
        return new JiraRequest(method, path, query, body, Set.copyOf(statuses));
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

    /** GET, PUT, DELETE and HEAD may be repeated safely when the outcome of an attempt is unknown. */
    public boolean isIdempotent() {
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
