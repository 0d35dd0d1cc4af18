package io.github.jiracloud.emulator.api.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.Transition;
import io.github.jiracloud.emulator.data.User;
import io.github.jiracloud.emulator.data.bulk.BulkTask;
import io.github.jiracloud.emulator.data.bulk.BulkWork;
import io.github.jiracloud.emulator.data.edit.FieldErrors;
import io.github.jiracloud.emulator.data.edit.IssueEditor;
import io.github.jiracloud.emulator.data.edit.IssueTransitioner;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

import static io.github.jiracloud.emulator.api.bulk.BulkRequests.error;
import static io.github.jiracloud.emulator.api.bulk.BulkRequests.list;
import static io.github.jiracloud.emulator.api.bulk.BulkRequests.map;

/**
 * The asynchronous bulk operations: {@code POST /rest/api/3/bulk/issues/{fields,transition,delete,watch,unwatch}}
 * (move is {@link BulkMoveResource}). Each checks the request as a whole (permission, the 1,000-issue limit, that
 * every issue exists), answers 201 {@code {"taskId"}} and leaves the work to a {@link BulkTask}, which changes one
 * issue
 * after another on the emulator's clock and records, per issue, success or Jira's reasons for refusing it.
 */
public final class BulkSubmitResource implements Resource {

    private static final String ISSUES = "/rest/api/3/bulk/issues/";
    /** "Every transition input must correspond to a distinct workflow" (Jira's answer; here all share one). */
    private static final String ONE_INPUT_PER_WORKFLOW = "Every transition input must correspond to a distinct "
            + "workflow.";

    @Override
    public void register(Router router) {
        router.post(ISSUES + "fields", this::edit)
                .post(ISSUES + "transition", this::transition)
                .post(ISSUES + "delete", this::delete)
                .post(ISSUES + "watch", call -> watch(call, true))
                .post(ISSUES + "unwatch", call -> watch(call, false));
    }

    private ApiResponse edit(Call call) {
        BulkRequests.checkPermission(call);
        Map<String, Object> body = call.jsonObject();
        List<StoredIssue> issues = BulkRequests.issues(call, list(body.get("selectedIssueIdsOrKeys")));
        Map<String, Object> request = BulkEditInput.editRequest(body);
        IssueEditor editor = new IssueEditor(call.store());
        return submit(call, issues, issueId -> refusals(() -> editor.edit(issueId, call.caller(), request)
                .orElseThrow(BulkWork.IssueGone::new)));
    }

    private ApiResponse transition(Call call) {
        BulkRequests.checkPermission(call);
        List<?> inputs = list(call.jsonObject().get("bulkTransitionInputs"));
        if (inputs.isEmpty()) {
            throw error(400, "At least one transition input is required in bulkTransitionInputs.");
        }
        if (inputs.size() > 1) {
            throw error(400, ONE_INPUT_PER_WORKFLOW);
        }
        Map<String, Object> input = map(inputs.get(0));
        String transitionId = String.valueOf(input.get("transitionId"));
        Transition transition = call.store().catalog().workflow().transition(transitionId)
                .orElseThrow(() -> error(400, "The transition id '" + transitionId + "' is not valid."));
        List<StoredIssue> issues = BulkRequests.issues(call, list(input.get("selectedIssueIdsOrKeys")));
        IssueTransitioner transitioner = new IssueTransitioner(call.store());
        Map<String, Object> request = Map.of("transition", Map.of("id", transition.id()));
        return submit(call, issues, issueId -> refusals(() -> transitioner.transition(issueId, call.caller(),
                request).orElseThrow(BulkWork.IssueGone::new)));
    }

    /** Deletes each issue with its sub-tasks, as bulk delete in Jira's UI does. */
    private ApiResponse delete(Call call) {
        BulkRequests.checkPermission(call);
        List<StoredIssue> issues = BulkRequests.issues(call,
                list(call.jsonObject().get("selectedIssueIdsOrKeys")));
        IssueEditor editor = new IssueEditor(call.store());
        return submit(call, issues, issueId -> refusals(() -> {
            if (!editor.delete(issueId, true)) {
                throw new BulkWork.IssueGone();
            }
        }));
    }

    /** The caller starts or stops watching each issue. */
    private ApiResponse watch(Call call, boolean start) {
        BulkRequests.checkPermission(call);
        List<StoredIssue> issues = BulkRequests.issues(call,
                list(call.jsonObject().get("selectedIssueIdsOrKeys")));
        JiraStore store = call.store();
        String accountId = call.caller().accountId();
        return submit(call, issues, issueId -> {
            store.issues().find(issueId).orElseThrow(BulkWork.IssueGone::new);
            if (start) {
                store.watchers().add(issueId, accountId);
            } else {
                store.watchers().remove(issueId, accountId);
            }
            return List.of();
        });
    }

    static ApiResponse submit(Call call, List<StoredIssue> issues, BulkWork work) {
        User caller = call.caller();
        List<Long> ids = new ArrayList<>(issues.size());
        issues.forEach(issue -> ids.add(issue.id()));
        BulkTask task = call.store().bulkTasks().submit(caller, ids, work);
        Map<String, Object> submitted = new HashMap<>();
        submitted.put("taskId", task.id());
        return ApiResponse.created(submitted);
    }

    /** Runs one issue's change: no reasons when it succeeds, Jira's reasons when it refuses. */
    static List<String> refusals(Runnable change) {
        try {
            change.run();
            return List.of();
        } catch (FieldErrors e) {
            return BulkRequests.reasons(e);
        }
    }
}
