package io.github.jiracloud.emulator.api.issue;

import java.util.List;

import io.github.jiracloud.emulator.api.Issues;
import io.github.jiracloud.emulator.api.PageWindow;
import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.api.render.EntityJson;
import io.github.jiracloud.emulator.api.render.TimeTrackingJson;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.StoredWorklog;
import io.github.jiracloud.emulator.data.TimeTracking;
import io.github.jiracloud.emulator.data.edit.EstimateAdjustment;
import io.github.jiracloud.emulator.data.edit.WorklogEditor;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.ApiRequest;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/**
 * The worklogs of an issue, oldest first, and the time tracking they move: each add, update and delete adjusts the
 * remaining estimate as {@code adjustEstimate} says.
 */
public final class WorklogResource implements Resource {

    private static final String WORKLOGS = "/rest/api/3/issue/{issueIdOrKey}/worklog";
    private static final String WORKLOG = WORKLOGS + "/{id}";
    private static final int MAX_PAGE = 5000;

    @Override
    public void register(Router router) {
        router.get(WORKLOGS, this::list)
                .post(WORKLOGS, this::add)
                .get(WORKLOG, this::get)
                .put(WORKLOG, this::edit)
                .delete(WORKLOG, this::delete);
    }

    private ApiResponse list(Call call) {
        StoredIssue issue = Issues.named(call);
        ApiRequest request = call.request();
        long after = request.queryParam("startedAfter").map(Long::parseLong).orElse(Long.MIN_VALUE);
        long before = request.queryParam("startedBefore").map(Long::parseLong).orElse(Long.MAX_VALUE);
        List<StoredWorklog> worklogs = TimeTracking.worklogs(issue).stream()
                .filter(worklog -> worklog.started().toEpochMilli() >= after
                        && worklog.started().toEpochMilli() < before)
                .toList();
        PageWindow window = PageWindow.of(call, MAX_PAGE, MAX_PAGE);
        return ApiResponse.ok(json(call).page(window.slice(worklogs), window.startAt(), window.maxResults(),
                worklogs.size()));
    }

    private ApiResponse add(Call call) {
        StoredIssue issue = Issues.named(call);
        StoredWorklog worklog = new WorklogEditor(call.store())
                .add(issue.id(), call.caller(), call.jsonObject(), adjustment(call, "reduceBy"))
                .orElseThrow(Issues::notFound);
        return ApiResponse.created(json(call).worklog(worklog));
    }

    private ApiResponse get(Call call) {
        StoredIssue issue = Issues.named(call);
        return ApiResponse.ok(json(call).worklog(WorklogEditor.find(issue, worklogId(call))
                .orElseThrow(() -> worklogNotFound(call))));
    }

    private ApiResponse edit(Call call) {
        StoredIssue issue = Issues.named(call);
        StoredWorklog worklog = new WorklogEditor(call.store())
                .edit(issue.id(), worklogId(call), call.caller(), call.jsonObject(), adjustment(call, null))
                .orElseThrow(() -> worklogNotFound(call));
        return ApiResponse.ok(json(call).worklog(worklog));
    }

    private ApiResponse delete(Call call) {
        StoredIssue issue = Issues.named(call);
        if (!new WorklogEditor(call.store()).delete(issue.id(), worklogId(call), call.caller(),
                adjustment(call, "increaseBy"))) {
            throw worklogNotFound(call);
        }
        return ApiResponse.noContent();
    }

    /** @param manualParameter the amount parameter of {@code adjustEstimate=manual} for this operation, if any */
    private static EstimateAdjustment adjustment(Call call, String manualParameter) {
        ApiRequest request = call.request();
        return EstimateAdjustment.of(request.queryParam("adjustEstimate").orElse(null),
                request.queryParam("newEstimate").orElse(null), manualParameter,
                manualParameter == null ? null : request.queryParam(manualParameter).orElse(null));
    }

    private static long worklogId(Call call) {
        try {
            return Long.parseLong(call.pathParam("id"));
        } catch (NumberFormatException e) {
            throw worklogNotFound(call);
        }
    }

    private static ApiException worklogNotFound(Call call) {
        return ApiException.notFound("Cannot find worklog with id: '" + call.pathParam("id") + "'.");
    }

    private static TimeTrackingJson json(Call call) {
        return new TimeTrackingJson(call.store(), new EntityJson(call.links()));
    }
}
