package io.github.jiracloud.emulator.data.bulk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import io.github.jiracloud.emulator.data.User;

/**
 * The bulk tasks of one site, oldest first. Their work is applied lazily: {@link #catchUp()} applies whatever the
 * clock says is due, in submission order, and is called before every REST call reaches the site, so every caller sees
 * the issues as the tasks have left them by now, with no thread of its own and in step with a test's clock. Progress
 * is kept 14 days from submission, as in Jira.
 */
public final class BulkTasks {

    /** "You can view task progress for up to 14 days from creation." */
    public static final Duration KEPT = Duration.ofDays(14);
    private static final long FIRST_ID = 10000;

    private final Clock clock;
    private final Map<String, BulkTask> tasks = new LinkedHashMap<>();
    private final AtomicLong nextId = new AtomicLong(FIRST_ID);
    private volatile BulkPace pace = BulkPace.DEFAULT;
    /** When the earliest unfinished task has its next issue due; null when none is pending. Read without locking. */
    private volatile Instant nextDue;

    public BulkTasks(Clock clock) {
        this.clock = clock;
    }

    public void pace(BulkPace value) {
        this.pace = value;
    }

    /** Queues a task over these issues; its work starts after the pace's queue time. */
    public synchronized BulkTask submit(User submitter, List<Long> issueIds, BulkWork work) {
        BulkTask task = new BulkTask(Long.toString(nextId.getAndIncrement()), submitter, clock.instant(), issueIds,
                work, pace);
        forgetExpired(task.created());
        tasks.put(task.id(), task);
        updateNextDue();
        return task;
    }

    /** The task, caught up to now; empty when there is none or its 14 days are over. */
    public Optional<BulkTask> find(String id) {
        catchUp();
        synchronized (this) {
            forgetExpired(clock.instant());
            return Optional.ofNullable(tasks.get(id));
        }
    }

    /** Applies all work due by now. Cheap when nothing is due: a volatile read and the clock. */
    public void catchUp() {
        Instant due = nextDue;
        Instant now = clock.instant();
        if (due == null || due.isAfter(now)) {
            return;
        }
        synchronized (this) {
            tasks.values().forEach(task -> task.catchUp(now));
            updateNextDue();
        }
    }

    private void forgetExpired(Instant now) {
        tasks.values().removeIf(task -> task.created().plus(KEPT).isBefore(now));
    }

    private void updateNextDue() {
        Instant earliest = null;
        for (BulkTask task : new ArrayList<>(tasks.values())) {
            Instant due = task.nextDue();
            if (due != null && (earliest == null || due.isBefore(earliest))) {
                earliest = due;
            }
        }
        nextDue = earliest;
    }
}
