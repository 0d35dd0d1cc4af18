package io.github.jiracloud.emulator.data.bulk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.emulator.data.User;

/**
 * One submitted bulk operation: its issues in the order they are worked through, and what has happened to each so
 * far. Issue {@code i} (from 0) is due {@code queued + (i + 1) * perIssue} after submission; {@link BulkTasks} applies
 * the work when the clock has passed that moment, so progress follows the emulator's clock.
 */
public final class BulkTask {

    /** Jira's task states; the emulator's tasks go ENQUEUED, RUNNING, COMPLETE. */
    public enum Status {
        ENQUEUED, RUNNING, COMPLETE, FAILED, CANCEL_REQUESTED, CANCELLED, DEAD
    }

    private final String id;
    private final User submitter;
    private final Instant created;
    private final List<Long> issueIds;
    private final BulkWork work;
    private final BulkPace pace;
    private final List<Long> processed = new ArrayList<>();
    private final Map<Long, List<String>> failed = new LinkedHashMap<>();
    private int invalidOrInaccessible;
    private int next;
    private Instant updated;

    BulkTask(String id, User submitter, Instant created, List<Long> issueIds, BulkWork work, BulkPace pace) {
        this.id = id;
        this.submitter = submitter;
        this.created = created;
        this.issueIds = List.copyOf(issueIds);
        this.work = work;
        this.pace = pace;
        this.updated = created;
    }

    public String id() {
        return id;
    }

    public User submitter() {
        return submitter;
    }

    public Instant created() {
        return created;
    }

    public Instant started() {
        return created.plus(pace.queued());
    }

    public synchronized Instant updated() {
        return updated;
    }

    public int totalIssueCount() {
        return issueIds.size();
    }

    public synchronized Status status(Instant now) {
        if (next >= issueIds.size()) {
            return now.isBefore(started()) ? Status.ENQUEUED : Status.COMPLETE;
        }
        return next == 0 && now.isBefore(started()) ? Status.ENQUEUED : Status.RUNNING;
    }

    public synchronized int progressPercent() {
        return issueIds.isEmpty() ? 100 : next * 100 / issueIds.size();
    }

    public synchronized List<Long> processedAccessibleIssues() {
        return List.copyOf(processed);
    }

    public synchronized Map<Long, List<String>> failedAccessibleIssues() {
        return new LinkedHashMap<>(failed);
    }

    public synchronized int invalidOrInaccessibleIssueCount() {
        return invalidOrInaccessible;
    }

    synchronized boolean finished() {
        return next >= issueIds.size();
    }

    /** When the next issue is due, or null when all are done. */
    synchronized Instant nextDue() {
        return finished() ? null : due(next);
    }

    /** Works through every issue due by {@code now}. */
    synchronized void catchUp(Instant now) {
        while (next < issueIds.size() && !due(next).isAfter(now)) {
            long issueId = issueIds.get(next);
            try {
                List<String> reasons = work.apply(issueId);
                if (reasons.isEmpty()) {
                    processed.add(issueId);
                } else {
                    failed.put(issueId, List.copyOf(reasons));
                }
            } catch (BulkWork.IssueGone e) {
                invalidOrInaccessible++;
            }
            updated = due(next);
            next++;
        }
        if (issueIds.isEmpty() && !now.isBefore(started())) {
            updated = started();
        }
    }

    private Instant due(int index) {
        return started().plus(pace.perIssue().multipliedBy(index + 1L));
    }
}
