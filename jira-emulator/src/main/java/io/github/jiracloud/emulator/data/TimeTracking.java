package io.github.jiracloud.emulator.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The worklogs of a site and the time tracking of its issues. An issue keeps its worklogs and times in its own
 * fields, under the system field ids Jira uses ({@code worklog}, {@code timeoriginalestimate}, {@code timeestimate}
 * and {@code timespent}, in seconds), so a change is one atomic snapshot of the issue and search sees it at once.
 */
public final class TimeTracking {

    public static final String WORKLOGS = "worklog";
    public static final String ORIGINAL_ESTIMATE = "timeoriginalestimate";
    public static final String REMAINING_ESTIMATE = "timeestimate";
    public static final String TIME_SPENT = "timespent";

    /** Jira numbers worklogs across the whole site. */
    private final AtomicLong nextWorklogId = new AtomicLong(10000);

    public long nextWorklogId() {
        return nextWorklogId.getAndIncrement();
    }

    @SuppressWarnings("unchecked")
    public static List<StoredWorklog> worklogs(StoredIssue issue) {
        return issue.field(WORKLOGS) instanceof List<?> list ? (List<StoredWorklog>) list : List.of();
    }

    /** Seconds, or null when the issue has no such value. */
    public static Long seconds(StoredIssue issue, String fieldId) {
        return issue.field(fieldId) instanceof Number number ? number.longValue() : null;
    }

    /** The issue with these worklogs, the time spent they add up to, and the given remaining estimate. */
    public static StoredIssue withWorklogs(StoredIssue issue, List<StoredWorklog> worklogs, Long remainingEstimate) {
        Map<String, Object> fields = new LinkedHashMap<>(issue.fields());
        fields.put(WORKLOGS, worklogs.isEmpty() ? null : List.copyOf(worklogs));
        fields.put(TIME_SPENT,
                worklogs.isEmpty() ? null : worklogs.stream().mapToLong(StoredWorklog::timeSpentSeconds).sum());
        fields.put(REMAINING_ESTIMATE, remainingEstimate);
        return issue.withFields(fields);
    }

    public static List<StoredWorklog> replacing(List<StoredWorklog> worklogs, StoredWorklog changed) {
        List<StoredWorklog> copy = new ArrayList<>(worklogs);
        copy.replaceAll(worklog -> worklog.id() == changed.id() ? changed : worklog);
        return copy;
    }
}
