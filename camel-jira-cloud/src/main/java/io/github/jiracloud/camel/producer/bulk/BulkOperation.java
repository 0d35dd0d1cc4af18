package io.github.jiracloud.camel.producer.bulk;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.error.JiraException;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Progress;
import org.apache.camel.Exchange;

/**
 * A bulk action that changes issues: bulk/edit, bulk/transition, bulk/delete, bulk/move, bulk/watch, bulk/unwatch. The
 * change is made first (so a bad one fails with nothing sent), then the issues are read in chunks of 1,000 (Jira's
 * most per task; a JQL search streams) and each chunk is submitted as a task. By default each task is followed to
 * its end ({@link BulkTaskRunner}) before the next chunk is read, so at most one task runs at a time, and every input
 * index ends up changed (the body, in input order) or in {@code CamelJiraBulkErrors} with Jira's reasons, as
 * issue/bulkCreate reports. A task that ends FAILED, CANCELLED or DEAD is reported per issue too; only a request Jira
 * refused as a whole, or one whose answer was lost, is thrown, after the outcome so far is put on the message. With
 * {@code wait=false} the body is the task ids.
 */
final class BulkOperation implements JiraAction {

    /** "You can ... up to 1,000 issues in a single operation." */
    static final int TASK_SIZE = 1000;

    private final JiraConfiguration configuration;
    private final String action;
    private final boolean bodyIsTheChange;
    private final BiFunction<Exchange, JiraClient, BulkChange> change;

    /**
     * @param bodyIsTheChange whether the body is the change (bulk/edit), so the issues come from a header or JQL
     * @param change makes the change of one exchange
     */
    BulkOperation(JiraConfiguration configuration, String action, boolean bodyIsTheChange,
            BiFunction<Exchange, JiraClient, BulkChange> change) {
        this.configuration = configuration;
        this.action = action;
        this.bodyIsTheChange = bodyIsTheChange;
        this.change = change;
    }

    @Override
    public void perform(Exchange exchange, JiraClient client) {
        BulkInput input = BulkInput.of(exchange, configuration, action, bodyIsTheChange);
        BulkChange bulk = change.apply(exchange, client);
        BulkTaskRunner tasks = new BulkTaskRunner(client, configuration);
        BulkOutcome outcome = new BulkOutcome();
        Progress progress = new Progress(action, "issues", input.total(), configuration.getProgressInterval());
        Iterator<BulkInput.Chunk> chunks = input.chunks(client, TASK_SIZE, configuration.getPageSize(),
                configuration.getLimit());
        try {
            while (chunks.hasNext()) {
                BulkInput.Chunk chunk = chunks.next();
                chunk.missing().forEach(issue -> outcome.failed(issue, 404, List.of(BulkOutcome.NOT_FOUND), null));
                if (!chunk.found().isEmpty()) {
                    for (BulkChange.Submission submission : bulk.submissions(chunk.found(), client, outcome)) {
                        run(submission, tasks, outcome, progress, exchange);
                    }
                }
                catchUp(progress, outcome, exchange);
            }
        } finally {
            outcome.putOn(exchange, configuration.isWait());
            progress.putOn(exchange);
            progress.finish();
        }
    }

    private void run(BulkChange.Submission submission, BulkTaskRunner tasks, BulkOutcome outcome, Progress progress,
            Exchange exchange) {
        String taskId;
        try {
            taskId = tasks.submit(submission.path(), submission.body());
        } catch (JiraException e) {
            outcome.notSubmitted(submission.issues(), e);
            throw e;
        }
        outcome.submitted(taskId);
        if (!configuration.isWait()) {
            outcome.handedOver(submission.issues().size());
            catchUp(progress, outcome, exchange);
            return;
        }
        int size = submission.issues().size();
        int start = progress.done();
        Map<?, ?> result;
        try {
            result = tasks.await(taskId, percent -> {
                int behind = start + Math.min(size, percent * size / 100) - progress.done();
                if (behind > 0) {
                    progress.advance(behind);
                    progress.putOn(exchange);
                }
            });
        } catch (JiraException e) {
            submission.issues().forEach(issue -> outcome.failed(issue, 0, List.of("Not known: the bulk task " + taskId
                    + " was not followed to its end: " + e.getMessage()), taskId));
            throw e;
        }
        settle(submission, taskId, result, outcome);
        catchUp(progress, outcome, exchange);
    }

    /** Progress counts the issues settled, including those missing or refused before any task. */
    private static void catchUp(Progress progress, BulkOutcome outcome, Exchange exchange) {
        int behind = outcome.settled() - progress.done();
        if (behind > 0) {
            progress.advance(behind);
        }
        progress.putOn(exchange);
    }

    /** Each issue of the task: changed, refused with Jira's reasons, or left out as the task's end says. */
    private static void settle(BulkChange.Submission submission, String taskId, Map<?, ?> result,
            BulkOutcome outcome) {
        String status = String.valueOf(result.get("status"));
        Set<String> processed = new java.util.HashSet<>();
        if (result.get("processedAccessibleIssues") instanceof List<?> ids) {
            ids.forEach(id -> processed.add(String.valueOf(id)));
        }
        Map<String, List<String>> failed = new HashMap<>();
        if (result.get("failedAccessibleIssues") instanceof Map<?, ?> reasons) {
            reasons.forEach((id, why) -> failed.put(String.valueOf(id), why instanceof List<?> list
                    ? list.stream().map(String::valueOf).toList()
                    : List.of(String.valueOf(why))));
        }
        for (BulkIssue issue : submission.issues()) {
            if (processed.contains(issue.id())) {
                outcome.changed(issue);
            } else if (failed.containsKey(issue.id())) {
                outcome.failed(issue, 400, failed.get(issue.id()), taskId);
            } else if ("COMPLETE".equals(status)) {
                outcome.failed(issue, 404, List.of("Jira counted the issue as invalid or inaccessible when the task "
                        + "reached it (deleted, moved out of reach or no longer visible)"), taskId);
            } else {
                outcome.failed(issue, 0, List.of("The bulk task " + taskId + " ended " + status + " without "
                        + "reporting this issue: it may or may not have been changed"), taskId);
            }
        }
    }
}
