package io.github.jiracloud.app.flows.sprint;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The burn-down from the issues' changelogs, day by day, as Jira's platform and Agile APIs write their dates. */
class BurnDownTest {

    private static final Map<String, Object> SPRINT = Map.of("id", 7, "name", "Sprint 7", "startDate",
            "2026-12-01T09:00:00.000Z", "endDate", "2026-12-15T09:00:00.000Z");
    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void pointsLeaveOnTheDayTheirIssueEntersItsDoneStatus() {
        BurnDown burnDown = BurnDown.of(SPRINT, List.of(
                issue("To Do", "new", 3, List.of()),
                issue("Done", "done", 5, List.of(history("2026-12-02T15:30:00.000+0000", "3"),
                        history("2026-12-03T08:00:00.000+0000", "10002"))),
                issue("Done", "done", 2, List.of())), NOW).orElseThrow();

        assertThat(burnDown.total()).isEqualByComparingTo("10");
        assertThat(burnDown.days()).extracting(day -> day.date().toString() + "=" + day.remaining())
                // created straight into Done: gone from the first day; the other on the day it reached Done
                .containsExactly("2026-12-01=8", "2026-12-02=8", "2026-12-03=3", "2026-12-04=3");
        assertThat(burnDown.end().toString()).isEqualTo("2026-12-15");
    }

    @Test
    void aReopenedIssueIsNotDoneWhateverItsHistory() {
        BurnDown burnDown = BurnDown.of(SPRINT, List.of(issue("In Progress", "indeterminate", 4,
                List.of(history("2026-12-02T10:00:00.000+0000", "10002")))), NOW).orElseThrow();

        assertThat(burnDown.days()).allSatisfy(day -> assertThat(day.remaining()).isEqualByComparingTo("4"));
    }

    @Test
    void aFinishedSprintEndsOnItsEndDateAndAFutureOneHasNone() {
        BurnDown finished = BurnDown.of(SPRINT, List.of(), Instant.parse("2027-01-10T00:00:00Z")).orElseThrow();

        assertThat(finished.days()).hasSize(15);
        assertThat(BurnDown.of(Map.of("id", 8, "name", "Sprint 8"), List.of(), NOW)).isEmpty();
    }

    static Map<String, Object> issue(String status, String category, int points, List<Map<String, Object>> history) {
        String id = "Done".equals(status) ? "10002" : "3";
        return Map.of("key", "OPS-" + points, "fields", Map.of("status", Map.of("id", id, "name", status,
                "statusCategory", Map.of("key", category)), SprintSummary.STORY_POINTS, points),
                "changelog", Map.of("histories", history));
    }

    private static Map<String, Object> history(String created, String toStatus) {
        return Map.of("created", created, "items", List.of(Map.of("field", "status", "to", toStatus)));
    }
}
