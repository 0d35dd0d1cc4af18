package io.github.jiracloud.camel.producer.bulk;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import io.github.jiracloud.camel.producer.IssueFields;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Results;
import io.github.jiracloud.camel.producer.project.ProjectActions;
import org.apache.camel.Exchange;

/**
 * The bulk resource: Jira's asynchronous bulk operations ({@link BulkOperation}), what they can do to a set of issues
 * (bulk/editableFields, bulk/transitions) and a task's progress (bulk/status).
 */
public final class BulkActions {

    private static final String ISSUES = "/rest/api/3/bulk/issues/";

    private BulkActions() {
    }

    public static JiraAction edit(JiraConfiguration configuration) {
        return new BulkOperation(configuration, "bulk/edit", true, (exchange, client) -> new BulkEdit(
                IssueFields.of(configuration, client).toRequest(JsonCodec.toObjectCopy(body(exchange),
                        "The bulk/edit body")),
                client, configuration.isNotifyUsers()));
    }

    public static JiraAction transition(JiraConfiguration configuration) {
        return new BulkOperation(configuration, "bulk/transition", false,
                (exchange, client) -> new BulkTransition(ExchangeInputs.required(exchange, JiraConstants.TRANSITION,
                        configuration.getTransition(), "transition"), configuration.isNotifyUsers()));
    }

    public static JiraAction delete(JiraConfiguration configuration) {
        return new BulkOperation(configuration, "bulk/delete", false,
                (exchange, client) -> new BulkSelection(ISSUES + "delete", configuration.isNotifyUsers()));
    }

    public static JiraAction watch(JiraConfiguration configuration) {
        return new BulkOperation(configuration, "bulk/watch", false,
                (exchange, client) -> new BulkSelection(ISSUES + "watch", null));
    }

    public static JiraAction unwatch(JiraConfiguration configuration) {
        return new BulkOperation(configuration, "bulk/unwatch", false,
                (exchange, client) -> new BulkSelection(ISSUES + "unwatch", null));
    }

    public static JiraAction move(JiraConfiguration configuration) {
        return new BulkOperation(configuration, "bulk/move", false,
                (exchange, client) -> new BulkMove(ProjectActions.project(exchange, configuration),
                        configuration.getIssueType(), client, configuration.isNotifyUsers()));
    }

    /** bulk/move moves to one issue type: without it, the route does not start. */
    public static void requireIssueType(JiraConfiguration configuration) {
        if (configuration.getIssueType() == null || configuration.getIssueType().isBlank()) {
            throw new IllegalArgumentException("jira:bulk/move needs the issue type to move to: set the option "
                    + "issueType (a name such as Bug, or an id) (option issueType is missing)");
        }
    }

    public static JiraAction editableFields(JiraConfiguration configuration) {
        return (exchange, client) -> choices(exchange, client, configuration, "bulk/editableFields", "fields");
    }

    public static JiraAction transitions(JiraConfiguration configuration) {
        return (exchange, client) -> choices(exchange, client, configuration, "bulk/transitions", "transition");
    }

    private static Object body(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body == null || body instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException("The bulk/edit body is empty: send the fields to change, e.g. "
                    + "{\"priority\": \"High\"} or {\"update\": {\"labels\": [{\"add\": \"released\"}]}}, and the "
                    + "issues in the header " + JiraConstants.ISSUE_KEYS + " or a JQL");
        }
        return body;
    }

    /**
     * bulk/editableFields ({@code GET .../bulk/issues/fields}: the fields a bulk edit can set on these issues, with
     * their options) and bulk/transitions ({@code GET .../bulk/issues/transition}: per workflow, the transitions the
     * issues all have now): every page, as a List. At most 1,000 issues, found in Jira.
     */
    private static void choices(Exchange exchange, JiraClient client, JiraConfiguration configuration, String action,
            String resource) {
        BulkInput input = BulkInput.of(exchange, configuration, action, false);
        Iterator<BulkInput.Chunk> chunks = input.chunks(client, BulkOperation.TASK_SIZE + 1,
                configuration.getPageSize(), configuration.getLimit());
        BulkInput.Chunk chunk = chunks.hasNext() ? chunks.next() : new BulkInput.Chunk(List.of(), List.of());
        if (chunk.found().size() > BulkOperation.TASK_SIZE) {
            throw new IllegalArgumentException(
                    action + " takes at most " + BulkOperation.TASK_SIZE + " issues, as Jira "
                            + "does; narrow the JQL or the List");
        }
        if (chunk.found().isEmpty()) {
            throw new IllegalArgumentException(action + " found none of the issues in Jira: " + chunk.missing().stream()
                    .map(BulkIssue::given).collect(Collectors.joining(", ")));
        }
        String ids = chunk.found().stream().map(BulkIssue::id).distinct().collect(Collectors.joining(","));
        String list = "fields".equals(resource) ? "fields" : "availableTransitions";
        List<Object> items = new ArrayList<>();
        String startingAfter = null;
        do {
            Object answer = Results.call(exchange, client, JiraRequest.get(ISSUES + resource)
                    .withQuery("issueIdsOrKeys", ids).withQuery("startingAfter", startingAfter));
            Map<?, ?> page = answer instanceof Map<?, ?> map ? map : Map.of();
            if (page.get(list) instanceof List<?> values) {
                items.addAll(values);
            }
            startingAfter = page.get("startingAfter") == null ? null : page.get("startingAfter").toString();
        } while (startingAfter != null);
        BulkOutcome missing = new BulkOutcome();
        chunk.missing().forEach(issue -> missing.failed(issue, 404, List.of(BulkOutcome.NOT_FOUND), null));
        missing.putOn(exchange, true);
        exchange.getMessage().removeHeader(JiraConstants.BULK_TASK_IDS);
        exchange.getMessage().setHeader(JiraConstants.RESULT_COUNT, items.size());
        exchange.getMessage().setBody(items);
    }

    /** bulk/status: {@code GET /rest/api/3/bulk/queue/{taskId}}, the task's progress as Jira reports it. */
    public static JiraAction status(JiraConfiguration configuration) {
        return (exchange, client) -> {
            String taskId = ExchangeInputs.required(exchange, JiraConstants.BULK_TASK_ID, configuration.getTaskId(),
                    "taskId");
            Map<?, ?> progress = new BulkTaskRunner(client, configuration).progress(taskId);
            exchange.getMessage().setHeader(JiraConstants.BULK_TASK_ID, taskId);
            exchange.getMessage().setBody(progress);
        };
    }
}
