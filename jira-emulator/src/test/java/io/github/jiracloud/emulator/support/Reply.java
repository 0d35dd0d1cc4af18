package io.github.jiracloud.emulator.support;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An HTTP answer with its body read as JSON on demand. */
public record Reply(int status, HttpHeaders headers, String body) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Map<String, Object> json() {
        try {
            return MAPPER.readValue(body, new TypeReference<>() {
            });
        } catch (Exception e) {
            throw new AssertionError("Not a JSON object: " + body, e);
        }
    }

    public List<Object> jsonArray() {
        try {
            return MAPPER.readValue(body, new TypeReference<>() {
            });
        } catch (Exception e) {
            throw new AssertionError("Not a JSON array: " + body, e);
        }
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    @SuppressWarnings("unchecked")
    public List<String> errorMessages() {
        return (List<String>) json().get("errorMessages");
    }

    @SuppressWarnings("unchecked")
    public Map<String, String> errors() {
        return (Map<String, String>) json().get("errors");
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
