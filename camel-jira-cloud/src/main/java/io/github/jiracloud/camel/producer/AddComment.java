package io.github.jiracloud.camel.producer;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.adf.Adf;
import io.github.jiracloud.camel.adf.TextFormat;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.client.PathTemplate;
import org.apache.camel.Exchange;

/**
 * {@code comment/add}: {@code POST /rest/api/3/issue/{issueIdOrKey}/comment}. The body is the comment text, an ADF
 * document, or Jira's own {@code {"body": ..., "visibility": ...}}. The result is the created comment.
 */
final class AddComment implements JiraAction {

    private final JiraConfiguration configuration;

    AddComment(JiraConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void perform(Exchange exchange, JiraClient client) {
        String key = ExchangeInputs.issueKey(exchange, configuration.getIssueKey());
        ObjectNode comment = toComment(exchange.getMessage().getBody(), configuration.textFormat());
        JiraRequest request = JiraRequest.post(PathTemplate.expand("/rest/api/3/issue/{issueIdOrKey}/comment", key),
                comment);
        Map<?, ?> created = (Map<?, ?>) Results.call(exchange, client, request);
        exchange.getMessage().setHeader(JiraConstants.COMMENT_ID, created.get("id"));
        exchange.getMessage().setBody(created);
    }

    static ObjectNode toComment(Object body, TextFormat format) {
        if (body == null || body instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException("The comment/add body is empty: send the comment text, an ADF "
                    + "document or {\"body\": ...}");
        }
        JsonNode json = body instanceof String text ? parseIfObject(text) : JsonCodec.toTree(body, "The comment/add body");
        ObjectNode comment = JsonCodec.MAPPER.createObjectNode();
        if (json == null || json.isTextual()) {
            comment.set("body", Adf.toDocument(json == null ? body : json.asText(), format));
        } else if (Adf.isDocument(json)) {
            comment.set("body", json);
        } else if (json.isObject() && json.has("body")) {
            comment.setAll((ObjectNode) json);
            comment.set("body", IssueFields.richText(json.get("body"), format));
        } else {
            throw new IllegalArgumentException("The comment/add body must be text, an ADF document or an object with "
                    + "a body field, was: " + json.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
        }
        return comment;
    }

    /** Text that happens to start with '{' (wiki markup, say) stays text unless it is a JSON object. */
    private static JsonNode parseIfObject(String text) {
        if (!text.stripLeading().startsWith("{")) {
            return null;
        }
        try {
            JsonNode node = JsonCodec.MAPPER.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (Exception e) {
            return null;
        }
    }
}
