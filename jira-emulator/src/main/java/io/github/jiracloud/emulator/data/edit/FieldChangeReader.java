package io.github.jiracloud.emulator.data.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.field.FieldDefinition;
import io.github.jiracloud.emulator.data.field.FieldKind;

/**
 * Reads the {@code fields} and {@code update} sections of a create, edit or transition request into the new
 * stored values, collecting an error per bad field as Jira does.
 */
final class FieldChangeReader {

    /** What a request asks to change: new values by field id, and comments to add ({@code update.comment}). */
    record Changes(Map<String, Object> values, List<Map<String, Object>> comments) {
    }

    private final JiraStore store;
    private final FieldValueReader values;

    FieldChangeReader(JiraStore store) {
        this.store = store;
        this.values = new FieldValueReader(store);
    }

    FieldValueReader values() {
        return values;
    }

    /**
     * @param current the stored values, which {@code add}/{@code remove} operations start from
     * @param handledByCaller field ids the caller reads itself (e.g. project and issue type on create)
     * @param onScreen which editable fields the screen shows; null for all of them
     */
    Changes read(Object fieldsSection, Object updateSection, Map<String, Object> current, Set<String> handledByCaller,
            Set<String> onScreen, FieldErrors.Collector errors) {
        Map<String, Object> changed = new LinkedHashMap<>();
        List<Map<String, Object>> comments = new ArrayList<>();
        String projectId = current.get("project") == null ? null : String.valueOf(current.get("project"));
        asMap(fieldsSection).forEach((fieldId, value) -> {
            if (!handledByCaller.contains(fieldId)) {
                editable(fieldId, onScreen, errors).ifPresent(field -> set(field, value, projectId, changed, errors));
            }
        });
        asMap(updateSection).forEach((fieldId, operations) -> {
            if ("comment".equals(fieldId)) {
                comments.addAll(commentAdds(operations, errors));
                return;
            }
            editable(fieldId, onScreen, errors).ifPresent(field -> {
                for (Object operation : asList(operations)) {
                    apply(field, operation, current, projectId, changed, errors);
                }
            });
        });
        return new Changes(changed, comments);
    }

    private Optional<FieldDefinition> editable(String fieldId, Set<String> onScreen,
            FieldErrors.Collector errors) {
        var field = store.catalog().field(fieldId)
                .filter(FieldDefinition::editable)
                .filter(definition -> onScreen == null || onScreen.contains(definition.id()));
        if (field.isEmpty()) {
            errors.add(fieldId, InvalidValue.cannotBeSet(fieldId).getMessage());
        }
        return field;
    }

    private void set(FieldDefinition field, Object value, String projectId, Map<String, Object> changed,
            FieldErrors.Collector errors) {
        try {
            changed.put(field.id(), values.read(field, value, projectId));
        } catch (InvalidValue e) {
            errors.add(field.id(), e.getMessage());
        }
    }

    private void apply(FieldDefinition field, Object operation, Map<String, Object> current, String projectId,
            Map<String, Object> changed, FieldErrors.Collector errors) {
        if (!(operation instanceof Map<?, ?> map) || map.size() != 1) {
            errors.add(field.id(), "Each update operation must have exactly one of set, add, remove or edit.");
            return;
        }
        Map.Entry<?, ?> entry = map.entrySet().iterator().next();
        String verb = String.valueOf(entry.getKey());
        Object argument = entry.getValue();
        if ("set".equals(verb)) {
            set(field, argument, projectId, changed, errors);
        } else if (field.kind() == FieldKind.LABELS && ("add".equals(verb) || "remove".equals(verb))) {
            editLabels(field, verb, argument, current, changed, errors);
        } else if (field.kind() == FieldKind.PROJECT_ITEMS && ("add".equals(verb) || "remove".equals(verb))) {
            editProjectItems(field, verb, argument, current, projectId, changed, errors);
        } else {
            errors.add(field.id(), "Field '" + field.id() + "' does not support operation '" + verb + "'.");
        }
    }

    private static void editLabels(FieldDefinition field, String verb, Object argument, Map<String, Object> current,
            Map<String, Object> changed, FieldErrors.Collector errors) {
        Object base = changed.containsKey(field.id()) ? changed.get(field.id()) : current.get(field.id());
        TreeSet<String> labels = new TreeSet<>(asList(base).stream().map(String::valueOf).toList());
        try {
            String label = FieldValueReader.label(argument);
            if ("add".equals(verb)) {
                labels.add(label);
            } else {
                labels.remove(label);
            }
            changed.put(field.id(), List.copyOf(labels));
        } catch (InvalidValue e) {
            errors.add(field.id(), e.getMessage());
        }
    }

    private void editProjectItems(FieldDefinition field, String verb, Object argument, Map<String, Object> current,
            String projectId, Map<String, Object> changed, FieldErrors.Collector errors) {
        Object base = changed.containsKey(field.id()) ? changed.get(field.id()) : current.get(field.id());
        List<Object> items = new ArrayList<>(asList(base));
        try {
            Map<String, Object> item = values.projectItem(field, argument, projectId);
            items.removeIf(known -> known instanceof Map<?, ?> map && item.get("id").equals(map.get("id")));
            if ("add".equals(verb)) {
                items.add(item);
            }
            changed.put(field.id(), List.copyOf(items));
        } catch (InvalidValue e) {
            errors.add(field.id(), e.getMessage());
        }
    }

    private static List<Map<String, Object>> commentAdds(Object operations, FieldErrors.Collector errors) {
        List<Map<String, Object>> adds = new ArrayList<>();
        for (Object operation : asList(operations)) {
            if (operation instanceof Map<?, ?> map && map.get("add") instanceof Map<?, ?> comment) {
                adds.add(asMap(comment));
            } else {
                errors.add("comment", "Only 'add' is supported for comments here.");
            }
        }
        return adds;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    static List<?> asList(Object value) {
        return value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
    }
}
