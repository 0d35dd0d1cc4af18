package io.github.jiracloud.emulator.api.render;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.jiracloud.emulator.data.IssueType;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.Project;
import io.github.jiracloud.emulator.data.SiteCatalog;
import io.github.jiracloud.emulator.data.field.FieldDefinition;
import io.github.jiracloud.emulator.data.field.FieldKind;

/** The spec's FieldCreateMetadata: what a create request may set for one project and issue type, and how. */
public final class CreateMetaJson {

    private static final Set<String> ALWAYS_REQUIRED = Set.of("summary", "issuetype", "project");

    private final JiraStore store;
    private final SiteCatalog catalog;
    private final EntityJson entities;

    public CreateMetaJson(JiraStore store, EntityJson entities) {
        this.store = store;
        this.catalog = store.catalog();
        this.entities = entities;
    }

    /** The fields of the create screen: every settable field, with a parent only below the epic level. */
    public List<Map<String, Object>> fields(Project project, IssueType type) {
        return catalog.fields().stream()
                .filter(FieldDefinition::editable)
                .filter(field -> !"parent".equals(field.id()) || type.hierarchyLevel() < 1)
                .map(field -> field(field, project, type))
                .toList();
    }

    private Map<String, Object> field(FieldDefinition field, Project project, IssueType type) {
        Map<String, Object> json = new LinkedHashMap<>();
        boolean required = ALWAYS_REQUIRED.contains(field.id()) || "parent".equals(field.id()) && type.subtask();
        json.put("required", required);
        json.put("schema", field.schema() == null ? Map.of("type", "issuelink", "system", field.id()) : field.schema());
        json.put("name", field.name());
        json.put("fieldId", field.id());
        json.put("key", field.id());
        json.put("hasDefaultValue", "priority".equals(field.id()));
        json.put("operations", operations(field.kind()));
        List<Map<String, Object>> allowed = allowedValues(field, project, type);
        if (allowed != null) {
            json.put("allowedValues", allowed);
        }
        if ("priority".equals(field.id())) {
            json.put("defaultValue", entities.priority(catalog.defaultPriority()));
        }
        if (field.kind() == FieldKind.USER) {
            json.put("autoCompleteUrl", entities.links().api("/user/search?query="));
        }
        return json;
    }

    private List<Map<String, Object>> allowedValues(FieldDefinition field, Project project, IssueType type) {
        ProjectItemJson items = new ProjectItemJson(catalog, entities);
        LocalDate today = LocalDate.ofInstant(store.now(), ZoneOffset.UTC);
        return switch (field.id()) {
            case "project" -> List.of(entities.projectSummary(project));
            case "issuetype" -> List.of(entities.issueType(type));
            case "priority" -> catalog.priorities().stream().map(entities::priority).toList();
            case "components" -> store.projectItems().components(project.id()).stream()
                    .map(component -> items.component(component, project)).toList();
            case "fixVersions", "versions" -> store.projectItems().versions(project.id()).stream()
                    .map(version -> items.version(version, today)).toList();
            default -> field.kind() == FieldKind.OPTION
                    ? catalog.options(field.id()).stream().map(entities::option).toList()
                    : null;
        };
    }

    private static List<String> operations(FieldKind kind) {
        return switch (kind) {
            case LABELS, PROJECT_ITEMS -> List.of("add", "set", "remove");
            default -> List.of("set");
        };
    }
}
