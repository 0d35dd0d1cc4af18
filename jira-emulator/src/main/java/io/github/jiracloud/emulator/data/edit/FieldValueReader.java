package io.github.jiracloud.emulator.data.edit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.github.jiracloud.emulator.data.IssueType;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.Priority;
import io.github.jiracloud.emulator.data.Project;
import io.github.jiracloud.emulator.data.SelectOption;
import io.github.jiracloud.emulator.data.SiteCatalog;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.field.FieldDefinition;

/**
 * Turns one field value from a create or edit request into its stored form, with Jira's error message when
 * the value won't do.
 */
final class FieldValueReader {

    private final JiraStore store;
    private final SiteCatalog catalog;

    FieldValueReader(JiraStore store) {
        this.store = store;
        this.catalog = store.catalog();
    }

    Object read(FieldDefinition field, Object value) {
        return read(field, value, null);
    }

    /** @param projectId the issue's project, which components and versions belong to */
    Object read(FieldDefinition field, Object value, String projectId) {
        return switch (field.kind()) {
            case TEXT -> text(field, value);
            case ADF -> adf(value);
            case LABELS -> labels(value);
            case NUMBER -> number(value);
            case DATE -> date(value);
            case USER -> user(field, value);
            case PRIORITY -> priority(value).id();
            case ISSUE_TYPE -> issueType(value).id();
            case OPTION -> option(field, value);
            case SPRINT -> sprint(value);
            case PARENT -> parent(value);
            case PROJECT_ITEMS -> projectItems(field, value, projectId);
            default -> throw InvalidValue.cannotBeSet(field.id());
        };
    }

    Project project(Object value) {
        if (!(value instanceof Map<?, ?> reference) || (reference.get("key") == null && reference.get("id") == null)) {
            throw new InvalidValue("Specify a valid project ID or key");
        }
        Object idOrKey = reference.get("key") != null ? reference.get("key") : reference.get("id");
        return catalog.project(String.valueOf(idOrKey))
                .orElseThrow(() -> new InvalidValue("valid project is required"));
    }

    IssueType issueType(Object value) {
        if (!(value instanceof Map<?, ?> reference) || (reference.get("name") == null && reference.get("id") == null)) {
            throw new InvalidValue("Specify an issue type");
        }
        Optional<IssueType> type = reference.get("id") != null
                ? catalog.issueType(String.valueOf(reference.get("id")))
                : catalog.issueTypeNamed(String.valueOf(reference.get("name")));
        return type.orElseThrow(() -> new InvalidValue("Specify a valid issue type"));
    }

    private Priority priority(Object value) {
        Optional<Priority> priority = Optional.empty();
        if (value instanceof Map<?, ?> reference) {
            priority = reference.get("id") != null
                    ? catalog.priority(String.valueOf(reference.get("id")))
                    : catalog.priorityNamed(String.valueOf(reference.get("name")));
        }
        return priority.orElseThrow(() -> new InvalidValue("Specify a valid 'id' or 'name' for Priority"));
    }

