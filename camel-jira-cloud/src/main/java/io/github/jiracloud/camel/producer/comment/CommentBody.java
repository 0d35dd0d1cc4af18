package io.github.jiracloud.camel.producer.comment;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.adf.Adf;
import io.github.jiracloud.camel.adf.TextFormat;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.producer.IssueFields;

/**
 * The comment bodies users like to send, as Jira's {@code {"body": <ADF>, ...}}: plain text or Markdown, an ADF
 * document, or Jira's own {@code {"body": ..., "visibility": ...}} whose body may itself be text.
 */
final class CommentBody {

    private CommentBody() {
    }

    /** @param action names the action in error messages, e.g. {@code comment/update} */
    static ObjectNode toRequest(Object body, TextFormat format, String action) {
        if (body == null || body instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException("The " + action + " body is empty: send the comment text, an ADF "
                    + "document or {\"body\": ...}");
        }
        JsonNode json = body instanceof String text
                ? parseIfObject(text)
                : JsonCodec.toTree(body, "The " + action + " body");
        ObjectNode comment = JsonCodec.MAPPER.createObjectNode();
        if (json == null || json.isTextual()) {
            comment.set("body", Adf.toDocument(json == null ? body : json.asText(), format));
        } else if (Adf.isDocument(json)) {
            comment.set("body", json);
        } else if (json.isObject() && json.has("body")) {
            comment.setAll((ObjectNode) json);
            comment.set("body", IssueFields.richText(json.get("body"), format));
        } else {
            throw new IllegalArgumentException("The " + action + " body must be text, an ADF document or an object "
                    + "with a body field, was: " + json.getNodeType().toString().toLowerCase(Locale.ROOT));
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
