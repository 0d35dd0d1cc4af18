package io.github.jiracloud.camel.producer.issue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.client.PathTemplate;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Results;
import org.apache.camel.Exchange;

/**
 * {@code issue/notify}: {@code POST /rest/api/3/issue/{issueIdOrKey}/notify}, Jira e-mails people about the issue.
 * The body is Jira's Notification: {@code subject}, {@code textBody} and/or {@code htmlBody}, and {@code to} with
 * {@code reporter}, {@code assignee}, {@code watchers}, {@code voters} (booleans) and {@code users}; a user may be
 * given as a bare account id string. The result is an empty body.
 */
public final class NotifyIssue implements JiraAction {

    private final JiraConfiguration configuration;

    public NotifyIssue(JiraConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void perform(Exchange exchange, JiraClient client) {
        String key = ExchangeInputs.issueKey(exchange, configuration.getIssueKey());
        Object body = ExchangeInputs.body(exchange, "issue/notify", "send e.g. {\"subject\": \"...\", "
                + "\"textBody\": \"...\", \"to\": {\"assignee\": true, \"users\": [\"<accountId>\"]}}");
        ObjectNode notification = JsonCodec.toObjectCopy(body, "The issue/notify body");
        if (notification.get("to") instanceof ObjectNode to && to.get("users") instanceof ArrayNode users) {
            to.set("users", accountReferences(users));
        }
        Results.callIntoBody(exchange, client, JiraRequest.post(
                PathTemplate.expand("/rest/api/3/issue/{issueIdOrKey}/notify", key), notification));
    }

    private static ArrayNode accountReferences(ArrayNode users) {
        ArrayNode references = JsonCodec.MAPPER.createArrayNode();
        for (JsonNode user : users) {
            references
                    .add(user.isTextual() ? JsonCodec.MAPPER.createObjectNode().put("accountId", user.asText()) : user);
        }
        return references;
    }
}
