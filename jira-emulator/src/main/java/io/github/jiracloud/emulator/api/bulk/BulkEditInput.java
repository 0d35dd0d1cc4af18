package io.github.jiracloud.emulator.api.bulk;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.github.jiracloud.emulator.http.ApiException;

import static io.github.jiracloud.emulator.api.bulk.BulkRequests.error;
import static io.github.jiracloud.emulator.api.bulk.BulkRequests.list;
import static io.github.jiracloud.emulator.api.bulk.BulkRequests.map;

/**
 * A bulk edit's {@code editedFieldsInput} (the spec's JiraIssueFields: values grouped by kind, each naming its
 * {@code fieldId}) turned into the edit request every issue gets, {@code {"fields": ..., "update": ...}}, so bulk
 * edits go through the same editor, checks and changelog as {@code PUT /issue}. Every edited field must be in
 * {@code selectedActions} and every selected action edited, as Jira checks.
 */
final class BulkEditInput {

    /** "A single request can accommodate a maximum of ... 200 fields." */
    static final int MAX_FIELDS = 200;
    private static final Set<String> MULTI_SELECT_OPTIONS = Set.of("ADD", "REMOVE", "REPLACE", "REMOVE_ALL");
    /** The kinds of JiraIssueFields the emulator has fields for; the others answer 501. */
    private static final Set<String> UNSUPPORTED = Set.of("cascadingSelectFields", "colorFields",
            "dateTimePickerFields", "multipleGroupPickerFields", "multipleSelectClearableUserPickerFields",
            "originalEstimateField", "singleGroupPickerFields", "status", "timeTrackingField");
    private static final DateTimeFormatter JIRA_SHORT_DATE = DateTimeFormatter.ofPattern("d/MMM/yy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Map<String, Object> update = new LinkedHashMap<>();
    private final Set<String> edited = new LinkedHashSet<>();

    private BulkEditInput() {
    }

    /** @throws ApiException 400 for input Jira refuses, 501 for kinds of fields the emulator doesn't have */
    static Map<String, Object> editRequest(Map<String, Object> body) {
        List<String> selected = list(body.get("selectedActions")).stream().map(String::valueOf).toList();
        if (selected.isEmpty()) {
            throw error(400, "At least one field must be selected in selectedActions.");
        }
        if (selected.size() > MAX_FIELDS) {
            throw error(400, "A bulk edit takes at most " + MAX_FIELDS + " fields; this one has " + selected.size()
                    + ".");
        }
        BulkEditInput input = new BulkEditInput();
        map(body.get("editedFieldsInput")).forEach(input::read);
        Set<String> notSelected = new TreeSet<>(input.edited);
        notSelected.removeAll(selected);
        if (!notSelected.isEmpty()) {
            throw error(400, "The following editedFieldInput values are not listed as selectedActions : "
                    + String.join(", ", notSelected));
        }
        Set<String> notEdited = new TreeSet<>(selected);
        notEdited.removeAll(input.edited);
        if (!notEdited.isEmpty()) {
            throw error(400, "The following selectedActions have no value in editedFieldsInput : "
                    + String.join(", ", notEdited));
        }
        Map<String, Object> request = new HashMap<>();
        request.put("fields", input.fields);
        request.put("update", input.update);
        return request;
    }

    private void read(String kind, Object value) {
        if (UNSUPPORTED.contains(kind)) {
            throw new ApiException(io.github.jiracloud.emulator.http.ApiResponse.error(501,
                    "The Jira Cloud emulator has no fields for bulk edits of " + kind + "."));
        }
        switch (kind) {
            case "issueType" -> set("issuetype", reference(map(value).get("issueTypeId")));
            case "priority" -> set("priority", reference(map(value).get("priorityId")));
            case "multiselectComponents" -> multiSelect(map(value), "components", "componentId");
            default -> list(value).forEach(item -> readItem(kind, map(item)));
        }
    }

    private void readItem(String kind, Map<String, Object> item) {
        String fieldId = String.valueOf(item.get("fieldId"));
        switch (kind) {
            case "singleLineTextFields" -> set(fieldId, emptyAsNull(item.get("text")));
            case "urlFields" -> set(fieldId, emptyAsNull(item.get("url")));
            case "richTextFields" -> set(fieldId, map(item.get("richText")).get("adfValue"));
            case "clearableNumberFields" -> set(fieldId, item.get("value"));
            case "datePickerFields" -> set(fieldId, date(map(item.get("date")).get("formattedDate")));
            case "singleSelectClearableUserPickerFields" -> set(fieldId, user(map(item.get("user"))));
            case "singleSelectFields" -> set(fieldId, option(map(item.get("option")).get("optionId")));
            case "multipleSelectFields" -> set(fieldId, list(item.get("options")).stream()
                    .map(option -> reference(map(option).get("optionId"))).toList());
            case "singleVersionPickerFields" -> set(fieldId, option(map(item.get("version")).get("versionId")));
            case "multipleVersionPickerFields" -> multiSelect(item, fieldId, "versionId");
            case "labelsFields" -> labels(item, fieldId);
            default -> throw error(400, "Unrecognized field in editedFieldsInput: " + kind);
        }
    }

    private void set(String fieldId, Object value) {
        edit(fieldId);
        fields.put(fieldId, value);
    }

    private void edit(String fieldId) {
        if (!edited.add(fieldId)) {
            throw error(400, "The field " + fieldId + " is edited twice in editedFieldsInput.");
        }
    }

    private void labels(Map<String, Object> item, String fieldId) {
        String option = multiSelectOption(item, fieldId);
        List<String> names = list(item.get("labels")).stream().map(label -> String.valueOf(map(label).get("name")))
                .toList();
        apply(fieldId, option, names.stream().map(name -> (Object) name).toList());
    }

    private void multiSelect(Map<String, Object> item, String fieldId, String idKey) {
        String option = multiSelectOption(item, fieldId);
        String itemsKey = "componentId".equals(idKey) ? "components" : "versions";
        apply(fieldId, option, list(item.get(itemsKey)).stream()
                .<Object> map(each -> reference(map(each).get(idKey))).toList());
    }

    /** ADD and REMOVE become update operations; REPLACE sets the list; REMOVE_ALL empties it. */
    private void apply(String fieldId, String option, List<Object> values) {
        edit(fieldId);
        switch (option) {
            case "ADD", "REMOVE" -> update.put(fieldId, values.stream()
                    .map(value -> Map.of(option.toLowerCase(Locale.ROOT), value)).toList());
            case "REPLACE" -> fields.put(fieldId, values);
            default -> fields.put(fieldId, List.of());
        }
    }

    private static String multiSelectOption(Map<String, Object> item, String fieldId) {
        String option = String.valueOf(item.get("bulkEditMultiSelectFieldOption"));
        if (!MULTI_SELECT_OPTIONS.contains(option)) {
            throw error(400, "bulkEditMultiSelectFieldOption of " + fieldId + " must be one of "
                    + new TreeSet<>(MULTI_SELECT_OPTIONS) + ".");
        }
        return option;
    }

    private static Map<String, Object> reference(Object id) {
        return id == null ? null : Map.of("id", String.valueOf(id));
    }

    /** An option or version id; -1 clears the field. */
    private static Map<String, Object> option(Object id) {
        return id == null || "-1".equals(String.valueOf(id)) ? null : reference(id);
    }

    /** An account id; none clears the field, and -1 (automatic) leaves it unassigned, the projects' default here. */
    private static Map<String, Object> user(Map<String, Object> user) {
        Object accountId = user.get("accountId");
        return accountId == null || "-1".equals(accountId) ? null : Map.of("accountId", accountId);
    }

    private static Object emptyAsNull(Object text) {
        return text instanceof String string && string.isEmpty() ? null : text;
    }

    /** Jira's {@code d/MMM/yy} or {@code dd-MM-yyyy}, or ISO {@code yyyy-MM-dd}; empty clears the field. */
    private static String date(Object formatted) {
        if (formatted == null || String.valueOf(formatted).isEmpty()) {
            return null;
        }
        String text = String.valueOf(formatted);
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DAY_FIRST, JIRA_SHORT_DATE)) {
            try {
                return LocalDate.parse(text, format).toString();
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        throw error(400, "The date '" + text + "' is not in d/MMM/yy or dd-mm-yyyy format.");
    }
}
