package io.github.jiracloud.emulator.api.issue;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.jiracloud.emulator.api.Issues;
import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.api.render.FieldSelection;
import io.github.jiracloud.emulator.api.render.IssueView;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.edit.IssueCreator;
import io.github.jiracloud.emulator.data.edit.IssueEditor;
import io.github.jiracloud.emulator.http.ApiRequest;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/** Create, get, edit and delete issues. */
public final class IssueResource implements Resource {

    private static final String ISSUE = "/rest/api/3/issue/{issueIdOrKey}";

    @Override
    public void register(Router router) {
        router.post("/rest/api/3/issue", this::create)
                .get(ISSUE, this::get)
                .put(ISSUE, this::edit)
                .delete(ISSUE, this::delete);
    }

    private ApiResponse create(Call call) {
        StoredIssue issue = new IssueCreator(call.store()).create(call.caller(), call.jsonObject());
        return ApiResponse.created(createdJson(call, issue));
    }

    /** The spec's CreatedIssue: what create and bulk create answer for each new issue. */
    static Map<String, Object> createdJson(Call call, StoredIssue issue) {
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("id", issue.idText());
        created.put("key", issue.key());
        created.put("self", call.links().issue(issue.idText()));
        return created;
    }

    private ApiResponse get(Call call) {
        StoredIssue issue = Issues.named(call);
        return ApiResponse.ok(Issues.json(call).issue(issue, view(call)));
    }

    private ApiResponse edit(Call call) {
        StoredIssue issue = Issues.named(call);
        StoredIssue edited = new IssueEditor(call.store()).edit(issue.id(), call.caller(), call.jsonObject())
                .orElseThrow(Issues::notFound);
        if (call.queryFlag("returnIssue")) {
            return ApiResponse.ok(Issues.json(call).issue(edited, view(call)));
        }
        return ApiResponse.noContent();
    }

    private ApiResponse delete(Call call) {
        StoredIssue issue = Issues.named(call);
        if (!new IssueEditor(call.store()).delete(issue.id(), call.queryFlag("deleteSubtasks"))) {
            throw Issues.notFound();
        }
        return ApiResponse.noContent();
    }

    /** GET issue shows every field unless told otherwise. */
    static IssueView view(Call call) {
        ApiRequest request = call.request();
        return new IssueView(
                FieldSelection.parse(request.queryList("fields"), FieldSelection.Default.ALL,
                        FieldSelection.Default.ALL,
                        call.store().catalog().fields()),
                Issues.expand(request.queryParam("expand").orElse(null)),
                request.queryList("properties"));
    }
}
