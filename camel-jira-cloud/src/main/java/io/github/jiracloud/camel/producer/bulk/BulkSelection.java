package io.github.jiracloud.camel.producer.bulk;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JsonCodec;

/**
 * bulk/delete, bulk/watch and bulk/unwatch: the change is the selection itself ({@code selectedIssueIdsOrKeys}). Delete
 * takes {@code sendBulkNotification} (the option notifyUsers); watching and unwatching notify nobody.
 */
final class BulkSelection implements BulkChange {

    private final String path;
    private final Boolean sendBulkNotification;

    /** @param sendBulkNotification null for the requests that don't take it */
    BulkSelection(String path, Boolean sendBulkNotification) {
        this.path = path;
        this.sendBulkNotification = sendBulkNotification;
    }

    @Override
    public List<Submission> submissions(List<BulkIssue> issues, JiraClient client, BulkOutcome outcome) {
        ObjectNode body = JsonCodec.MAPPER.createObjectNode();
        BulkChange.ids(body.putArray("selectedIssueIdsOrKeys"), issues);
        if (sendBulkNotification != null) {
            body.put("sendBulkNotification", sendBulkNotification);
        }
        return List.of(new Submission(path, body, issues));
    }
}
