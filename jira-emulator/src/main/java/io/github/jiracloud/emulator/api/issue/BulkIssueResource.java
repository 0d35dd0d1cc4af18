package io.github.jiracloud.emulator.api.issue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.edit.FieldErrors;
import io.github.jiracloud.emulator.data.edit.IssueCreator;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/**
 * {@code POST /rest/api/3/issue/bulk}: up to 50 issues in one request, each created or refused on its own. Jira
 * answers 201 when at least one was created and 400 when none was, both with the spec's {@code CreatedIssues}:
 * the created issues in request order, and per refused element its index in the request and its errors.
 */
public final class BulkIssueResource implements Resource {

    /** Jira's limit for one request. */
    static final int MAX_ISSUES = 50;

    @Override
    public void register(Router router) {
        router.post("/rest/api/3/issue/bulk", this::create);
    }

    private ApiResponse create(Call call) {
        List<?> updates = issueUpdates(call.jsonObject());
        IssueCreator creator = new IssueCreator(call.store());
        List<Map<String, Object>> issues = new ArrayList<>();
        List<Map<String, Object>> errors = new ArrayList<>();
        for (int index = 0; index < updates.size(); index++) {
            Object update = updates.get(index);
            if (!(update instanceof Map<?, ?> map)) {
                errors.add(failed(index, FieldErrors.message("Each issue update must be a JSON object.")));
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> request = (Map<String, Object>) map;
            try {
                StoredIssue issue = creator.create(call.caller(), request);
                issues.add(created(call, issue, request.get("transition") != null));
            } catch (FieldErrors e) {
                errors.add(failed(index, e));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issues", issues);
        body.put("errors", errors);
        return ApiResponse.json(issues.isEmpty() ? 400 : 201, body);
    }

    private static List<?> issueUpdates(Map<String, Object> body) {
        if (!(body.get("issueUpdates") instanceof List<?> updates) || updates.isEmpty()) {
            throw ApiException.badRequest("Bulk create requires at least one issue in issueUpdates.");
        }
        if (updates.size() > MAX_ISSUES) {
            throw ApiException.badRequest("Bulk create request exceeded the maximum of " + MAX_ISSUES
                    + " issues per request; it had " + updates.size() + ".");
        }
        return updates;
    }

    private static Map<String, Object> created(Call call, StoredIssue issue, boolean transitioned) {
        Map<String, Object> json = IssueResource.createdJson(call, issue);
        if (transitioned) {
            json.put("transition", Map.of("status", 200,
                    "errorCollection", ApiResponse.errorBody(List.of(), Map.of())));
        }
        return json;
    }

    /** The spec's BulkOperationErrorResult. */
    private static Map<String, Object> failed(int index, FieldErrors e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", 400);
        json.put("elementErrors", ApiResponse.errorBody(e.messages(), e.errors()));
        json.put("failedElementNumber", index);
        return json;
    }
}
