package io.github.jiracloud.emulator.api.render;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.github.jiracloud.emulator.data.Attachments;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.JiraTime;
import io.github.jiracloud.emulator.data.SiteCatalog;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.field.FieldDefinition;

/** One field's value in API form, e.g. a stored status id becomes the full status object. */
final class FieldJson {

    private final JiraStore store;
    private final SiteCatalog catalog;
    private final EntityJson entities;
    private final CommentJson comments;

    FieldJson(JiraStore store, EntityJson entities, CommentJson comments) {
        this.store = store;
        this.catalog = store.catalog();
        this.entities = entities;
        this.comments = comments;
    }

    Object value(FieldDefinition field, StoredIssue issue) {
        Object stored = issue.field(field.id());
        return switch (field.kind()) {
            case TEXT, ADF, NUMBER, DATE -> stored;
            case LABELS, PROJECT_ITEMS -> stored == null ? List.of() : stored;
            case USER -> stored == null ? null : catalog.user((String) stored).map(entities::user).orElse(null);
            case PRIORITY ->
                stored == null ? null : catalog.priority((String) stored).map(entities::priority).orElse(null);
            case ISSUE_TYPE -> catalog.issueType((String) stored).map(entities::issueType).orElse(null);
            case PROJECT -> catalog.project(issue.projectId()).map(entities::projectSummary).orElse(null);
            case STATUS -> entities.status(catalog.status((String) stored));
            case RESOLUTION -> stored == null
                    ? null
                    : catalog.resolution((String) stored).map(entities::resolution).orElse(null);
            case DATETIME -> JiraTime.format((Instant) stored);
            case OPTION -> stored == null
                    ? null
                    : catalog.options(field.id()).stream()
                            .filter(option -> option.id().equals(stored)).findFirst().map(entities::option)
                            .orElse(null);
            case SPRINT -> sprints(stored);
            case PARENT ->
                stored == null ? null : store.issues().find((Long) stored).map(this::linkedIssue).orElse(null);
            case SUBTASKS -> issue.subtaskIds().stream().map(store.issues()::find).flatMap(Optional::stream)
                    .map(this::linkedIssue).toList();
            case COMMENT -> comments.page(issue, issue.comments(), 0, issue.comments().size(),
                    issue.comments().size(), false, false);
            case CONSTANT -> constant(field.id(), issue);
        };
    }

    private Object sprints(Object stored) {
        if (!(stored instanceof List<?> ids) || ids.isEmpty()) {
            return null;
        }
        return ids.stream().map(id -> catalog.sprint(((Number) id).longValue()).map(entities::sprint).orElse(null))
                .filter(Objects::nonNull).toList();
    }

    /** How Jira shows a parent or sub-task inside another issue: the same headline as a linked issue. */
    private Map<String, Object> linkedIssue(StoredIssue other) {
        return new IssueLinkJson(store, entities).linkedIssue(other);
    }

    private Object constant(String fieldId, StoredIssue issue) {
        String self = entities.links().api("/issue/" + issue.key());
        return switch (fieldId) {
            // isWatching stays false: issues are rendered without knowing who asks.
            case "watches" -> Map.of("self", self + "/watchers", "watchCount", store.watchers().of(issue.id()).size(),
                    "isWatching", false);
            case "votes" -> Map.of("self", self + "/votes", "votes", 0, "hasVoted", false);
            case "worklog", "timetracking", "progress", "aggregateprogress", "timespent", "timeestimate",
                    "timeoriginalestimate", "aggregatetimespent", "aggregatetimeestimate",
                    "aggregatetimeoriginalestimate",
                    "workratio" ->
                new TimeTrackingJson(store, entities).field(fieldId, issue);
            case "issuelinks" -> new IssueLinkJson(store, entities).onIssue(issue);
            case "attachment" -> Attachments.of(issue).stream().map(new AttachmentJson(catalog, entities)::attachment)
                    .toList();
            default -> null;
        };
    }
}
