package io.github.jiracloud.emulator.api.agile;

import java.util.List;

import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.data.Sprint;
import io.github.jiracloud.emulator.data.edit.FieldErrors;
import io.github.jiracloud.emulator.data.edit.SprintEditor;
import io.github.jiracloud.emulator.data.edit.SprintIssues;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/** Sprints: create, read, partially update (which starts and completes them), their issues, and moving issues in. */
public final class SprintResource implements Resource {

    static final String NOT_FOUND = "The requested sprint cannot be viewed because it either does not exist or you"
            + " do not have permission to view it.";
    private static final String SPRINT = "/rest/agile/1.0/sprint/{sprintId}";

    @Override
    public void register(Router router) {
        router.post("/rest/agile/1.0/sprint", this::create)
                .get(SPRINT, call -> ApiResponse.ok(new AgileJson(call.links()).sprint(named(call))))
                .post(SPRINT, this::update)
                .get(SPRINT + "/issue", this::issues)
                .post(SPRINT + "/issue", this::moveIssues);
    }

    private static Sprint named(Call call) {
        return call.store().catalog().sprint(BoardResource.pathId(call, "sprintId"))
                .orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }

    private ApiResponse create(Call call) {
        Sprint sprint = new SprintEditor(call.store()).create(call.jsonObject())
                .orElseThrow(() -> ApiException.notFound(SprintEditor.BOARD_NOT_FOUND));
        return ApiResponse.created(new AgileJson(call.links()).sprint(sprint));
    }

    private ApiResponse update(Call call) {
        Sprint sprint = new SprintEditor(call.store()).update(named(call).id(), call.jsonObject())
                .orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        return ApiResponse.ok(new AgileJson(call.links()).sprint(sprint));
    }

    private ApiResponse issues(Call call) {
        Sprint sprint = named(call);
        SprintIssues sprints = new SprintIssues(call.store());
        return AgileIssues.page(call, issue -> sprints.inSprint(issue, sprint.id()));
    }

    private ApiResponse moveIssues(Call call) {
        Sprint sprint = named(call);
        if (!(call.jsonObject().get("issues") instanceof List<?> issues)) {
            throw FieldErrors.of("issues", "The issues to move are required: {\"issues\": [\"KEY-1\", \"10001\"]}.");
        }
        new SprintIssues(call.store()).move(sprint, issues.stream().map(String::valueOf).toList(), call.caller());
        return ApiResponse.noContent();
    }
}
