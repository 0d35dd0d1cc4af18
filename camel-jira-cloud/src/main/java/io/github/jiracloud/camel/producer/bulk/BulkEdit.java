package io.github.jiracloud.camel.producer.bulk;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.producer.FieldCatalogue;
import io.github.jiracloud.camel.producer.IssueFields;

/**
 * bulk/edit: {@code POST /rest/api/3/bulk/issues/fields}. The body is the change as issue/update takes it
 * ({@code {"Priority": "High", "description": "text", "labels": ["a", "b"]}}, or Jira's own shape, e.g.
 * {@code {"update": {"labels": [{"add": "released"}]}}}); {@link IssueFields} resolves the field names and shapes the
 * values (text to ADF,
 * names to references) as for every other action, and this turns the result into Jira's bulk shape: each field under
 * its kind in {@code editedFieldsInput} (by its schema), named in {@code selectedActions}, with names of priorities,
 * issue types, options, components and versions turned into the ids Jira's bulk edit wants, read from the fields it
 * offers the chunk's issues ({@code GET /rest/api/3/bulk/issues/fields}). Lists take one of add, remove or set per
 * field ({@code ADD}, {@code REMOVE}, {@code REPLACE}; an empty set is {@code REMOVE_ALL}).
 */
final class BulkEdit implements BulkChange {

    private static final String PATH = "/rest/api/3/bulk/issues/fields";
    private static final DateTimeFormatter JIRA_DATE = DateTimeFormatter.ofPattern("d/MMM/yy", Locale.ENGLISH);

    /** One field to change: its id, schema, and either a new value or list operations. */
    private record Edit(String fieldId, FieldCatalogue.Field field, String option, JsonNode value) {
    }

    private final List<Edit> edits = new ArrayList<>();
    private final boolean sendBulkNotification;

