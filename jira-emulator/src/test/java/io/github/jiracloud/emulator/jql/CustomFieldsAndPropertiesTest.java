package io.github.jiracloud.emulator.jql;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.github.jiracloud.emulator.jql.TestIssues.CONTEXT;
import static io.github.jiracloud.emulator.jql.TestIssues.map;
import static io.github.jiracloud.emulator.jql.TestIssues.matches;
import static io.github.jiracloud.emulator.jql.TestIssues.matchesSample;
import static io.github.jiracloud.emulator.jql.TestIssues.sample;
import static io.github.jiracloud.emulator.jql.TestIssues.withField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomFieldsAndPropertiesTest {

    private static boolean matchesWithProperties(String jql, Map<String, Object> properties) {
        return Jql.parse(jql, CONTEXT).matches(sample(), properties);
    }

    @Test
    void customFieldsCanBeNamedThreeWays() {
        assertThat(matchesSample("\"Story Points\" = 5")).isTrue();
        assertThat(matchesSample("'story points' = 5")).isTrue();
        assertThat(matchesSample("cf[10016] = 5")).isTrue();
        assertThat(matchesSample("customfield_10016 = 5")).isTrue();
        assertThat(matchesSample("CF[10016] = 6")).isFalse();
    }

    @Test
    void numbersCompareAsNumbers() {
        assertThat(matchesSample("cf[10016] = 5.0")).isTrue();
        assertThat(matchesSample("cf[10016] > 4.5")).isTrue();
        assertThat(matchesSample("cf[10016] >= 5")).isTrue();
        assertThat(matchesSample("cf[10016] < 5")).isFalse();
        assertThat(matchesSample("cf[10016] <= 10")).isTrue();
        assertThat(matchesSample("cf[10016] in (3, 5, 8)")).isTrue();
        assertThat(matchesSample("cf[10016] != 5")).isFalse();
        assertThat(matches("cf[10016] > 9", withField("customfield_10016", 10.5))).isTrue();
        assertThat(matchesSample("cf[10016] > abc")).isFalse();
    }

    @Test
    void selectOptionsMatchByValueOrId() {
        assertThat(matchesSample("Team = Platform")).isTrue();
        assertThat(matchesSample("cf[10050] = 10300")).isTrue();
        assertThat(matchesSample("Team != Mobile")).isTrue();
        assertThat(matchesSample("Team ~ plat")).isTrue();
    }

    @Test
    void missingCustomFieldsAreEmpty() {
        assertThat(matchesSample("cf[99999] IS EMPTY")).isTrue();
        assertThat(matchesSample("cf[99999] = x")).isFalse();
        assertThat(matchesSample("cf[99999] != x")).isFalse();
    }

    @Test
    void customDateAndUserValuesCompareByTheirMeaning() {
        Map<String, Object> issue = withField("customfield_10015", "2026-11-20");
        assertThat(matches("cf[10015] < \"2026-11-21\"", issue)).isTrue();
        assertThat(matches("cf[10015] = \"2026/11/20\"", issue)).isTrue();
        assertThat(matches("cf[10015] > -1w", issue)).isFalse();
        assertThat(matches("cf[10015] < startOfMonth()", issue)).isFalse();

        Map<String, Object> approver = withField("customfield_10060", map("accountId", "acc-alice"));
        assertThat(matches("cf[10060] = currentUser()", approver)).isTrue();
    }

    @Test
    void multiValuedCustomFieldsMatchAnyValue() {
        Map<String, Object> issue = withField("customfield_10070", List.of(map("value", "EU"), map("value", "US")));
        assertThat(matches("cf[10070] = US", issue)).isTrue();
        assertThat(matches("cf[10070] in (APAC)", issue)).isFalse();
    }

    @Test
    void issuePropertiesFollowTheirPath() {
        Map<String, Object> properties = Map.of(
                "idempotency", map("key", "abc", "attempt", 3),
                "sync", map("remote", map("id", "R-1", "tags", List.of("x", "y"))));
        assertThat(matchesWithProperties("issue.property[idempotency].key = \"abc\"", properties)).isTrue();
        assertThat(matchesWithProperties("issue.property[idempotency].key = abd", properties)).isFalse();
        assertThat(matchesWithProperties("issue.property[idempotency].attempt > 2", properties)).isTrue();
        assertThat(matchesWithProperties("issue.property[sync].remote.id = r-1", properties)).isTrue();
        assertThat(matchesWithProperties("issue.property[sync].remote.tags = y", properties)).isTrue();
        assertThat(matchesWithProperties("issue.property[missing].key IS EMPTY", properties)).isTrue();
        assertThat(matchesWithProperties("issue.property[idempotency].nope IS EMPTY", properties)).isTrue();
        assertThat(matchesWithProperties("ISSUE.PROPERTY[idempotency].key = abc", properties)).isTrue();
    }

    @Test
    void propertyWithoutAPathComparesTheWholeValue() {
        assertThat(matchesWithProperties("issue.property[flag] = true", Map.of("flag", true))).isTrue();
        assertThat(Jql.parse("issue.property[flag] IS EMPTY", CONTEXT).matches(sample(), null)).isTrue();
    }

    @Test
    void unknownNamesAreRejected() {
        assertThatThrownBy(() -> Jql.parse("\"Story Pointz\" = 5", CONTEXT))
                .isInstanceOf(JqlException.class)
                .hasMessage("Field 'Story Pointz' does not exist or you do not have permission to view it.");
        assertThatThrownBy(() -> Jql.parse("\"Story Points\" = 5"))
                .hasMessage("Field 'Story Points' does not exist or you do not have permission to view it.");
    }
}
