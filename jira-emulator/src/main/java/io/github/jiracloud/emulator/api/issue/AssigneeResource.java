package io.github.jiracloud.emulator.api.issue;

import java.util.HashMap;
import java.util.Map;

import io.github.jiracloud.emulator.api.Issues;
import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.edit.IssueEditor;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/**
 * {@code PUT /rest/api/3/issue/{issueIdOrKey}/assignee}: {@code {"accountId": "..."}} assigns, {@code "-1"} gives the
 * project's default assignee and {@code null} unassigns. Recorded in the changelog like any edit of the assignee.
 */
public final class AssigneeResource implements Resource {

    private static final String DEFAULT_ASSIGNEE = "-1";

    @Override
    public void register(Router router) {
        router.put("/rest/api/3/issue/{issueIdOrKey}/assignee", this::assign);
    }

    private ApiResponse assign(Call call) {
        StoredIssue issue = Issues.named(call);
        Map<String, Object> body = call.jsonObject();
        if (!body.containsKey("accountId")) {
            throw ApiException.badRequest("Specify the accountId of the user to assign, \"-1\" for the project's "
                    + "default assignee, or null to unassign.");
        }
        Object accountId = body.get("accountId");
        if (DEFAULT_ASSIGNEE.equals(accountId)) {
            accountId = defaultAssignee();
        }
        // HashMap, because an unassigning null is a value here, not an absence.
        Map<String, Object> assignee = new HashMap<>();
        assignee.put("assignee", accountId == null ? null : Map.of("accountId", accountId));
        new IssueEditor(call.store()).edit(issue.id(), call.caller(), Map.of("fields", assignee))
                .orElseThrow(Issues::notFound);
        return ApiResponse.noContent();
    }

    /** The emulator's projects allow unassigned issues and default to them (their assigneeType is UNASSIGNED). */
    private static String defaultAssignee() {
        return null;
    }
}
