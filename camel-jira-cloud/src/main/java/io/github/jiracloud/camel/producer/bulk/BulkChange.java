package io.github.jiracloud.camel.producer.bulk;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.jiracloud.camel.client.JiraClient;

/**
 * What one bulk action asks Jira to do, as the requests for a chunk of issues. Made once per exchange, so a change
 * that can't be made (no transition named, a field that can't be bulk edited) fails before anything is sent.
 */
interface BulkChange {

    /** One bulk request and the issues it covers. */
    record Submission(String path, JsonNode body, List<BulkIssue> issues) {
    }

    /**
     * The requests for these issues (each found in Jira, at most 1,000). Issues the change can't apply to (say, a
     * transition they don't have now) are reported to {@code outcome} and left out.
     */
    List<Submission> submissions(List<BulkIssue> issues, JiraClient client, BulkOutcome outcome);

    /** The issues' ids, each once, as Jira's {@code selectedIssueIdsOrKeys}. */
    static ArrayNode ids(ArrayNode array, List<BulkIssue> issues) {
        issues.stream().map(BulkIssue::id).distinct().forEach(array::add);
        return array;
    }
}
