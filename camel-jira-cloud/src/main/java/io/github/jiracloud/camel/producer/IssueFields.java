package io.github.jiracloud.camel.producer;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.adf.Adf;
import io.github.jiracloud.camel.adf.TextFormat;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JsonCodec;

/**
 * Turns the bodies users like to write into the create, edit and transition requests Jira expects; the one place
 * that shapes issue bodies. {@code {"project": "OPS", "issuetype": "Bug", "summary": "...", "description": "text",
 * "Story Points": 5, "Severity": "Critical"}} becomes {@code {"fields": {"project": {"key": "OPS"}, "issuetype":
 * {"name": "Bug"}, ..., "description": <ADF>, "customfield_10016": 5, "customfield_10051": {"value":
 * "Critical"}}}}. A body that has {@code fields}, {@code update}, {@code properties}, {@code transition} or
 * {@code historyMetadata} is Jira's own shape: its field names are still resolved and its values shaped the same way.
 *
 * <p>Field keys may be ids or the names people see; names are looked up in the site's {@link FieldCatalogue}. Bare
 * values become what the field's schema wants: select options {@code {"value"}}, users {@code {"accountId"}},
 * versions, components and groups {@code {"name"}}, text areas ADF. A friendly {@code "comment"} becomes
 * {@code update.comment} (Jira has no comment field to set).
 */
public final class IssueFields {

    /** Which field a body key means, and its schema: the site's field catalogue over one connection. */
    interface FieldLookup {

        /** @throws IllegalArgumentException for a name no field has, or several */
        FieldCatalogue.Field resolve(String key);

        Optional<FieldCatalogue.Field> byId(String id);
    }

    private static final Set<String> JIRA_SHAPE = Set.of("fields", "update", "properties", "transition",
            "historyMetadata");
    /** System field ids common enough to need no look-up; anything else is checked against the catalogue. */
    private static final Set<String> SYSTEM_FIELDS = Set.of("summary", "description", "environment", "project",
            "issuetype", "priority", "labels", "assignee", "reporter", "parent", "duedate", "components",
            "fixVersions", "versions", "resolution", "security", "timetracking", "issuelinks", "attachment",
            "worklog", "comment");
    private static final String CUSTOM_FIELD_PREFIX = "customfield_";

    private final TextFormat format;
    private final FieldLookup lookup;

    IssueFields(TextFormat format, FieldLookup lookup) {
        this.format = format;
        this.lookup = lookup;
    }

    /** Shapes bodies for the endpoint's text format, resolving field names over the client's connection. */
    public static IssueFields of(JiraConfiguration configuration, JiraClient client) {
        FieldCatalogue catalogue = FieldCatalogue.of(client);
        return new IssueFields(configuration.textFormat(), new FieldLookup() {
            @Override
            public FieldCatalogue.Field resolve(String key) {
                return catalogue.resolve(key, client);
            }

            @Override
            public Optional<FieldCatalogue.Field> byId(String id) {
                return catalogue.byId(id, client);
            }
        });
    }

    /**
     * A create request; the project and issue type come from the defaults when the body names none. The request is
     * made of {@code body}, which is changed: give a tree of your own ({@link JsonCodec#toObjectCopy}).
     */
    public ObjectNode toCreateRequest(ObjectNode body, String defaultProject, String defaultIssueType) {
        ObjectNode request = inJiraShape(body);
        ObjectNode fields = fieldsOf(request);
        if (!fields.has("project") && defaultProject != null) {
            fields.put("project", defaultProject);
        }
        if (!fields.has("issuetype") && defaultIssueType != null) {
            fields.put("issuetype", defaultIssueType);
        }
        return shaped(request);
    }

    /**
     * An edit or transition request: {@code fields}, {@code update} and the rest, nothing added. Like
     * {@link #toCreateRequest}, it changes {@code body}.
     */
    public ObjectNode toRequest(ObjectNode body) {
        return shaped(inJiraShape(body));
    }

    /** Text becomes ADF in the given format; an ADF document passes through unchanged. */
    public static JsonNode richText(JsonNode value, TextFormat format) {
        return Adf.toDocument(value.isTextual() ? value.asText() : value, format);
    }

    private static ObjectNode inJiraShape(ObjectNode body) {
        Iterator<String> keys = body.fieldNames();
        while (keys.hasNext()) {
            if (JIRA_SHAPE.contains(keys.next())) {
                return body;
            }
        }
        ObjectNode request = JsonCodec.MAPPER.createObjectNode();
        JsonNode comment = body.remove("comment");
        request.set("fields", body);
        if (comment != null && !comment.isNull()) {
            boolean commentObject = comment.isObject() && comment.has("body") && !Adf.isDocument(comment);
            ObjectNode add = request.putObject("update").putArray("comment").addObject().putObject("add");
            if (commentObject) {
                add.setAll((ObjectNode) comment);
            } else {
                add.set("body", comment);
            }
        }
        return request;
    }

    private ObjectNode shaped(ObjectNode request) {
        if (request.has("fields") && request.get("fields").isObject()) {
            request.set("fields", shapedFields(fieldsOf(request)));
        }
        if (request.has("update") && request.get("update").isObject()) {
            request.set("update", shapedUpdates((ObjectNode) request.get("update")));
        }
        return request;
    }

    private ObjectNode shapedFields(ObjectNode fields) {
        ObjectNode shaped = JsonCodec.MAPPER.createObjectNode();
        for (Map.Entry<String, JsonNode> field : fields.properties()) {
            String id = fieldId(field.getKey(), shaped);
            shaped.set(id, value(id, field.getValue()));
        }
        return shaped;
    }

