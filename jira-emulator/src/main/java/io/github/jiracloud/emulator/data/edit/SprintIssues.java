package io.github.jiracloud.emulator.data.edit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.jiracloud.emulator.data.ChangeHistory;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.Sprint;
import io.github.jiracloud.emulator.data.StandardSite;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.User;

/**
 * Which issues are in which sprint. Membership lives in the issues' Sprint field ({@code customfield_10020}), as in
 * Jira, so JQL such as {@code sprint = 5} or {@code sprint in openSprints()} sees every move at once.
 */
public final class SprintIssues {

    /** Jira moves at most this many issues to a sprint per request. */
    public static final int MOVE_LIMIT = 50;
    private static final String NOT_FOUND = "Issue does not exist or you do not have permission to see it: ";

    private final JiraStore store;
    private final Changelog changelog;

    public SprintIssues(JiraStore store) {
        this.store = store;
        this.changelog = new Changelog(store);
    }

    /**
     * Puts the issues (and their sub-tasks, which follow their parents) in the sprint, taking each out of the open
     * sprint it was in; the closed sprints it was in stay in its history.
     *
     * @throws FieldErrors when the sprint is closed, there are more than {@link #MOVE_LIMIT} issues or one is unknown
     */
    public void move(Sprint sprint, List<String> issueIdsOrKeys, User actor) {
        if (!sprint.isOpen()) {
            throw FieldErrors.message("Issues can only be moved to a future or active sprint; sprint " + sprint.id()
                    + " is closed.");
        }
        if (issueIdsOrKeys.size() > MOVE_LIMIT) {
            throw FieldErrors.message("At most " + MOVE_LIMIT + " issues can be moved to a sprint in one request; "
                    + issueIdsOrKeys.size() + " were given.");
        }
        List<StoredIssue> issues = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String idOrKey : issueIdsOrKeys) {
            store.issues().find(idOrKey).ifPresentOrElse(issues::add, () -> unknown.add(idOrKey));
        }
        if (!unknown.isEmpty()) {
            throw FieldErrors.message(NOT_FOUND + String.join(", ", unknown));
        }
        Instant now = store.now();
        for (StoredIssue issue : issues) {
            moveOne(issue.id(), sprint.id(), actor, now);
            issue.subtaskIds().forEach(subtask -> moveOne(subtask, sprint.id(), actor, now));
        }
    }

    public boolean inSprint(StoredIssue issue, long sprintId) {
        return sprintIds(issue).contains(sprintId);
    }

    /** In a future or active sprint: such issues are planned, so they are not on the backlog. */
    public boolean inOpenSprint(StoredIssue issue) {
        return sprintsOf(issue).stream().anyMatch(Sprint::isOpen);
    }

    /** The sprints the issue is or was in: at most one open sprint, and the closed ones it went through. */
    public List<Sprint> sprintsOf(StoredIssue issue) {
        return sprintIds(issue).stream().map(id -> store.catalog().sprint(id)).flatMap(Optional::stream).toList();
    }

    /**
     * Makes new snapshots of the sprint's issues: their search views embed the sprint's name and state, and
     * snapshots cache those views, so a renamed, started or completed sprint must show in the next search.
     */
    public void refreshIssuesIn(long sprintId) {
        store.issues().all().filter(issue -> inSprint(issue, sprintId))
                .forEach(issue -> store.issues().update(issue.id(), current -> current.withFields(current.fields())));
    }

    private void moveOne(long issueId, long sprintId, User actor, Instant now) {
        store.issues().update(issueId, current -> {
            List<Long> before = sprintIds(current);
            List<Long> after = new ArrayList<>(before.stream()
                    .filter(id -> store.catalog().sprint(id).map(sprint -> !sprint.isOpen()).orElse(false)).toList());
            after.add(sprintId);
            if (after.equals(before)) {
                return current;
            }
            Map<String, Object> values = new LinkedHashMap<>(current.fields());
            values.put(StandardSite.SPRINT, List.copyOf(after));
            values.put("updated", now);
            StoredIssue moved = current.withFields(values);
            ChangeHistory change = changelog.entry(current.fields(), values, actor.accountId(), now);
            return change == null ? moved : moved.withChange(change);
        });
    }

    private static List<Long> sprintIds(StoredIssue issue) {
        if (!(issue.field(StandardSite.SPRINT) instanceof List<?> ids)) {
            return List.of();
        }
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