    private static String text(FieldDefinition field, Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw new InvalidValue("Operation value must be a string");
        }
        if (text.length() > 255) {
            throw new InvalidValue("summary".equals(field.id())
                    ? "Summary must be less than 255 characters."
                    : "Text is too long. Please enter text 255 characters or shorter.");
        }
        return text;
    }

    private static Object adf(Object value) {
        if (value == null) {
            return null;
        }
        Optional<String> problem = Adf.problem(value);
        if (problem.isPresent()) {
            throw new InvalidValue(problem.get());
        }
        return value;
    }

    static List<String> labels(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new InvalidValue("Operation value must be an array");
        }
        TreeSet<String> labels = new TreeSet<>();
        for (Object item : list) {
            labels.add(label(item));
        }
        return List.copyOf(labels);
    }

    static String label(Object item) {
        if (!(item instanceof String label) || label.isBlank()) {
            throw new InvalidValue("Label must be a non-empty string");
        }
        if (label.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidValue("The label '" + label + "' contains spaces which is invalid.");
        }
        if (label.length() > 255) {
            throw new InvalidValue("The label '" + label + "' exceeds the 255 character limit.");
        }
        return label;
    }

    private static Number number(Object value) {
        if (value == null || value instanceof Number) {
            return (Number) value;
        }
        throw new InvalidValue("Operation value must be a number");
    }

    private static String date(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(String.valueOf(value)).toString();
        } catch (DateTimeParseException e) {
            throw new InvalidValue("Error parsing date string: " + value);
        }
    }

    private String user(FieldDefinition field, Object value) {
        if (value == null) {
            if ("reporter".equals(field.id())) {
                throw new InvalidValue("Reporter is required.");
            }
            return null;
        }
        Object accountId = value instanceof Map<?, ?> reference ? reference.get("accountId") : null;
        if (accountId != null && catalog.user(String.valueOf(accountId)).isPresent()) {
            return String.valueOf(accountId);
        }
        throw new InvalidValue(switch (field.id()) {
            case "assignee" -> "User '" + accountId + "' cannot be assigned issues.";
            case "reporter" -> "The reporter specified is not a user.";
            default -> "Specify a valid user for " + field.name();
        });
    }

    private String option(FieldDefinition field, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> reference) {
            List<SelectOption> options = catalog.options(field.id());
            if (reference.get("id") != null) {
                String id = String.valueOf(reference.get("id"));
                return options.stream().filter(option -> option.id().equals(id)).findFirst().map(SelectOption::id)
                        .orElseThrow(() -> new InvalidValue("Option id '" + id + "' is not valid"));
            }
            if (reference.get("value") != null) {
                String wanted = String.valueOf(reference.get("value"));
                return options.stream().filter(option -> option.value().equals(wanted)).findFirst()
                        .map(SelectOption::id)
                        .orElseThrow(() -> new InvalidValue("Option value '" + wanted + "' is not valid"));
            }
        }
        throw new InvalidValue("Specify a valid 'id' or 'name' for " + field.name());
    }

    private List<Long> sprint(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof Number number)) {
            throw new InvalidValue("Number value expected as the Sprint id.");
        }
        long id = number.longValue();
        catalog.sprint(id).orElseThrow(() -> new InvalidValue("Sprint with id " + id + " does not exist."));
        return List.of(id);
    }

    private Long parent(Object value) {
        if (value == null) {
            return null;
        }
        Object idOrKey = null;
        if (value instanceof Map<?, ?> reference) {
            idOrKey = reference.get("key") != null ? reference.get("key") : reference.get("id");
        }
        return store.issues().find(idOrKey == null ? null : String.valueOf(idOrKey)).map(StoredIssue::id)
                .orElseThrow(() -> new InvalidValue("Could not find issue by id or key."));
    }

    /**
     * Components and versions, by id or name, of the issue's project; stored as {@code {"id", "name"}}, which is also
     * how issues show them and how JQL's {@code component} and {@code fixVersion} match them.
     */
    List<Map<String, Object>> projectItems(FieldDefinition field, Object value, String projectId) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new InvalidValue("Operation value must be an array");
        }
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        for (Object item : list) {
            Map<String, Object> found = projectItem(field, item, projectId);
            if (items.stream().noneMatch(known -> known.get("id").equals(found.get("id")))) {
                items.add(found);
            }
        }
        return List.copyOf(items);
    }

    /** One component or version reference, {@code {"id"}} or {@code {"name"}}, as an item of the project. */
    Map<String, Object> projectItem(FieldDefinition field, Object reference, String projectId) {
        boolean components = "components".equals(field.id());
        String noun = components ? "Component" : "Version";
        Map<?, ?> map = reference instanceof Map<?, ?> given ? given : Map.of();
        Object id = map.get("id");
        Object name = map.get("name");
        List<Map<String, Object>> known = components
                ? store.projectItems().components(projectId).stream()
                        .map(component -> item(component.id(), component.name())).toList()
                : store.projectItems().versions(projectId).stream()
                        .map(version -> item(version.id(), version.name())).toList();
        return known.stream()
                .filter(item -> id != null
                        ? item.get("id").equals(String.valueOf(id))
                        : name != null && item.get("name").equals(String.valueOf(name)))
                .findFirst()
                .orElseThrow(() -> new InvalidValue(name != null && id == null
                        ? noun + " name '" + name + "' is not valid"
                        : noun + " id '" + id + "' is not valid"));
    }

    private static Map<String, Object> item(String id, String name) {
        return Map.of("id", id, "name", name);
    }
}
