package io.github.jiracloud.emulator.data.edit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.github.jiracloud.emulator.data.ChangeHistory;
import io.github.jiracloud.emulator.data.IssueType;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.Priority;
import io.github.jiracloud.emulator.data.Project;
import io.github.jiracloud.emulator.data.Resolution;
import io.github.jiracloud.emulator.data.SelectOption;
import io.github.jiracloud.emulator.data.SiteCatalog;
import io.github.jiracloud.emulator.data.Sprint;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.User;
import io.github.jiracloud.emulator.data.field.FieldDefinition;
import io.github.jiracloud.emulator.data.field.FieldKind;

/** Writes the changelog entry for an edit: one item per field whose value really changed. */
final class Changelog {

    private final JiraStore store;
    private final SiteCatalog catalog;

    Changelog(JiraStore store) {
        this.store = store;
        this.catalog = store.catalog();
    }

    /** The entry for going from {@code before} to {@code after}, or null when nothing visible changed. */
    ChangeHistory entry(Map<String, Object> before, Map<String, Object> after, String authorId, Instant at) {
        List<ChangeHistory.Item> items = new ArrayList<>();
        for (FieldDefinition field : catalog.fields()) {
            Object from = before.get(field.id());
            Object to = after.get(field.id());
            if (!Objects.equals(from, to)
                    && field.kind() != FieldKind.DATETIME) {
                items.add(item(field, from, to));
            }
        }
        return items.isEmpty() ? null : new ChangeHistory(store.issues().nextChangeId(), authorId, at, items);
    }

    private ChangeHistory.Item item(FieldDefinition field, Object from, Object to) {
        String name = field.custom() ? field.name() : field.id();
        return new ChangeHistory.Item(name, field.custom() ? "custom" : "jira", field.id(),
                reference(field, from), display(field, from), reference(field, to), display(field, to));
    }

    /** The id-like part of a change, for fields whose values have ids. */
    private static String reference(FieldDefinition field, Object value) {
        if (value == null) {
            return null;
        }
        return switch (field.kind()) {
            case USER, PRIORITY, ISSUE_TYPE, STATUS, RESOLUTION, OPTION, PARENT -> String.valueOf(value);
            case SPRINT -> ((List<?>) value).stream().map(String::valueOf).collect(Collectors.joining(", "));
            case PROJECT -> String.valueOf(value);
            case PROJECT_ITEMS -> itemTexts(value, "id");
            default -> null;
        };
    }

    /** What people see in the history tab. */
    private String display(FieldDefinition field, Object value) {
        if (value == null) {
            return null;
        }
        return switch (field.kind()) {
            case ADF -> Adf.plainText(value);
            case LABELS -> ((List<?>) value).stream().map(String::valueOf).collect(Collectors.joining(" "));
            case USER -> catalog.user(String.valueOf(value)).map(User::displayName).orElse(null);
            case PRIORITY -> catalog.priority(String.valueOf(value)).map(Priority::name).orElse(null);
            case ISSUE_TYPE -> catalog.issueType(String.valueOf(value)).map(IssueType::name).orElse(null);
            case STATUS -> catalog.status(String.valueOf(value)).name();
            case RESOLUTION -> catalog.resolution(String.valueOf(value)).map(Resolution::name).orElse(null);
            case OPTION -> catalog.options(field.id()).stream().filter(option -> option.id().equals(value))
                    .map(SelectOption::value).findFirst().orElse(null);
            case SPRINT -> ((List<?>) value).stream()
                    .map(id -> catalog.sprint(((Number) id).longValue()).map(Sprint::name).orElse(String.valueOf(id)))
                    .collect(Collectors.joining(", "));
            case PARENT -> store.issues().find((Long) value).map(StoredIssue::key).orElse(null);
            case PROJECT -> catalog.project(String.valueOf(value)).map(Project::name).orElse(null);
            case PROJECT_ITEMS -> itemTexts(value, "name");
            default -> String.valueOf(value);
        };
    }

    /** Components and versions, stored as {@code {"id", "name"}}: one of the two of each, comma-separated. */
    private static String itemTexts(Object value, String part) {
        return ((List<?>) value).stream().map(item -> item instanceof Map<?, ?> map ? map.get(part) : item)
                .map(String::valueOf).collect(Collectors.joining(", "));
    }
}
