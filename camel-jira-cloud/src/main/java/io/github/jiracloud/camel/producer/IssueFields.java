package io.github.jiracloud.camel.producer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.adf.Adf;
import io.github.jiracloud.camel.adf.TextFormat;
import io.github.jiracloud.camel.client.JsonCodec;

/**
 * Turns the bodies users like to write into the create/edit request Jira expects. {@code {"project": "OPS",
 * "issuetype": "Bug", "summary": "...", "description": "text"}} becomes {@code {"fields": {"project": {"key":
 * "OPS"}, "issuetype": {"name": "Bug"}, ..., "description": <ADF>}}}; a body that already has {@code fields} or
 * {@code update} is Jira's own shape and only its text fields are converted.
 */
final class IssueFields {

    private static final String[] RICH_TEXT_FIELDS = { "description", "environment" };

    private IssueFields() {
    }

    static ObjectNode toRequest(ObjectNode body, String defaultProject, String defaultIssueType, TextFormat format) {
        ObjectNode request;
        if (body.has("fields") || body.has("update") || body.has("properties") || body.has("transition")) {
            request = body.deepCopy();
        } else {
            request = JsonCodec.MAPPER.createObjectNode();
            request.set("fields", body.deepCopy());
        }
        ObjectNode fields = request.has("fields") && request.get("fields").isObject()
                ? (ObjectNode) request.get("fields") : request.putObject("fields");
        if (!fields.has("project") && defaultProject != null) {
            fields.put("project", defaultProject);
        }
        if (!fields.has("issuetype") && defaultIssueType != null) {
            fields.put("issuetype", defaultIssueType);
        }
        reference(fields, "project", "key");
        reference(fields, "issuetype", "name");
        reference(fields, "priority", "name");
        reference(fields, "parent", "key");
        reference(fields, "assignee", "accountId");
        reference(fields, "reporter", "accountId");
        for (String field : RICH_TEXT_FIELDS) {
            if (fields.has(field) && !fields.get(field).isNull()) {
                fields.set(field, richText(fields.get(field), format));
            }
        }
        return request;
    }

    /** Text becomes ADF in the given format; an ADF document passes through unchanged. */
    static JsonNode richText(JsonNode value, TextFormat format) {
        return Adf.toDocument(value.isTextual() ? value.asText() : value, format);
    }

    /** A bare value becomes a reference object: a numeric string is an id, anything else a key or name. */
    private static void reference(ObjectNode fields, String field, String byName) {
        JsonNode value = fields.get(field);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return;
        }
        String text = value.asText();
        boolean isId = !"accountId".equals(byName) && text.chars().allMatch(Character::isDigit) && !text.isEmpty();
        fields.putObject(field).put(isId ? "id" : byName, text);
    }
}
