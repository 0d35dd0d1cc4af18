package io.github.jiracloud.emulator.data.edit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import io.github.jiracloud.emulator.data.ChangeHistory;
import io.github.jiracloud.emulator.data.Durations;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.StoredWorklog;
import io.github.jiracloud.emulator.data.TimeTracking;
import io.github.jiracloud.emulator.data.User;

/**
 * Adds, edits and deletes worklogs, keeping the issue's time spent and remaining estimate in step and writing the
 * {@code timespent}, {@code timeestimate} and {@code WorklogId} changelog items Jira writes.
 */
public final class WorklogEditor {

    /** The only form Jira parses: milliseconds and an offset without a colon. */
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final String TIME_LOGGED = "timeLogged";

    private final JiraStore store;

    public WorklogEditor(JiraStore store) {
        this.store = store;
    }

    /** @return the new worklog, or empty if the issue doesn't exist */
    public Optional<StoredWorklog> add(long issueId, User author, Map<String, Object> request,
            EstimateAdjustment adjustment) {
        long seconds = timeSpent(request).orElseThrow(
                () -> FieldErrors.of(TIME_LOGGED, "You must indicate the time spent working."));
        Map<String, Object> comment = comment(request);
        StoredWorklog[] added = new StoredWorklog[1];
        store.issues().update(issueId, current -> {
            Instant now = store.now();
            added[0] = new StoredWorklog(store.timeTracking().nextWorklogId(), issueId, author.accountId(),
                    author.accountId(), comment, started(request, now), seconds, now, now, visibility(request));
            List<StoredWorklog> worklogs = new ArrayList<>(TimeTracking.worklogs(current));
            worklogs.add(added[0]);
            return changed(current, worklogs, adjustment.apply(remaining(current), original(current), seconds, -1),
                    author, null, added[0].id(), now);
        });
        return Optional.ofNullable(added[0]);
    }

    /** @return the edited worklog, or empty if the issue or worklog doesn't exist */
    public Optional<StoredWorklog> edit(long issueId, long worklogId, User editor, Map<String, Object> request,
            EstimateAdjustment adjustment) {
        OptionalLong newSeconds = timeSpent(request);
        StoredWorklog[] edited = new StoredWorklog[1];
        store.issues().update(issueId, current -> {
            Optional<StoredWorklog> existing = find(current, worklogId);
            if (existing.isEmpty()) {
                return current;
            }
            StoredWorklog before = existing.get();
            Instant now = store.now();
            long seconds = newSeconds.orElse(before.timeSpentSeconds());
            edited[0] = before.edited(request.containsKey("comment") ? comment(request) : before.comment(),
                    request.containsKey("started") ? started(request, now) : before.started(), seconds,
                    request.containsKey("visibility") ? visibility(request) : before.visibility(),
                    editor.accountId(), now);
            Long remaining = adjustment.apply(remaining(current), original(current),
                    seconds - before.timeSpentSeconds(), -1);
            return changed(current, TimeTracking.replacing(TimeTracking.worklogs(current), edited[0]), remaining,
                    editor, null, null, now);
        });
        return Optional.ofNullable(edited[0]);
    }

    /** @return whether the worklog existed */
    public boolean delete(long issueId, long worklogId, User actor, EstimateAdjustment adjustment) {
        boolean[] removed = new boolean[1];
        store.issues().update(issueId, current -> {
            Optional<StoredWorklog> existing = find(current, worklogId);
            if (existing.isEmpty()) {
                return current;
            }
            removed[0] = true;
            List<StoredWorklog> worklogs = new ArrayList<>(TimeTracking.worklogs(current));
            worklogs.removeIf(worklog -> worklog.id() == worklogId);
            long seconds = existing.get().timeSpentSeconds();
            return changed(current, worklogs, adjustment.apply(remaining(current), original(current), -seconds, +1),
                    actor, worklogId, null, store.now());
        });
        return removed[0];
    }

    public static Optional<StoredWorklog> find(StoredIssue issue, long worklogId) {
        return TimeTracking.worklogs(issue).stream().filter(worklog -> worklog.id() == worklogId).findFirst();
    }

    private StoredIssue changed(StoredIssue current, List<StoredWorklog> worklogs, Long remaining, User actor,
            Long removedId, Long addedId, Instant now) {
        StoredIssue after = TimeTracking.withWorklogs(current, worklogs, remaining).withField("updated", now);
        List<ChangeHistory.Item> items = new ArrayList<>();
        secondsItem(items, TimeTracking.TIME_SPENT, current, after);
        secondsItem(items, TimeTracking.REMAINING_ESTIMATE, current, after);
        if (removedId != null || addedId != null) {
            items.add(new ChangeHistory.Item("WorklogId", "jira", null, text(removedId), text(removedId),
                    text(addedId), text(addedId)));
        }
        return items.isEmpty()
                ? after
                : after.withChange(new ChangeHistory(store.issues().nextChangeId(), actor.accountId(), now, items));
    }

    private static void secondsItem(List<ChangeHistory.Item> items, String field, StoredIssue before,
            StoredIssue after) {
        Long from = TimeTracking.seconds(before, field);
        Long to = TimeTracking.seconds(after, field);
        if (!Objects.equals(from, to)) {
            items.add(new ChangeHistory.Item(field, "jira", field, text(from), text(from), text(to), text(to)));
        }
    }

    private static String text(Long value) {
        return value == null ? null : value.toString();
    }

    private static Long remaining(StoredIssue issue) {
        return TimeTracking.seconds(issue, TimeTracking.REMAINING_ESTIMATE);
    }

    private static Long original(StoredIssue issue) {
        return TimeTracking.seconds(issue, TimeTracking.ORIGINAL_ESTIMATE);
    }

    /** {@code timeSpentSeconds} or {@code timeSpent}; empty when neither is given. */
    private static OptionalLong timeSpent(Map<String, Object> request) {
        Object seconds = request.get("timeSpentSeconds");
        Object text = request.get("timeSpent");
        OptionalLong value;
        if (seconds instanceof Number number) {
            value = OptionalLong.of(number.longValue());
        } else if (text instanceof String duration && !duration.isBlank()) {
            value = Durations.parse(duration);
            if (value.isEmpty()) {
                throw FieldErrors.of(TIME_LOGGED, "Invalid time duration entered.");
            }
        } else {
            return OptionalLong.empty();
        }
        if (value.getAsLong() <= 0) {
            throw FieldErrors.of(TIME_LOGGED, "Time spent must be greater than zero.");
        }
        return value;
    }

    private static Instant started(Map<String, Object> request, Instant now) {
        Object started = request.get("started");
        if (started == null) {
            return now;
        }
        try {
            return OffsetDateTime.parse(started.toString(), STARTED).toInstant();
        } catch (DateTimeParseException e) {
            throw FieldErrors.of("started", "Could not parse '" + started + "': use Jira's format, e.g. "
                    + "2026-11-28T10:15:30.000+0000.");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> comment(Map<String, Object> request) {
        Object comment = request.get("comment");
        if (comment == null) {
            return null;
        }
        Optional<String> problem = Adf.problem(comment);
        if (problem.isPresent()) {
            throw FieldErrors.of("comment", problem.get());
        }
        return (Map<String, Object>) comment;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> visibility(Map<String, Object> request) {
        return request.get("visibility") instanceof Map<?, ?> visibility ? (Map<String, Object>) visibility : null;
    }
}
