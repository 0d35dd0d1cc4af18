package io.github.jiracloud.camel.producer.bulk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.error.JiraException;
import org.apache.camel.Exchange;

/**
 * What a bulk action did to each issue of its input, by index, reported as issue/bulkCreate reports its elements: the
 * changed issues ({@code {id, key}}) are the body in input order, every other index has an entry in
 * {@code CamelJiraBulkErrors} saying why. Jira's task ids go in {@code CamelJiraBulkTaskIds}.
 */
public final class BulkOutcome {

    static final String NOT_FOUND = "Issue does not exist or you do not have permission to see it.";

    private final SortedMap<Integer, Map<String, Object>> changed = new TreeMap<>();
    private final List<Map<String, Object>> errors = new ArrayList<>();
    private final List<String> taskIds = new ArrayList<>();
    private int handedOver;

    void changed(BulkIssue issue) {
        changed.put(issue.index(), issue.result());
    }

    /**
     * @param status 404 for an issue Jira doesn't have, 400 for a change Jira refused, 0 when the issue was never sent
     *     or its outcome is not known
     * @param taskId the task that reported it, or null
     */
    void failed(BulkIssue issue, int status, List<String> messages, String taskId) {
        Map<String, Object> error = error(issue.index(), status, messages, Map.of());
        error.put("issue", issue.given());
        error.put("id", issue.id());
        error.put("key", issue.key());
        if (taskId != null) {
            error.put("taskId", taskId);
        }
        errors.add(error);
    }

    /** An entry of CamelJiraBulkErrors, as issue/bulkCreate and the bulk actions both report one. */
    public static Map<String, Object> error(Integer index, int status, List<?> messages, Map<?, ?> fieldErrors) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("index", index);
        error.put("status", status);
        error.put("errorMessages", List.copyOf(messages));
        error.put("errors", new LinkedHashMap<>(fieldErrors));
        return error;
    }

    /** A submit that failed as a whole: its issues were not changed, or (no answer) may have been. */
    void notSubmitted(Collection<BulkIssue> issues, JiraException e) {
        String outcome = e.getStatus() == 0
                ? "Not confirmed: the bulk request got no answer, so a task may or may not have started for it: "
                : "Not changed: the bulk request for this issue failed: ";
        issues.forEach(issue -> failed(issue, e.getStatus(), List.of(outcome + e.getMessage()), null));
    }

    void submitted(String taskId) {
        taskIds.add(taskId);
    }

    /** Issues left to a task without waiting for it (wait=false). */
    void handedOver(int issues) {
        handedOver += issues;
    }

    /** Issues whose outcome is known, or that were handed to a task not waited for. */
    int settled() {
        return changed.size() + errors.size() + handedOver;
    }

    /**
     * The changed issues as the body (with {@code wait=false}, the task ids instead), the others in
     * CamelJiraBulkErrors, the count changed, and the task ids.
     */
    void putOn(Exchange exchange, boolean waited) {
        errors.sort(Comparator.comparing(error -> (Integer) error.get("index")));
        exchange.getMessage().setHeader(JiraConstants.BULK_ERRORS, List.copyOf(errors));
        exchange.getMessage().setHeader(JiraConstants.BULK_TASK_IDS, List.copyOf(taskIds));
        if (taskIds.size() == 1) {
            exchange.getMessage().setHeader(JiraConstants.BULK_TASK_ID, taskIds.get(0));
        } else {
            exchange.getMessage().removeHeader(JiraConstants.BULK_TASK_ID);
        }
        exchange.getMessage().setHeader(JiraConstants.RESULT_COUNT, changed.size());
        exchange.getMessage().setBody(waited ? new ArrayList<>(changed.values()) : List.copyOf(taskIds));
    }
}
