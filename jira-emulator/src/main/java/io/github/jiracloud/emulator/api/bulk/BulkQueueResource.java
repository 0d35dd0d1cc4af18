package io.github.jiracloud.emulator.api.bulk;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.data.bulk.BulkTask;
import io.github.jiracloud.emulator.data.bulk.BulkTasks;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/**
 * {@code GET /rest/api/3/bulk/queue/{taskId}}: a bulk task's progress, as the spec's examples show it. While the task
 * is queued or running: its status, percentage and times. Once it is over: also which issues it changed
 * ({@code processedAccessibleIssues}), which it could not and why ({@code failedAccessibleIssues}) and how many were
 * gone by the time it reached them ({@code invalidOrInaccessibleIssueCount}). Times are epoch milliseconds, as in the
 * examples (the schema says date-time strings). An unknown task, or one older than 14 days, answers 400: the spec
 * lists no 404 here.
 */
public final class BulkQueueResource implements Resource {

    @Override
    public void register(Router router) {
        router.get("/rest/api/3/bulk/queue/{taskId}", this::progress);
    }

    private ApiResponse progress(Call call) {
        String taskId = call.pathParam("taskId");
        BulkTask task = call.store().bulkTasks().find(taskId).orElseThrow(() -> new ApiException(ApiResponse.error(
                400, "There is no bulk operation task with id " + taskId + " (progress is kept "
                        + BulkTasks.KEPT.toDays() + " days).")));
        Instant now = call.store().now();
        BulkTask.Status status = task.status(now);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("taskId", task.id());
        json.put("status", status.name());
        json.put("progressPercent", task.progressPercent());
        json.put("submittedBy", Map.of("accountId", task.submitter().accountId()));
        json.put("created", task.created().toEpochMilli());
        if (status != BulkTask.Status.ENQUEUED) {
            json.put("started", task.started().toEpochMilli());
        }
        json.put("updated", task.updated().toEpochMilli());
        if (status == BulkTask.Status.COMPLETE) {
            json.put("totalIssueCount", task.totalIssueCount());
            json.put("processedAccessibleIssues", task.processedAccessibleIssues());
            Map<String, Object> failed = new LinkedHashMap<>();
            task.failedAccessibleIssues().forEach((id, reasons) -> failed.put(Long.toString(id), reasons));
            if (!failed.isEmpty()) {
                json.put("failedAccessibleIssues", failed);
            }
            json.put("invalidOrInaccessibleIssueCount", task.invalidOrInaccessibleIssueCount());
        }
        return ApiResponse.ok(json);
    }
}
