package io.github.jiracloud.emulator.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A complete response, built before anything is written, so faults such as "commit, then drop the response"
 * or "truncate the body" can be applied to any handler's answer.
 */
public record ApiResponse(int status, Map<String, String> headers, byte[] body) {

    public static final String JSON = "application/json;charset=UTF-8";

    public ApiResponse {
        headers = Map.copyOf(new LinkedHashMap<>(headers));
    }

    public static ApiResponse json(int status, Object value) {
        return new ApiResponse(status, Map.of("Content-Type", JSON), Json.bytes(value));
    }

    public static ApiResponse ok(Object value) {
        return json(200, value);
    }

    public static ApiResponse created(Object value) {
        return json(201, value);
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, Map.of("Content-Type", JSON), new byte[0]);
    }

    public static ApiResponse redirect(String location) {
        return new ApiResponse(302, Map.of("Location", location, "Content-Type", JSON), new byte[0]);
    }

    /** Jira's error body: {@code {"errorMessages":[...],"errors":{}}}. */
    public static ApiResponse error(int status, String... messages) {
        return json(status, errorBody(Arrays.asList(messages), Map.of()));
    }

    /**
     * Jira's error body for problems with particular fields: {@code {"errorMessages":[],"errors":{field: message}}}.
     */
    public static ApiResponse fieldErrors(int status, Map<String, String> errors) {
        return json(status, errorBody(List.of(), errors));
    }

    public static Map<String, Object> errorBody(List<String> messages, Map<String, String> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errorMessages", List.copyOf(messages));
        body.put("errors", new LinkedHashMap<>(errors));
        return body;
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiResponse(status, copy, body);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
