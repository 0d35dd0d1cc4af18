package io.github.jiracloud.emulator.data.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.jiracloud.emulator.data.IssueType;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.StoredIssue;

/** Jira's hierarchy rules: sub-tasks need a parent one level up, standard issues may have an epic, epics none. */
final class IssueHierarchy {

    private final JiraStore store;

    IssueHierarchy(JiraStore store) {
        this.store = store;
    }

    void check(IssueType type, Long parentId, FieldErrors.Collector errors) {
        if (parentId == null) {
            if (type.subtask()) {
                errors.add("parent", "A sub-task must have a parent work item.");
            }
            return;
        }
        Optional<IssueType> parentType = store.issues().find(parentId)
                .flatMap(parent -> store.catalog().issueType(String.valueOf(parent.field("issuetype"))));
        if (parentType.isEmpty() || parentType.get().hierarchyLevel() != type.hierarchyLevel() + 1) {
            errors.add("parent", "Given parent work item does not belong to appropriate hierarchy.");
        }
    }

    /** Keeps parents' sub-task lists in step when a sub-task is created, moved or deleted. */
    void moveSubtask(long childId, Long fromParentId, Long toParentId) {
        if (fromParentId != null) {
            store.issues().update(fromParentId, parent -> parent.withSubtaskIds(
                    parent.subtaskIds().stream().filter(id -> id != childId).toList()));
        }
        if (toParentId != null) {
            store.issues().update(toParentId, parent -> {
                List<Long> ids = new ArrayList<>(parent.subtaskIds());
                ids.add(childId);
                return parent.withSubtaskIds(ids);
            });
        }
    }

    boolean isSubtask(StoredIssue issue) {
        return store.catalog().issueType(String.valueOf(issue.field("issuetype"))).map(IssueType::subtask)
                .orElse(false);
    }
}
