package io.github.jiracloud.emulator.api.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.github.jiracloud.emulator.data.Durations;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.JiraTime;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.StoredWorklog;
import io.github.jiracloud.emulator.data.TimeTracking;

/** The spec's Worklog and PageOfWorklogs, and an issue's time-tracking fields as Jira shows them. */
public final class TimeTrackingJson {

    /** The issue fields this class renders. */
    public static final Set<String> FIELDS = Set.of("worklog", "timetracking", "progress", "aggregateprogress",
            "timespent", "timeestimate", "timeoriginalestimate", "aggregatetimespent", "aggregatetimeestimate",
            "aggregatetimeoriginalestimate", "workratio");

    /** How many worklogs an issue's {@code worklog} field embeds, as in Jira. */
    private static final int EMBEDDED_WORKLOGS = 20;

    private final JiraStore store;
    private final EntityJson entities;

    public TimeTrackingJson(JiraStore store, EntityJson entities) {
        this.store = store;
        this.entities = entities;
    }

    public Map<String, Object> worklog(StoredWorklog worklog) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("self", entities.links().issue(Long.toString(worklog.issueId())) + "/worklog/" + worklog.id());
        json.put("author", user(worklog.authorId()));
        json.put("updateAuthor", user(worklog.updateAuthorId()));
        if (worklog.comment() != null) {
            json.put("comment", worklog.comment());
        }
        json.put("created", JiraTime.format(worklog.created()));
        json.put("updated", JiraTime.format(worklog.updated()));
        if (worklog.visibility() != null) {
            json.put("visibility", worklog.visibility());
        }
        json.put("started", JiraTime.format(worklog.started()));
        json.put("timeSpent", Durations.format(worklog.timeSpentSeconds()));
        json.put("timeSpentSeconds", worklog.timeSpentSeconds());
        json.put("id", Long.toString(worklog.id()));
        json.put("issueId", Long.toString(worklog.issueId()));
        return json;
    }

    /** A page of worklogs; {@code worklogs} is the already chosen slice. */
    public Map<String, Object> page(List<StoredWorklog> worklogs, long startAt, int maxResults, int total) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("startAt", startAt);
        json.put("maxResults", maxResults);
        json.put("total", total);
        json.put("worklogs", worklogs.stream().map(this::worklog).toList());
        return json;
    }

    /** One of {@link #FIELDS}. */
    public Object field(String fieldId, StoredIssue issue) {
        return switch (fieldId) {
            case "worklog" -> {
                List<StoredWorklog> all = TimeTracking.worklogs(issue);
                yield page(all.subList(0, Math.min(EMBEDDED_WORKLOGS, all.size())), 0, EMBEDDED_WORKLOGS, all.size());
            }
            case "timetracking" -> timeTracking(issue);
            case "progress" -> progress(spent(issue, false), remaining(issue, false));
            case "aggregateprogress" -> progress(spent(issue, true), remaining(issue, true));
            case "timespent" -> spent(issue, false);
            case "timeestimate" -> remaining(issue, false);
            case "timeoriginalestimate" -> original(issue, false);
            case "aggregatetimespent" -> spent(issue, true);
            case "aggregatetimeestimate" -> remaining(issue, true);
            case "aggregatetimeoriginalestimate" -> original(issue, true);
            case "workratio" -> workRatio(issue);
            default -> throw new IllegalArgumentException("Not a time-tracking field: " + fieldId);
        };
    }

    private Map<String, Object> timeTracking(StoredIssue issue) {
        Map<String, Object> json = new LinkedHashMap<>();
        put(json, "originalEstimate", original(issue, false));
        put(json, "remainingEstimate", remaining(issue, false));
        put(json, "timeSpent", spent(issue, false));
        return json;
    }

    private static void put(Map<String, Object> json, String name, Long seconds) {
        if (seconds != null) {
            json.put(name, Durations.format(seconds));
            json.put(name + "Seconds", seconds);
        }
    }

    private static Map<String, Object> progress(Long spent, Long remaining) {
        long done = spent == null ? 0 : spent;
        long total = done + (remaining == null ? 0 : remaining);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("progress", done);
        json.put("total", total);
        if (total > 0) {
            json.put("percent", done * 100 / total);
        }
        return json;
    }

    private static long workRatio(StoredIssue issue) {
        Long original = TimeTracking.seconds(issue, TimeTracking.ORIGINAL_ESTIMATE);
        Long spent = TimeTracking.seconds(issue, TimeTracking.TIME_SPENT);
        return original == null || original == 0 ? -1 : (spent == null ? 0 : spent) * 100 / original;
    }

    private Long spent(StoredIssue issue, boolean withSubtasks) {
        return seconds(issue, TimeTracking.TIME_SPENT, withSubtasks);
    }

    private Long remaining(StoredIssue issue, boolean withSubtasks) {
        return seconds(issue, TimeTracking.REMAINING_ESTIMATE, withSubtasks);
    }

    private Long original(StoredIssue issue, boolean withSubtasks) {
        return seconds(issue, TimeTracking.ORIGINAL_ESTIMATE, withSubtasks);
    }

    /** The issue's value, plus its sub-tasks' for the aggregate fields; null when none of them has one. */
    private Long seconds(StoredIssue issue, String fieldId, boolean withSubtasks) {
        Long own = TimeTracking.seconds(issue, fieldId);
        if (!withSubtasks) {
            return own;
        }
        List<Long> values = new ArrayList<>();
        values.add(own);
        issue.subtaskIds().stream().map(store.issues()::find).flatMap(Optional::stream)
                .map(subtask -> TimeTracking.seconds(subtask, fieldId)).forEach(values::add);
        return values.stream().filter(Objects::nonNull).reduce(Long::sum).orElse(null);
    }

    private Map<String, Object> user(String accountId) {
        return store.catalog().user(accountId).map(entities::user).orElse(null);
    }
}
