package io.github.jiracloud.camel.producer.bulk;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JsonCodec;

/**
 * bulk/move: {@code POST /rest/api/3/bulk/issues/move}, every issue to one project (option {@code project}, header
 * {@code CamelJiraProjectKey}) and issue type (option {@code issueType}, by name or id). Jira is left to infer what the
 * target needs (status, mandatory fields, sub-task types, classification) from the issues, and sub-tasks move with
 * their parents. Moving issues under a new parent, or into a sub-task type, is not offered here: use api/call.
 */
final class BulkMove implements BulkChange {

    private static final String PATH = "/rest/api/3/bulk/issues/move";

    private final String target;
    private final boolean sendBulkNotification;

    /** @throws IllegalArgumentException when the issue type is unknown or a sub-task type */
    BulkMove(String project, String issueType, JiraClient client, boolean sendBulkNotification) {
        this.target = project + "," + issueTypeId(issueType, client);
        this.sendBulkNotification = sendBulkNotification;
    }

    @Override
    public List<Submission> submissions(List<BulkIssue> issues, JiraClient client, BulkOutcome outcome) {
        ObjectNode body = JsonCodec.MAPPER.createObjectNode().put("sendBulkNotification", sendBulkNotification);
        ObjectNode mapping = body.putObject("targetToSourcesMapping").putObject(target);
        BulkChange.ids(mapping.putArray("issueIdsOrKeys"), issues);
        for (String infer : List.of("inferClassificationDefaults", "inferFieldDefaults", "inferStatusDefaults",
                "inferSubtaskTypeDefault")) {
            mapping.put(infer, true);
        }
        return List.of(new Submission(PATH, body, issues));
    }

    private static String issueTypeId(String issueType, JiraClient client) {
        Object answer = client.call(JiraRequest.get("/rest/api/3/issuetype"));
        List<Map<?, ?>> types = answer instanceof List<?> list
                ? list.stream().filter(Map.class::isInstance).<Map<?, ?>> map(each -> (Map<?, ?>) each).toList()
                : List.of();
        Map<?, ?> type = types.stream().filter(each -> issueType.equals(String.valueOf(each.get("id")))).findFirst()
                .or(() -> types.stream().filter(each -> issueType.equalsIgnoreCase(String.valueOf(each.get("name"))))
                        .findFirst())
                .orElseThrow(() -> new IllegalArgumentException("No issue type '" + issueType + "' to move to; the "
                        + "site has: " + types.stream().map(each -> String.valueOf(each.get("name"))).toList()));
        if (Boolean.TRUE.equals(type.get("subtask"))) {
            throw new IllegalArgumentException("bulk/move can't move issues into the sub-task type " + type.get("name")
                    + ": that needs a parent; move sub-tasks with their parents, or use api/call");
        }
        return String.valueOf(type.get("id"));
    }
}