    private ObjectNode shapedUpdates(ObjectNode update) {
        ObjectNode shaped = JsonCodec.MAPPER.createObjectNode();
        for (Map.Entry<String, JsonNode> field : update.properties()) {
            String id = fieldId(field.getKey(), shaped);
            JsonNode operations = field.getValue();
            if ("comment".equals(id) && operations.isArray()) {
                operations.forEach(this::commentBodyAsDocument);
            }
            shaped.set(id, operations);
        }
        return shaped;
    }

    private void commentBodyAsDocument(JsonNode operation) {
        JsonNode add = operation.path("add");
        if (add.isObject() && add.hasNonNull("body")) {
            ((ObjectNode) add).set("body", richText(add.get("body"), format));
        }
    }

    /** The id for a key; a field given twice (say by id and by name) is refused rather than one silently winning. */
    private String fieldId(String key, ObjectNode done) {
        String id = SYSTEM_FIELDS.contains(key) || isCustomFieldId(key)
                ? key
                : lookup.resolve(key).id();
        if (done.has(id)) {
            throw new IllegalArgumentException("The field " + id + " is given twice in the body"
                    + (id.equals(key) ? "" : " (once as '" + key + "')") + ": give each field once");
        }
        return id;
    }

    private JsonNode value(String id, JsonNode value) {
        if (value == null || value.isNull()) {
            return value;
        }
        return switch (id) {
            case "project" -> reference(value, "key");
            case "issuetype", "priority", "resolution", "security" -> reference(value, "name");
            case "parent" -> reference(value, "key");
            case "assignee", "reporter" -> accountReference(value);
            case "description", "environment" -> richText(value, format);
            case "components", "fixVersions", "versions" -> references(value, "name");
            default -> isCustomFieldId(id) && needsSchema(value)
                    ? lookup.byId(id).map(field -> bySchema(field, value)).orElse(value)
                    : value;
        };
    }

    /** {@code customfield_} and ASCII digits: checked for every field of every body, so without a regex. */
    private static boolean isCustomFieldId(String key) {
        if (!key.startsWith(CUSTOM_FIELD_PREFIX) || key.length() == CUSTOM_FIELD_PREFIX.length()) {
            return false;
        }
        for (int i = CUSTOM_FIELD_PREFIX.length(); i < key.length(); i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether a text is an id: one digit or more (as {@link Character#isDigit} has them). */
    public static boolean isNumericId(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /** Only bare texts, or lists with some, may need turning into what the field wants. */
    private static boolean needsSchema(JsonNode value) {
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (item.isTextual()) {
                    return true;
                }
            }
            return false;
        }
        return value.isTextual();
    }

    private JsonNode bySchema(FieldCatalogue.Field field, JsonNode value) {
        if (field.schemaText("custom").endsWith(":textarea")) {
            return richText(value, format);
        }
        if (field.schemaText("custom").endsWith(":gh-sprint")) {
            return sprintId(value);
        }
        String type = field.schemaText("type");
        if ("array".equals(type)) {
            String items = field.schemaText("items");
            ArrayNode list = JsonCodec.MAPPER.createArrayNode();
            (value.isArray() ? value : JsonCodec.MAPPER.createArrayNode().add(value))
                    .forEach(item -> list.add(schemaValue(items, item)));
            return list;
        }
        return schemaValue(type, value);
    }

    private static JsonNode schemaValue(String type, JsonNode value) {
        if (!value.isValueNode()) {
            return value;
        }
        String text = value.asText();
        ObjectNode reference = JsonCodec.MAPPER.createObjectNode();
        return switch (type) {
            case "option", "option-with-child" -> reference.put("value", text);
            case "user" -> reference.put("accountId", text);
            case "version", "component", "group" -> reference.put("name", text);
            case "project" -> reference.put("key", text);
            case "number" -> value.isTextual() ? number(text, value) : value;
            default -> value;
        };
    }

    /**
     * Jira Software's Sprint field reads as an array of sprints but takes one sprint id, a number: {@code "42"} or
     * {@code ["42"]} is sent as {@code 42}.
     */
    private static JsonNode sprintId(JsonNode value) {
        JsonNode one = value.isArray() && value.size() == 1 ? value.get(0) : value;
        return one.isTextual() ? number(one.asText(), one) : one;
    }

    private static JsonNode number(String text, JsonNode original) {
        try {
            return JsonCodec.MAPPER.getNodeFactory().numberNode(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return original; // Jira's own error names the field better than we could
        }
    }

    /** A bare value becomes a reference object: a numeric string is an id, anything else a key or name. */
    private static JsonNode reference(JsonNode value, String byName) {
        if (!value.isValueNode()) {
            return value;
        }
        String text = value.asText();
        return JsonCodec.MAPPER.createObjectNode().put(isNumericId(text) ? "id" : byName, text);
    }

    private static JsonNode references(JsonNode value, String byName) {
        if (!value.isValueNode() && !value.isArray()) {
            return value;
        }
        ArrayNode list = JsonCodec.MAPPER.createArrayNode();
        (value.isArray() ? value : JsonCodec.MAPPER.createArrayNode().add(value))
                .forEach(item -> list.add(reference(item, byName)));
        return list;
    }

    private static JsonNode accountReference(JsonNode value) {
        return value.isValueNode() ? JsonCodec.MAPPER.createObjectNode().put("accountId", value.asText()) : value;
    }

    private static ObjectNode fieldsOf(ObjectNode request) {
        return request.has("fields") && request.get("fields").isObject()
                ? (ObjectNode) request.get("fields")
                : request.putObject("fields");
    }
}
