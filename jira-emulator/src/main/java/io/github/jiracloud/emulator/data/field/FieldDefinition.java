package io.github.jiracloud.emulator.data.field;

import java.util.List;
import java.util.Map;

/**
 * A system or custom field as {@code GET /rest/api/3/field} describes it, plus how the emulator handles it.
 *
 * @param schema the field's JsonTypeBean ({@code type}, {@code system} or {@code custom}/{@code customId}, ...);
 *     null when Jira gives none
 * @param editable whether create and edit screens carry it; anything else "cannot be set"
 */
public record FieldDefinition(String id, String name, FieldKind kind, boolean custom, boolean navigable,
        boolean editable, boolean searchable, List<String> clauseNames,
        Map<String, Object> schema) {

    public static FieldDefinition system(String id, String name, FieldKind kind, boolean editable, String type) {
        Map<String, Object> schema = type == null ? null : Map.of("type", type, "system", id);
        return new FieldDefinition(id, name, kind, false, true, editable, true, List.of(id), schema);
    }

    public static FieldDefinition systemArray(String id, String name, FieldKind kind, boolean editable, String items) {
        return new FieldDefinition(id, name, kind, false, true, editable, true, List.of(id),
                Map.of("type", "array", "items", items, "system", id));
    }

    public static FieldDefinition custom(long number, String name, FieldKind kind, String customType,
            String type, String items) {
        String id = "customfield_" + number;
        Map<String, Object> schema = items == null
                ? Map.of("type", type, "custom", customType, "customId", number)
                : Map.of("type", type, "items", items, "custom", customType, "customId", number);
        return new FieldDefinition(id, name, kind, true, true, true, true,
                List.of("cf[" + number + "]", name), schema);
    }

    public FieldDefinition notNavigable() {
        return new FieldDefinition(id, name, kind, custom, false, editable, searchable, clauseNames, schema);
    }

    public FieldDefinition withClauseNames(String... names) {
        return new FieldDefinition(id, name, kind, custom, navigable, editable, searchable, List.of(names), schema);
    }
}
