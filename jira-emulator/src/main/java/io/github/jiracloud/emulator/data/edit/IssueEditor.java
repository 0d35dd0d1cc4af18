package io.github.jiracloud.emulator.data.edit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.jiracloud.emulator.data.ChangeHistory;
import io.github.jiracloud.emulator.data.IssueType;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.StoredComment;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.User;
import io.github.jiracloud.emulator.data.field.FieldDefinition;

/** Edits and deletes issues ({@code PUT}/{@code DELETE /rest/api/3/issue/{issueIdOrKey}}). */
public final class IssueEditor {

    private final JiraStore store;
    private final FieldChangeReader reader;
    private final Changelog changelog;
    private final IssueHierarchy hierarchy;
    private final CommentEditor comments;
    private final Set<String> editScreen;

    public IssueEditor(JiraStore store) {
        this.store = store;
        this.reader = new FieldChangeReader(store);
        this.changelog = new Changelog(store);
        this.hierarchy = new IssueHierarchy(store);
        this.comments = new CommentEditor(store);
        // An issue can't change project by editing; Jira has a separate "move" for that.
        this.editScreen = store.catalog().fields().stream().filter(FieldDefinition::editable)
                .map(FieldDefinition::id).filter(id -> !"project".equals(id)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param request {@code {"fields": {...}, "update": {...}, "properties": [...]}}
     * @return the edited issue, or empty if it doesn't exist
     * @throws FieldErrors when Jira would answer 400
     */
    public Optional<StoredIssue> edit(long issueId, User editor, Map<String, Object> request) {
        StoredIssue[] before = new StoredIssue[1];
        Optional<StoredIssue> edited = store.issues().update(issueId, current -> {
            before[0] = current;
            return edited(current, editor, request);
        });
        edited.ifPresent(after -> {
            Object oldParent = before[0].field("parent");
            Object newParent = after.field("parent");
            if (hierarchy.isSubtask(after) && !Objects.equals(oldParent, newParent)) {
                hierarchy.moveSubtask(after.id(), (Long) oldParent, (Long) newParent);
            }
        });
        return edited.flatMap(after -> store.issues().find(after.id()));
    }

    /**
     * @return whether the issue existed
     * @throws FieldErrors when it has sub-tasks and {@code deleteSubtasks} is false
     */
    public boolean delete(long issueId, boolean deleteSubtasks) {
        Optional<StoredIssue> issue = store.issues().find(issueId);
        if (issue.isEmpty()) {
            return false;
        }
        if (!issue.get().subtaskIds().isEmpty() && !deleteSubtasks) {
            throw FieldErrors.message("The issue '" + issue.get().key()
                    + "' has subtasks. Set deleteSubtasks to true to delete it with its subtasks.");
        }
        issue.get().subtaskIds().forEach(store.issues()::delete);
        if (hierarchy.isSubtask(issue.get())) {
            hierarchy.moveSubtask(issueId, (Long) issue.get().field("parent"), null);
        }
        return store.issues().delete(issueId);
    }

    private StoredIssue edited(StoredIssue current, User editor, Map<String, Object> request) {
        FieldErrors.Collector errors = new FieldErrors.Collector();
        FieldChangeReader.Changes changes = reader.read(request.get("fields"), request.get("update"),
                current.fields(), Set.of(), editScreen, errors);
        Map<String, Object> values = new LinkedHashMap<>(current.fields());
        values.putAll(changes.values());
        if (changes.values().containsKey("summary")
                && (!(values.get("summary") instanceof String summary) || summary.isBlank())) {
            errors.add("summary", "You must specify a summary of the issue.");
        }
        checkTypeAndParent(current, values, changes.values(), errors);
        Map<String, Object> properties = IssueProperties.read(request.get("properties"), errors);
        errors.throwIfAny();
        if (values.equals(current.fields()) && changes.comments().isEmpty() && properties.isEmpty()) {
            return current; // Jira leaves "updated" alone when an edit changes nothing
        }

        Instant now = store.now();
        values.put("updated", now);
        StoredIssue edited = IssueProperties.withProperties(current.withFields(values), properties);
        ChangeHistory change = changelog.entry(current.fields(), values, editor.accountId(), now);
        if (change != null) {
            edited = edited.withChange(change);
        }
        for (Map<String, Object> comment : changes.comments()) {
            StoredComment added = comments.newComment(editor, comment, now);
            edited = CommentEditor.withComment(edited, added, now);
        }
        return edited;
    }

    private void checkTypeAndParent(StoredIssue current, Map<String, Object> values, Map<String, Object> changed,
            FieldErrors.Collector errors) {
        if (!changed.containsKey("issuetype") && !changed.containsKey("parent")) {
            return;
        }
        IssueType oldType = store.catalog().issueType(String.valueOf(current.field("issuetype"))).orElseThrow();
        IssueType newType = store.catalog().issueType(String.valueOf(values.get("issuetype"))).orElseThrow();
        if (oldType.subtask() != newType.subtask()) {
            errors.add("issuetype", "Sub-tasks and standard work items can't be converted into each other here.");
        } else if (!errors.has("parent")) {
            hierarchy.check(newType, (Long) values.get("parent"), errors);
        }
    }
}
