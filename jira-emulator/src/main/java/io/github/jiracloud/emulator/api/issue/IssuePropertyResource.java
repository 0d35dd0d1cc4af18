package io.github.jiracloud.emulator.api.issue;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.jiracloud.emulator.api.Issues;
import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.edit.IssueProperties;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/** Issue entity properties. */
public final class IssuePropertyResource implements Resource {

    private static final String PROPERTIES = "/rest/api/3/issue/{issueIdOrKey}/properties";
    private static final String PROPERTY = PROPERTIES + "/{propertyKey}";
    /** Jira refuses property values over 32 KB. */
    private static final int MAX_VALUE_BYTES = 32768;

    @Override
    public void register(Router router) {
        router.get(PROPERTIES, this::keys)
                .get(PROPERTY, this::get)
                .put(PROPERTY, this::set)
                .delete(PROPERTY, this::delete);
    }

    private ApiResponse keys(Call call) {
        StoredIssue issue = Issues.named(call);
        var keys = issue.properties().keySet().stream()
                .map(key -> Map.of("self", self(call, issue, key), "key", key)).toList();
        return ApiResponse.ok(Map.of("keys", keys));
    }

    private ApiResponse get(Call call) {
        StoredIssue issue = Issues.named(call);
        String key = call.pathParam("propertyKey");
        if (!issue.properties().containsKey(key)) {
            throw notFound(key);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", key);
        json.put("value", issue.properties().get(key));
        return ApiResponse.ok(json);
    }

    private ApiResponse set(Call call) {
        StoredIssue issue = Issues.named(call);
        if (call.request().body().length > MAX_VALUE_BYTES) {
            throw ApiException.badRequest("The property value is too long. It must not exceed 32768 bytes.");
        }
        boolean created = new IssueProperties(call.store()).set(issue.id(), call.pathParam("propertyKey"), call.json())
                .orElseThrow(Issues::notFound);
        return new ApiResponse(created ? 201 : 200, Map.of("Content-Type", ApiResponse.JSON), new byte[0]);
    }

    private ApiResponse delete(Call call) {
        StoredIssue issue = Issues.named(call);
        String key = call.pathParam("propertyKey");
        if (!new IssueProperties(call.store()).delete(issue.id(), key)) {
            throw notFound(key);
        }
        return ApiResponse.noContent();
    }

    private static String self(Call call, StoredIssue issue, String key) {
        return call.links().issue(issue.idText()) + "/properties/" + key;
    }

    private static ApiException notFound(String key) {
        return ApiException.notFound("The property with key '" + key + "' does not exist.");
    }
}
