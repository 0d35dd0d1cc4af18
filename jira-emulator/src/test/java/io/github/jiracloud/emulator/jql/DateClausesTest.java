package io.github.jiracloud.emulator.jql;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import io.github.jiracloud.emulator.SettableClock;
import org.junit.jupiter.api.Test;

import static io.github.jiracloud.emulator.jql.TestIssues.CONTEXT;
import static io.github.jiracloud.emulator.jql.TestIssues.matches;
import static io.github.jiracloud.emulator.jql.TestIssues.matchesSample;
import static io.github.jiracloud.emulator.jql.TestIssues.withField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sample was created 2026-11-28 10:15:30.123 UTC and updated 11:00; "now" is 12:00 UTC. */
class DateClausesTest {

    @Test
    void datesHaveMinutePrecision() {
        assertThat(matchesSample("created >= \"2026-11-28 10:15\"")).isTrue();
        assertThat(matchesSample("created = \"2026-11-28 10:15\"")).isTrue();
        assertThat(matchesSample("created <= \"2026-11-28 10:15\"")).isTrue();
        assertThat(matchesSample("created > \"2026-11-28 10:15\"")).isFalse();
        assertThat(matchesSample("created < \"2026-11-28 10:15\"")).isFalse();
        assertThat(matchesSample("created >= \"2026-11-28 10:16\"")).isFalse();
        assertThat(matchesSample("created > \"2026-11-28 10:14\"")).isTrue();
        assertThat(matchesSample("created != \"2026-11-28 10:15\"")).isFalse();
    }

    @Test
    void minuteBoundaryIncludesItsFirstMillisecond() {
        Map<String, Object> atBoundary = withField("updated", "2026-11-28T10:15:00.000+0000");
        Map<String, Object> justBefore = withField("updated", "2026-11-28T10:14:59.999+0000");
        assertThat(matches("updated >= \"2026-11-28 10:15\"", atBoundary)).isTrue();
        assertThat(matches("updated >= \"2026-11-28 10:15\"", justBefore)).isFalse();
        assertThat(matches("updated < \"2026-11-28 10:15\"", justBefore)).isTrue();
    }

    @Test
    void acceptsJirasAbsoluteFormats() {
        assertThat(matchesSample("created >= \"2026/11/28 10:15\"")).isTrue();
        assertThat(matchesSample("created >= '2026-11-28'")).isTrue();
        assertThat(matchesSample("created >= 2026-11-28")).isTrue();
        assertThat(matchesSample("created < \"2026/11/29\"")).isTrue();
        assertThat(matchesSample("created = \"2026-11-28\"")).isFalse();
        assertThat(matchesSample("created in (\"2026-11-27\", \"2026-11-28 10:15\")")).isTrue();
    }

    @Test
    void relativeDatesCountBackFromNow() {
        assertThat(matchesSample("created >= -2h")).isTrue();
        assertThat(matchesSample("created >= -1h")).isFalse();
        assertThat(matchesSample("created >= -105m")).isTrue();
        assertThat(matchesSample("created >= -104m")).isFalse();
        assertThat(matchesSample("created > \"-10d\"")).isTrue();
        assertThat(matchesSample("created >= -1w")).isTrue();
        assertThat(matchesSample("updated >= -1h")).isTrue();
        assertThat(matchesSample("created < 1d")).isTrue();
        assertThat(matchesSample("created < \"+1d\"")).isTrue();
        assertThat(matchesSample("created > \"-1w 2d\"")).isTrue();
        assertThat(matchesSample("created > -1M")).isTrue();
        assertThat(matchesSample("created > -1y")).isTrue();
    }

    @Test
    void relativeDatesMoveWithTheClock() {
        SettableClock clock = new SettableClock(Instant.parse("2026-11-28T11:20:00Z"));
        JqlQuery query = Jql.parse("updated >= -30m", CONTEXT.withClock(clock));
        assertThat(query.matches(TestIssues.sample(), Map.of())).isTrue();
        clock.set(Instant.parse("2026-11-28T11:31:00Z"));
        assertThat(query.matches(TestIssues.sample(), Map.of())).isFalse();
    }

    @Test
    void dateFunctions() {
        assertThat(matchesSample("created >= startOfDay()")).isTrue();
        assertThat(matchesSample("created < startOfDay()")).isFalse();
        assertThat(matchesSample("created <= endOfDay()")).isTrue();
        assertThat(matchesSample("created > startOfDay(-1)")).isTrue();
        assertThat(matchesSample("created >= startOfDay(\"+1d\")")).isFalse();
        assertThat(matchesSample("created < endOfDay(-1d)")).isFalse();
        assertThat(matchesSample("updated <= now()")).isTrue();
        assertThat(matchesSample("updated > NOW()")).isFalse();
        assertThat(matchesSample("created >= startOfWeek()")).isTrue();
        assertThat(matchesSample("created < startOfWeek(1)")).isTrue();
        assertThat(matchesSample("created >= startOfMonth(\"+27d\")")).isTrue();
        assertThat(matchesSample("created >= startOfMonth(\"+28d\")")).isFalse();
        assertThat(matchesSample("created <= endOfMonth()")).isTrue();
        assertThat(matchesSample("created >= startOfYear() AND created <= endOfYear()")).isTrue();
        assertThat(matchesSample("created < startOfYear(-1)")).isFalse();
    }

