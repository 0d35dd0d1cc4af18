package io.github.jiracloud.emulator.routing;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.User;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.ApiRequest;
import io.github.jiracloud.emulator.http.Json;
import io.github.jiracloud.emulator.http.Links;

/**
 * An authenticated call to one operation: the request, its path variables, who is calling, which site it
 * addresses and the link style to answer with.
 */
public record Call(ApiRequest request, Map<String, String> pathParams, User caller, JiraStore store, Links links) {

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    /** The body as any JSON value; 400 when it isn't JSON. */
    public Object json() {
        if (!request.hasBody()) {
            throw ApiException.badRequest("No content to map due to end-of-input");
        }
        try {
            return Json.parse(request.bodyText());
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(e.getOriginalMessage());
        }
    }

    /** The body as a JSON object; 400 when it is something else. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> jsonObject() {
        Object json = json();
        if (json instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw ApiException.badRequest("The request body must be a JSON object.");
    }

    public int queryInt(String name, int defaultValue) {
        return request.queryParam(name).map(value -> {
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("The value '" + value + "' of parameter '" + name + "' is not a number.");
            }
        }).orElse(defaultValue);
    }

    public boolean queryFlag(String name) {
        return request.queryParam(name).map(Boolean::parseBoolean).orElse(false);
    }
}
