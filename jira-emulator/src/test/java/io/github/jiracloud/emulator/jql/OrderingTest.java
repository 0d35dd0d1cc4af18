package io.github.jiracloud.emulator.jql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.github.jiracloud.emulator.jql.TestIssues.CONTEXT;
import static io.github.jiracloud.emulator.jql.TestIssues.issue;
import static io.github.jiracloud.emulator.jql.TestIssues.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderingTest {

    private static List<String> sortedKeys(String jql, List<Map<String, Object>> issues) {
        List<Map<String, Object>> sorted = new ArrayList<>(issues);
        sorted.sort(Jql.parse(jql, CONTEXT).ordering());
        return sorted.stream().map(issue -> (String) issue.get("key")).toList();
    }

    private static Map<String, Object> created(String key, String id, String created) {
        return issue(key, id, "created", created);
    }

    @Test
    void keysSortNumericallyWithinAProject() {
        List<Map<String, Object>> issues = List.of(issue("OPS-10", "3"), issue("OPS-2", "2"),
                issue("ABC-7", "4"), issue("OPS-1", "1"));
        assertThat(sortedKeys("ORDER BY key", issues)).containsExactly("ABC-7", "OPS-1", "OPS-2", "OPS-10");
        assertThat(sortedKeys("order by issuekey DESC", issues)).containsExactly("OPS-10", "OPS-2", "OPS-1", "ABC-7");
    }

    @Test
    void idsSortNumerically() {
        List<Map<String, Object>> issues = List.of(issue("A-1", "10"), issue("A-2", "9"), issue("A-3", "100"));
        assertThat(sortedKeys("ORDER BY id", issues)).containsExactly("A-2", "A-1", "A-3");
    }

    @Test
    void withoutOrderByNewestComesFirstAndTiesGoToTheHigherId() {
        List<Map<String, Object>> issues = List.of(
                created("OPS-1", "1", "2026-11-01T10:00:00.000+0000"),
                created("OPS-2", "2", "2026-11-03T10:00:00.000+0000"),
                created("OPS-3", "3", "2026-11-03T10:00:00.000+0000"),
                created("OPS-4", "4", "2026-11-02T10:00:00.000+0000"));
        assertThat(sortedKeys("project = OPS", issues)).containsExactly("OPS-3", "OPS-2", "OPS-4", "OPS-1");
        assertThat(sortedKeys("", issues)).containsExactly("OPS-3", "OPS-2", "OPS-4", "OPS-1");
    }

    @Test
    void datesSortByTheFullTimestamp() {
        List<Map<String, Object>> issues = List.of(
                created("OPS-1", "1", "2026-11-28T10:15:30.500+0000"),
                created("OPS-2", "2", "2026-11-28T10:15:30.100+0000"),
                created("OPS-3", "3", "2026-11-28T10:15:00.000+0000"));
        assertThat(sortedKeys("ORDER BY created ASC", issues)).containsExactly("OPS-3", "OPS-2", "OPS-1");
        assertThat(sortedKeys("ORDER BY created DESC", issues)).containsExactly("OPS-1", "OPS-2", "OPS-3");
    }

    @Test
    void prioritySortsByRankAndEmptyValuesSortAsLargest() {
        List<Map<String, Object>> issues = List.of(
                issue("OPS-1", "1", "priority", map("name", "Low")),
                issue("OPS-2", "2", "priority", map("name", "Highest")),
                issue("OPS-3", "3", "priority", null),
                issue("OPS-4", "4", "priority", map("name", "Medium")),
                issue("OPS-5", "5", "priority", map("name", "Lowest")),
                issue("OPS-6", "6", "priority", map("name", "High")));
        assertThat(sortedKeys("ORDER BY priority DESC", issues))
                .containsExactly("OPS-3", "OPS-2", "OPS-6", "OPS-4", "OPS-1", "OPS-5");
        assertThat(sortedKeys("ORDER BY priority ASC", issues))
                .containsExactly("OPS-5", "OPS-1", "OPS-4", "OPS-6", "OPS-2", "OPS-3");
    }

    @Test
    void textSortsCaseInsensitively() {
        List<Map<String, Object>> issues = List.of(
                issue("OPS-1", "1", "summary", "banana", "status", map("name", "Done")),
                issue("OPS-2", "2", "summary", "Apple", "status", map("name", "In Progress")),
                issue("OPS-3", "3", "summary", "cherry", "status", map("name", "closed")));
        assertThat(sortedKeys("ORDER BY summary", issues)).containsExactly("OPS-2", "OPS-1", "OPS-3");
        assertThat(sortedKeys("ORDER BY status", issues)).containsExactly("OPS-3", "OPS-1", "OPS-2");
    }

    @Test
    void customNumbersAndDueDatesSortByValue() {
        List<Map<String, Object>> issues = List.of(
                issue("OPS-1", "1", "customfield_10016", 8, "duedate", "2026-12-05"),
                issue("OPS-2", "2", "customfield_10016", 13.5, "duedate", null),
                issue("OPS-3", "3", "customfield_10016", 2, "duedate", "2026-12-01"));
        assertThat(sortedKeys("ORDER BY \"Story Points\" DESC", issues)).containsExactly("OPS-2", "OPS-1", "OPS-3");
        assertThat(sortedKeys("ORDER BY cf[10016]", issues)).containsExactly("OPS-3", "OPS-1", "OPS-2");
        assertThat(sortedKeys("ORDER BY duedate", issues)).containsExactly("OPS-3", "OPS-1", "OPS-2");
    }

    @Test
    void laterKeysBreakTiesAndIdBreaksTheRestInTheLastDirection() {
        List<Map<String, Object>> issues = List.of(
                issue("OPS-1", "1", "priority", map("name", "High"), "created", "2026-11-02T00:00:00.000+0000"),
                issue("OPS-2", "2", "priority", map("name", "High"), "created", "2026-11-01T00:00:00.000+0000"),
                issue("OPS-3", "3", "priority", map("name", "Low"), "created", "2026-11-01T00:00:00.000+0000"),
                issue("OPS-4", "4", "priority", map("name", "Low"), "created", "2026-11-01T00:00:00.000+0000"));
        assertThat(sortedKeys("ORDER BY priority DESC, created ASC", issues))
                .containsExactly("OPS-2", "OPS-1", "OPS-3", "OPS-4");
        assertThat(sortedKeys("ORDER BY priority DESC, created DESC", issues))
                .containsExactly("OPS-1", "OPS-2", "OPS-4", "OPS-3");
    }

    @Test
    void boardRankIsSortable() {
        List<Map<String, Object>> issues = List.of(
                issue("OPS-1", "1", "customfield_10019", "0|i0000f:"),
                issue("OPS-2", "2", "customfield_10019", "0|i00007:"));
        assertThat(sortedKeys("project = OPS ORDER BY Rank ASC", issues)).containsExactly("OPS-2", "OPS-1");
    }

    @Test
    void rejectsFieldsThatCannotBeSorted() {
        assertThatThrownBy(() -> Jql.parse("ORDER BY description"))
                .isInstanceOf(JqlException.class)
                .hasMessage("Field 'description' does not support sorting.");
        assertThatThrownBy(() -> Jql.parse("ORDER BY issue.property[x].y"))
                .hasMessage("Field 'issue.property[x].y' does not support sorting.");
        assertThatThrownBy(() -> Jql.parse("ORDER BY colour"))
                .hasMessage("Field 'colour' does not exist or you do not have permission to view it.");
    }
}
