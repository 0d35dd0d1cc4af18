package io.github.jiracloud.app.flows.sprint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A sprint's burn-down: the story points not yet done at the end of each day from the sprint's start to today (or
 * its end). An issue counts as done from the moment its changelog shows it entering the status it is in now, when
 * that status is in the Done category; an issue reopened since counts as not done. Issues added after the start count
 * from the start.
 */
record BurnDown(LocalDate start, LocalDate end, BigDecimal total, List<Day> days) {

    /** Jira's timestamps: {@code 2026-12-03T10:00:00.000+0000} (platform) or {@code ...000Z} (Agile). */
    private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS][XXX][XX]");

    /** The points left at the end of a day. */
    record Day(LocalDate date, BigDecimal remaining) {
    }

    /** Empty when the sprint has no start date (a future sprint). */
    static Optional<BurnDown> of(Map<?, ?> sprint, List<Map<String, Object>> sprintIssues, Instant now) {
        Optional<Instant> started = time(sprint.get("startDate"));
        if (started.isEmpty()) {
            return Optional.empty();
        }
        Instant start = started.get();
        Instant end = time(sprint.get("endDate")).orElse(now);
        List<Done> done = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map<String, Object> issue : sprintIssues) {
            BigDecimal points = SprintSummary.storyPoints(issue);
            total = total.add(points);
            completed(issue).ifPresent(when -> done.add(new Done(when, points)));
        }
        List<Day> days = new ArrayList<>();
        LocalDate last = day(now.isBefore(end) ? now : end);
        for (LocalDate date = day(start); !date.isAfter(last); date = date.plusDays(1)) {
            Instant endOfDay = date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            BigDecimal remaining = total;
            for (Done each : done) {
                if (each.when().isBefore(endOfDay)) {
                    remaining = remaining.subtract(each.points());
                }
            }
            days.add(new Day(date, remaining));
        }
        return Optional.of(new BurnDown(day(start), day(end), total, List.copyOf(days)));
    }

    private record Done(Instant when, BigDecimal points) {
    }

    /** When the issue entered its current status, if that status is done; changelog histories come newest first. */
    private static Optional<Instant> completed(Map<String, Object> issue) {
        Map<?, ?> status = SprintSummary.fields(issue).get("status") instanceof Map<?, ?> s ? s : Map.of();
        Map<?, ?> category = status.get("statusCategory") instanceof Map<?, ?> c ? c : Map.of();
        if (!"done".equals(category.get("key"))) {
            return Optional.empty();
        }
        Instant entered = null;
        Map<?, ?> changelog = issue.get("changelog") instanceof Map<?, ?> c ? c : Map.of();
        for (Object history : changelog.get("histories") instanceof List<?> list ? list : List.of()) {
            Map<?, ?> change = (Map<?, ?>) history;
            for (Object item : change.get("items") instanceof List<?> items ? items : List.of()) {
                Map<?, ?> field = (Map<?, ?>) item;
                if ("status".equals(field.get("field")) && String.valueOf(status.get("id")).equals(field.get("to"))) {
                    Instant when = time(change.get("created")).orElse(null);
                    if (when != null && (entered == null || when.isAfter(entered))) {
                        entered = when;
                    }
                }
            }
        }
        // Created straight into a done status: done from the start.
        return Optional.of(entered != null ? entered : Instant.MIN);
    }

    private static Optional<Instant> time(Object value) {
        return value == null
                ? Optional.empty()
                : Optional.of(OffsetDateTime.parse(value.toString(), JIRA_TIME).toInstant());
    }

    private static LocalDate day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
