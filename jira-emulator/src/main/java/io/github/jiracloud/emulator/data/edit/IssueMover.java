package io.github.jiracloud.emulator.data.edit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.jiracloud.emulator.data.ChangeHistory;
import io.github.jiracloud.emulator.data.IssueType;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.Project;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.User;
import io.github.jiracloud.emulator.data.field.FieldDefinition;
import io.github.jiracloud.emulator.data.field.FieldKind;

/**
 * Moves an issue to another project and issue type, as Jira's bulk move does: a new key in the target project (the old
 * one still finds the issue), the project's components and versions dropped (they belong to the old project), the
 * status kept (every project here shares one workflow), and the sub-tasks moved along with their parent.
 */
public final class IssueMover {

    private final JiraStore store;
    private final Changelog changelog;
    private final IssueHierarchy hierarchy;

    public IssueMover(JiraStore store) {
        this.store = store;
        this.changelog = new Changelog(store);
        this.hierarchy = new IssueHierarchy(store);
    }

    /**
     * @param parentId the new parent, for a sub-task type; null otherwise
     * @return the moved issue, or empty if it doesn't exist
     * @throws FieldErrors when the move breaks the hierarchy
     */
    public Optional<StoredIssue> move(long issueId, Project target, IssueType type, Long parentId, User actor) {
        Optional<StoredIssue> issue = store.issues().find(issueId);
        if (issue.isEmpty()) {
            return Optional.empty();
        }
        FieldErrors.Collector errors = new FieldErrors.Collector();
        if (hierarchy.isSubtask(issue.get()) != type.subtask()) {
            errors.add("issuetype", "Sub-tasks and standard work items can't be moved into each other's types here.");
        } else {
            hierarchy.check(type, type.subtask() ? parentId : null, errors);
        }
        errors.throwIfAny();
        Long oldParent = (Long) issue.get().field("parent");
        Optional<StoredIssue> moved = moveOne(issueId, target, type, type.subtask() ? parentId : oldParent, actor);
        if (type.subtask() && !java.util.Objects.equals(oldParent, parentId)) {
            hierarchy.moveSubtask(issueId, oldParent, parentId);
        }
        for (long subtaskId : issue.get().subtaskIds()) {
            store.issues().find(subtaskId).ifPresent(subtask -> moveOne(subtaskId, target,
                    store.catalog().issueType(String.valueOf(subtask.field("issuetype"))).orElseThrow(), issueId,
                    actor));
        }
        return moved.flatMap(after -> store.issues().find(after.id()));
    }

    private Optional<StoredIssue> moveOne(long issueId, Project target, IssueType type, Long parentId, User actor) {
        Instant now = store.now();
        return store.issues().move(issueId, target, (current, key) -> {
            Map<String, Object> values = new LinkedHashMap<>(current.fields());
            values.put("issuetype", type.id());
            values.put("parent", parentId);
            if (!current.projectId().equals(target.id())) {
                values.put("project", target.id());
                for (FieldDefinition field : store.catalog().fields()) {
                    if (field.kind() == FieldKind.PROJECT_ITEMS) {
                        values.put(field.id(), List.of());
                    }
                }
            }
            values.put("updated", now);
            StoredIssue moved = current.withKey(key, target.id()).withFields(values);
            ChangeHistory change = changelog.entry(current.fields(), values, actor.accountId(), now);
            List<ChangeHistory.Item> items = new ArrayList<>(change == null ? List.of() : change.items());
            if (!key.equals(current.key())) {
                items.add(new ChangeHistory.Item("Key", "jira", null, null, current.key(), null, key));
            }
            return items.isEmpty()
                    ? moved
                    : moved.withChange(new ChangeHistory(store.issues().nextChangeId(), actor.accountId(), now,
                            items));
        });
    }
}