    @Test
    void weeksStartOnMonday() {
        // 2026-11-28 is a Saturday, so the week began on Monday 2026-11-23.
        assertThat(matches("created >= startOfWeek()", withField("created", "2026-11-23T00:00:00.000+0000"))).isTrue();
        assertThat(matches("created >= startOfWeek()", withField("created", "2026-11-22T23:59:00.000+0000"))).isFalse();
        assertThat(matches("created <= endOfWeek()", withField("created", "2026-11-29T23:59:59.000+0000"))).isTrue();
    }

    @Test
    void dueDatesAreCalendarDays() {
        assertThat(matchesSample("duedate = \"2026-12-01\"")).isTrue();
        assertThat(matchesSample("due > now()")).isTrue();
        assertThat(matchesSample("duedate < \"2026-12-01\"")).isFalse();
        assertThat(matchesSample("duedate <= endOfDay(\"+3d\")")).isTrue();
        assertThat(matchesSample("duedate < endOfDay(\"+2d\")")).isFalse();
        assertThat(matches("duedate IS EMPTY", withField("duedate", null))).isTrue();
    }

    @Test
    void resolvedUnderEveryName() {
        assertThat(matchesSample("resolved IS EMPTY")).isTrue();
        assertThat(matchesSample("resolutiondate IS EMPTY")).isTrue();
        Map<String, Object> resolved = withField("resolutiondate", "2026-11-28T11:45:10.000+0000");
        assertThat(matches("resolved >= \"2026-11-28 11:45\"", resolved)).isTrue();
        assertThat(matches("resolutionDate > -10m", resolved)).isFalse();
    }

    @Test
    void createdDateAndUpdatedDateAreAliases() {
        assertThat(matchesSample("createdDate >= \"2026-11-28 10:15\" AND updatedDate <= now()")).isTrue();
    }

    @Test
    void isoTimestampsAreUnderstoodToo() {
        assertThat(matches("updated >= \"2026-11-28 10:15\"", withField("updated", "2026-11-28T10:15:00Z"))).isTrue();
        assertThat(matches("updated >= \"2026-11-28 10:15\"", withField("updated", "2026-11-28T12:15:00+02:00")))
                .isTrue();
        assertThat(matches("updated > \"2026-11-28 10:15\"", withField("updated", "2026-11-28T12:15:00+02:00")))
                .isFalse();
    }

    @Test
    void unreadableIssueTimestampsCountAsEmpty() {
        Map<String, Object> broken = withField("updated", "yesterday-ish");
        assertThat(matches("updated > -1y", broken)).isFalse();
        assertThat(matches("updated IS EMPTY", broken)).isTrue();
    }

    @Test
    void literalsAreReadInTheClockZone() {
        ZoneId plusTwo = ZoneOffset.ofHours(2);
        JqlContext utcPlusTwo = CONTEXT.withClock(Clock.fixed(TestIssues.NOW, plusTwo));
        Map<String, Object> issue = TestIssues.sample();
        assertThat(Jql.parse("created >= \"2026-11-28 12:15\"", utcPlusTwo).matches(issue, Map.of())).isTrue();
        assertThat(Jql.parse("created > \"2026-11-28 12:15\"", utcPlusTwo).matches(issue, Map.of())).isFalse();
        assertThat(Jql.parse("created >= \"2026-11-28 12:15\"", CONTEXT).matches(issue, Map.of())).isFalse();
    }

    @Test
    void rejectsValuesThatAreNotDates() {
        String formats = "Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', "
                + "'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.";
        assertThatThrownBy(() -> Jql.parse("created > \"2026-13-45\""))
                .isInstanceOf(JqlException.class)
                .hasMessage("Date value '2026-13-45' for field 'created' is invalid. " + formats);
        assertThatThrownBy(() -> Jql.parse("updated > yesterday"))
                .hasMessage("Date value 'yesterday' for field 'updated' is invalid. " + formats);
        assertThatThrownBy(() -> Jql.parse("due < -5x")).hasMessageStartingWith("Date value '-5x' for field 'due'");
        assertThatThrownBy(() -> Jql.parse("created > \"2026-02-30\"")).hasMessageContaining("is invalid");
        assertThatThrownBy(() -> Jql.parse("created > \"2026-11-28 25:00\"")).hasMessageContaining("is invalid");
        assertThatThrownBy(() -> Jql.parse("created in (\"2026-11-28\", nope)")).hasMessageContaining("'nope'");
        assertThatThrownBy(() -> Jql.parse("created > 99999999999999999999d")).hasMessageContaining("is invalid");
    }
}