    /**
     * @param request the change in Jira's shape, names already resolved ({@link IssueFields#toRequest})
     * @throws IllegalArgumentException for a change bulk edit can't make
     */
    BulkEdit(ObjectNode request, JiraClient client, boolean sendBulkNotification) {
        this.sendBulkNotification = sendBulkNotification;
        FieldCatalogue catalogue = FieldCatalogue.of(client);
        for (Map.Entry<String, JsonNode> set : request.path("fields").properties()) {
            edits.add(new Edit(set.getKey(), field(catalogue, client, set.getKey()), "REPLACE", set.getValue()));
        }
        for (Map.Entry<String, JsonNode> update : request.path("update").properties()) {
            edits.add(fromUpdate(update.getKey(), update.getValue(), field(catalogue, client, update.getKey())));
        }
        for (String other : List.of("properties", "transition", "historyMetadata")) {
            if (request.has(other)) {
                throw new IllegalArgumentException("bulk/edit changes fields only; it can't take " + other);
            }
        }
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("The bulk/edit body changes no field: send the fields to change, e.g. "
                    + "{\"priority\": \"High\"} or {\"update\": {\"labels\": [{\"add\": \"released\"}]}}");
        }
        edits.forEach(edit -> kind(edit));
    }

    @Override
    public List<Submission> submissions(List<BulkIssue> issues, JiraClient client, BulkOutcome outcome) {
        Map<String, Map<?, ?>> offered = offered(issues, client);
        ObjectNode body = JsonCodec.MAPPER.createObjectNode();
        BulkChange.ids(body.putArray("selectedIssueIdsOrKeys"), issues);
        ArrayNode actions = body.putArray("selectedActions");
        ObjectNode input = body.putObject("editedFieldsInput");
        for (Edit edit : edits) {
            Map<?, ?> field = offered.get(edit.fieldId());
            if (field == null || field.get("unavailableMessage") != null) {
                throw new IllegalArgumentException("Jira can't bulk edit the field " + edit.fieldId() + " of these "
                        + "issues" + (field == null
                                ? " (GET /rest/api/3/bulk/issues/fields doesn't offer it)"
                                : ": " + field.get("unavailableMessage"))
                        + ". Use issue/update for it");
            }
            actions.add(edit.fieldId());
            add(input, edit, field);
        }
        body.put("sendBulkNotification", sendBulkNotification);
        return List.of(new Submission(PATH, body, issues));
    }

    private static FieldCatalogue.Field field(FieldCatalogue catalogue, JiraClient client, String id) {
        if ("comment".equals(id)) {
            throw new IllegalArgumentException("bulk/edit can't add comments (Jira's bulk edit has no comment field); "
                    + "use comment/add for each issue");
        }
        return catalogue.byId(id, client).orElseThrow(() -> new IllegalArgumentException("No Jira field has the id "
                + id));
    }

    private static Edit fromUpdate(String fieldId, JsonNode operations, FieldCatalogue.Field field) {
        Set<String> verbs = new LinkedHashSet<>();
        ArrayNode values = JsonCodec.MAPPER.createArrayNode();
        for (JsonNode operation : operations.isArray()
                ? operations
                : JsonCodec.MAPPER.createArrayNode()
                        .add(operations)) {
            operation.properties().forEach(verb -> {
                verbs.add(verb.getKey());
                values.add(verb.getValue());
            });
        }
        if (verbs.size() != 1) {
            throw new IllegalArgumentException("bulk/edit takes one of add, remove or set per field; " + fieldId
                    + " has " + (verbs.isEmpty() ? "none" : String.join(" and ", verbs)));
        }
        String verb = verbs.iterator().next();
        return switch (verb) {
            case "add" -> new Edit(fieldId, field, "ADD", values);
            case "remove" -> new Edit(fieldId, field, "REMOVE", values);
            case "set" -> new Edit(fieldId, field, "REPLACE", values.get(values.size() - 1));
            default -> throw new IllegalArgumentException("bulk/edit can't " + verb + " the field " + fieldId
                    + "; it takes add, remove or set");
        };
    }

    /** The editedFieldsInput kind of a field, by its schema; what Jira's bulk edit has no kind for is refused. */
    private static String kind(Edit edit) {
        String id = edit.fieldId();
        FieldCatalogue.Field field = edit.field();
        String type = field.schemaText("type");
        String items = field.schemaText("items");
        String custom = field.schemaText("custom");
        String kind;
        if ("labels".equals(id) || "array".equals(type) && custom.endsWith(":labels")) {
            kind = "labelsFields";
        } else if ("components".equals(id)) {
            kind = "multiselectComponents";
        } else if ("array".equals(type)) {
            kind = switch (items) {
                case "version" -> "multipleVersionPickerFields";
                case "option" -> "multipleSelectFields";
                case "user" -> "multipleSelectClearableUserPickerFields";
                default -> null;
            };
        } else {
            kind = switch (type) {
                case "priority" -> "priority";
                case "issuetype" -> "issueType";
                case "user" -> "singleSelectClearableUserPickerFields";
                case "date" -> "datePickerFields";
                case "datetime" -> "dateTimePickerFields";
                case "number" -> "clearableNumberFields";
                case "option" -> "singleSelectFields";
                case "version" -> "singleVersionPickerFields";
                case "string" -> "description".equals(id) || "environment".equals(id) || custom.endsWith(":textarea")
                        ? "richTextFields"
                        : custom.endsWith(":url") ? "urlFields" : "singleLineTextFields";
                default -> null;
            };
        }
        if (kind == null) {
            throw new IllegalArgumentException("Jira's bulk edit can't set " + field.describe() + "; use issue/update "
                    + "for it");
        }
        boolean list = kind.equals("labelsFields") || kind.equals("multiselectComponents")
                || kind.equals("multipleVersionPickerFields");
        if (!list && !"REPLACE".equals(edit.option())) {
            throw new IllegalArgumentException("bulk/edit can only set " + field.describe() + ", not "
                    + edit.option().toLowerCase(Locale.ROOT) + " to it");
        }
        return kind;
    }

    private void add(ObjectNode input, Edit edit, Map<?, ?> offered) {
        String kind = kind(edit);
        JsonNode value = edit.value();
        switch (kind) {
            case "priority" -> input.putObject("priority").put("priorityId", optionId(edit, offered, value));
            case "issueType" -> input.putObject("issueType").put("issueTypeId", optionId(edit, offered, value));
            case "multiselectComponents" -> input.set("multiselectComponents",
                    multiSelect(edit, offered, "components", "componentId", true));
            case "labelsFields", "multipleVersionPickerFields" -> input.withArray(kind)
                    .add(multiSelect(edit, offered, "labelsFields".equals(kind) ? "labels" : "versions",
                            "labelsFields".equals(kind) ? "name" : "versionId", !"labelsFields".equals(kind)));
            default -> input.withArray(kind).add(single(kind, edit, offered, value));
        }
    }

    private static ObjectNode single(String kind, Edit edit, Map<?, ?> offered, JsonNode value) {
        ObjectNode item = JsonCodec.MAPPER.createObjectNode().put("fieldId", edit.fieldId());
        boolean empty = value == null || value.isNull();
        switch (kind) {
            case "singleLineTextFields" -> item.put("text", empty ? "" : value.asText());
            case "urlFields" -> item.put("url", empty ? "" : value.asText());
            case "richTextFields" -> {
                ObjectNode richText = item.putObject("richText");
                if (!empty) {
                    richText.set("adfValue", value);
                }
            }
            case "clearableNumberFields" -> item.set("value", empty ? null : value);
            case "datePickerFields" -> item.putObject("date").put("formattedDate", empty ? "" : date(value));
            case "dateTimePickerFields" -> item.putObject("dateTime").put("formattedDateTime",
                    empty ? "" : value.asText());
            case "singleSelectClearableUserPickerFields" -> item.set("user", empty
                    ? null
                    : JsonCodec.MAPPER.createObjectNode().put("accountId", value.path("accountId").asText()));
            case "multipleSelectClearableUserPickerFields" -> {
                ArrayNode users = item.putArray("users");
                (empty ? JsonCodec.MAPPER.createArrayNode() : value)
                        .forEach(user -> users.addObject().put("accountId", user.path("accountId").asText()));
            }
            case "singleSelectFields" -> item.putObject("option").put("optionId",
                    empty ? -1 : Long.parseLong(optionId(edit, offered, value)));
            case "multipleSelectFields" -> {
                ArrayNode options = item.putArray("options");
                (empty ? JsonCodec.MAPPER.createArrayNode() : value).forEach(
                        option -> options.addObject().put("optionId", Long.parseLong(optionId(edit, offered, option))));
            }
            case "singleVersionPickerFields" -> item.putObject("version").put("versionId",
                    empty ? "-1" : optionId(edit, offered, value));
            default -> throw new IllegalStateException(kind);
        }
        return item;
    }

    /** Labels, components and versions: ADD, REMOVE or REPLACE the listed ones; an empty REPLACE empties the field. */
    private static ObjectNode multiSelect(Edit edit, Map<?, ?> offered, String itemsKey, String idKey,
            boolean byId) {
        JsonNode value = edit.value();
        List<JsonNode> values = new ArrayList<>();
        if (value != null && !value.isNull()) {
            (value.isArray() ? value : JsonCodec.MAPPER.createArrayNode().add(value)).forEach(values::add);
        }
        String option = "REPLACE".equals(edit.option()) && values.isEmpty() ? "REMOVE_ALL" : edit.option();
        ObjectNode item = JsonCodec.MAPPER.createObjectNode().put("fieldId", edit.fieldId())
                .put("bulkEditMultiSelectFieldOption", option);
        ArrayNode items = item.putArray(itemsKey);
        for (JsonNode each : values) {
            if (byId) {
                String id = optionId(edit, offered, each);
                if ("componentId".equals(idKey)) {
                    items.addObject().put(idKey, Long.parseLong(id));
                } else {
                    items.addObject().put(idKey, id);
                }
            } else {
                items.addObject().put(idKey, each.isTextual() ? each.asText() : each.path("name").asText());
            }
        }
        return item;
    }

    /**
     * The id of a priority, issue type, option, component or version: given as {@code {"id"}}, or named (as
     * {@code {"name"}} or {@code {"value"}}) and looked up among the options Jira offers for the field.
     */
    private static String optionId(Edit edit, Map<?, ?> offered, JsonNode reference) {
        if (reference.isNumber() || reference.isTextual() && IssueFields.isNumericId(reference.asText())) {
            return reference.asText();
        }
        if (reference.hasNonNull("id")) {
            return reference.get("id").asText();
        }
        String name = reference.hasNonNull("name")
                ? reference.get("name").asText()
                : reference.hasNonNull("value") ? reference.get("value").asText() : reference.asText();
        List<?> options = offered.get("fieldOptions") instanceof List<?> list ? list : List.of();
        Optional<String> id = options.stream().filter(Map.class::isInstance).map(option -> (Map<?, ?>) option)
                .filter(option -> List.of("name", "value", "priority", "issueType").stream()
                        .anyMatch(label -> name.equalsIgnoreCase(String.valueOf(option.get(label)))))
                .map(option -> String.valueOf(option.get("optionId") != null
                        ? option.get("optionId")
                        : option.get("id")))
                .findFirst();
        return id.orElseThrow(() -> new IllegalArgumentException("The field " + edit.fieldId() + " has no option '"
                + name + "' for these issues; Jira offers: " + options.stream().filter(Map.class::isInstance)
                        .map(option -> optionName((Map<?, ?>) option)).collect(Collectors.joining(", "))));
    }

    private static String optionName(Map<?, ?> option) {
        for (String label : List.of("name", "value", "priority", "issueType")) {
            if (option.get(label) != null) {
                return String.valueOf(option.get(label));
            }
        }
        return String.valueOf(option);
    }

    /** Jira's bulk edit reads d/MMM/yy (or dd-mm-yyyy); an ISO date is written so. */
    private static String date(JsonNode value) {
        try {
            return LocalDate.parse(value.asText()).format(JIRA_DATE);
        } catch (DateTimeParseException e) {
            return value.asText();
        }
    }

    /** The fields Jira's bulk edit offers for these issues, by id, every page. */
    private static Map<String, Map<?, ?>> offered(List<BulkIssue> issues, JiraClient client) {
        String ids = issues.stream().map(BulkIssue::id).distinct().collect(Collectors.joining(","));
        Map<String, Map<?, ?>> fields = new LinkedHashMap<>();
        String startingAfter = null;
        do {
            Object answer = client.call(JiraRequest.get(PATH).withQuery("issueIdsOrKeys", ids)
                    .withQuery("startingAfter", startingAfter));
            Map<?, ?> page = answer instanceof Map<?, ?> map ? map : Map.of();
            if (page.get("fields") instanceof List<?> list) {
                list.stream().filter(Map.class::isInstance).map(field -> (Map<?, ?>) field)
                        .forEach(field -> fields.put(String.valueOf(field.get("id")), field));
            }
            startingAfter = page.get("startingAfter") == null ? null : page.get("startingAfter").toString();
        } while (startingAfter != null);
        return fields;
    }
}
