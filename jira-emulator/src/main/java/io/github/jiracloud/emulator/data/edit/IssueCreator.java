package io.github.jiracloud.emulator.data.edit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.github.jiracloud.emulator.data.IssueType;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.Project;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.User;
import io.github.jiracloud.emulator.data.field.FieldDefinition;
import io.github.jiracloud.emulator.data.field.FieldKind;

import static io.github.jiracloud.emulator.data.edit.FieldChangeReader.asMap;

/** Creates issues from {@code POST /rest/api/3/issue} bodies, with Jira's defaults and validation. */
public final class IssueCreator {

    private static final Set<String> READ_HERE = Set.of("project", "issuetype");

    private final JiraStore store;
    private final FieldChangeReader reader;
    private final IssueHierarchy hierarchy;
    private final IssueTransitioner transitioner;

    public IssueCreator(JiraStore store) {
        this.store = store;
        this.reader = new FieldChangeReader(store);
        this.hierarchy = new IssueHierarchy(store);
        this.transitioner = new IssueTransitioner(store);
    }

    /**
     * @param request {@code {"fields": {...}, "update": {...}, "properties": [...], "transition": {...}}}
     * @throws FieldErrors when Jira would answer 400
     */
    public StoredIssue create(User reporter, Map<String, Object> request) {
        Map<String, Object> fields = asMap(request.get("fields"));
        FieldErrors.Collector errors = new FieldErrors.Collector();
        Project project = read(errors, "project", () -> reader.values().project(fields.get("project")));
        IssueType type = read(errors, "issuetype", () -> reader.values().issueType(fields.get("issuetype")));
        // Components and versions are the project's: the new issue's project is what they are read against.
        Map<String, Object> context = project == null ? Map.of() : Map.of("project", project.id());
        FieldChangeReader.Changes changes = reader.read(fields, request.get("update"), context, READ_HERE, null,
                errors);
        if (!changes.comments().isEmpty()) {
            errors.add("comment", InvalidValue.cannotBeSet("comment").getMessage());
        }
        if (!(changes.values().get("summary") instanceof String summary) || summary.isBlank()) {
            errors.add("summary", "You must specify a summary of the issue.");
        }
        if (type != null && !errors.has("parent")) {
            hierarchy.check(type, (Long) changes.values().get("parent"), errors);
        }
        Map<String, Object> properties = IssueProperties.read(request.get("properties"), errors);
        Object transition = request.get("transition");
        if (transition != null) {
            transitioner.checkAvailable(transition, store.catalog().workflow().initialStatusId(), errors);
        }
        errors.throwIfAny();

        Map<String, Object> values = initialValues(project, type, reporter);
        values.putAll(changes.values());
        StoredIssue created = store.issues().create(project,
                (id, key) -> new StoredIssue(id, key, project.id(), values, properties, List.of(), List.of(),
                        List.of()));
        if (type.subtask()) {
            hierarchy.moveSubtask(created.id(), null, (Long) values.get("parent"));
        }
        if (transition != null) {
            return transitioner.transition(created.id(), reporter, Map.of("transition", transition)).orElse(created);
        }
        return created;
    }

    private Map<String, Object> initialValues(Project project, IssueType type, User reporter) {
        Instant now = store.now();
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldDefinition field : store.catalog().fields()) {
            if (field.kind() == FieldKind.LABELS || field.kind() == FieldKind.PROJECT_ITEMS) {
                values.put(field.id(), List.of());
            }
        }
        values.put("project", project.id());
        values.put("issuetype", type.id());
        values.put("status", store.catalog().workflow().initialStatusId());
        values.put("priority", store.catalog().defaultPriority().id());
        values.put("reporter", reporter.accountId());
        values.put("creator", reporter.accountId());
        values.put("created", now);
        values.put("updated", now);
        values.put("statuscategorychangedate", now);
        return values;
    }

    private static <T> T read(FieldErrors.Collector errors, String field, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (InvalidValue e) {
            errors.add(field, e.getMessage());
            return null;
        }
    }
}
