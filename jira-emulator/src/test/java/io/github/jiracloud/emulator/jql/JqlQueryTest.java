package io.github.jiracloud.emulator.jql;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.github.jiracloud.emulator.jql.TestIssues.CONTEXT;
import static io.github.jiracloud.emulator.jql.TestIssues.sample;
import static org.assertj.core.api.Assertions.assertThat;

/** The public API: what the rest of the emulator codes against. */
class JqlQueryTest {

    @Test
    void emptyQueriesMatchEverything() {
        assertThat(Jql.parse("").matches(sample(), Map.of())).isTrue();
        assertThat(Jql.parse(null).matches(sample(), null)).isTrue();
        assertThat(Jql.parse("ORDER BY key").matches(Map.of(), Map.of())).isTrue();
        assertThat(Jql.parse("  order by created desc ", null).referencedFields()).isEmpty();
    }

    @Test
    void referencedFieldsAreCanonicalDistinctAndInOrder() {
        JqlQuery query = Jql.parse("PROJECT = OPS AND (key = OPS-1 OR id = 10001 OR issue = OPS-2) AND type = Bug "
                + "AND NOT cf[10016] > 1 AND \"Story Points\" = 2 AND customfield_10050 = x "
                + "AND issue.property[idem].key = abc AND statusCategory = Done AND resolutionDate IS EMPTY "
                + "AND fixVersion = 1 AND sprint IN openSprints() ORDER BY updated, priority", CONTEXT);
        assertThat(query.referencedFields()).containsExactly("project", "issuekey", "issuetype", "customfield_10016",
                "customfield_10050", "issue.property[idem].key", "statuscategory", "resolved", "fixversion", "sprint");
    }

    @Test
    void matchesAnIssueWithoutFieldsWithoutFailing() {
        JqlQuery query = Jql.parse("project = OPS OR summary ~ x OR created > -1d OR labels IS EMPTY", CONTEXT);
        assertThat(query.matches(Map.of("id", "1", "key", "OPS-1"), Map.of())).isTrue();
        assertThat(Jql.parse("project = OPS", CONTEXT).matches(Map.of(), Map.of())).isFalse();
    }

    @Test
    void keepsTheQueryText() {
        JqlQuery query = Jql.parse("project = OPS");
        assertThat(query.jql()).isEqualTo("project = OPS");
        assertThat(query).hasToString("project = OPS");
    }

    @Test
    void aTypicalPollingQuery() {
        JqlQuery query = Jql.parse("project = OPS AND updated >= \"2026-11-28 11:00\" ORDER BY updated ASC, key ASC",
                CONTEXT);
        assertThat(query.matches(sample(), Map.of())).isTrue();
        assertThat(query.referencedFields()).containsExactly("project", "updated");
    }
}
