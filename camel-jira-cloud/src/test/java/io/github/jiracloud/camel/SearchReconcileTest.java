package io.github.jiracloud.camel;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.EmulatorTestBase;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.SettableClock;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jira's search lags its writes; {@code CamelJiraReconcileIssues} names the issues a search must read as they are
 * now. The emulator's clock stands still, so its one-minute lag never passes during the test.
 */
class SearchReconcileTest extends EmulatorTestBase {

    @BeforeAll
    static void startEmulator() {
        emulator = JiraEmulator.builder().port(0).clock(new SettableClock()).searchLag(Duration.ofMinutes(1)).build()
                .start();
    }

    @Test
    void aJustCreatedIssueIsFoundOnlyWhenReconciled() {
        String options = options(Connections.BASIC);
        Exchange created = context.send("jira:issue/create?" + options,
                Map.of("project", "DEV", "issuetype", "Task", "summary", "Just created"), Map.of());
        assertThat(created.getException()).isNull();
        String id = created.getMessage().getHeader(JiraConstants.ISSUE_ID, String.class);
        String jql = "key = " + created.getMessage().getHeader(JiraConstants.ISSUE_KEY);

        Exchange lagging = context.send("jira:search/jql?fields=summary&" + options, null,
                Map.of(JiraConstants.JQL, jql));
        Exchange reconciled = context.send("jira:search/jql?fields=summary&" + options, null,
                Map.of(JiraConstants.JQL, jql, JiraConstants.RECONCILE_ISSUES, id));

        assertThat(lagging.getMessage().getBody(List.class)).as("search has not seen the new issue yet").isEmpty();
        assertThat(reconciled.getException()).isNull();
        assertThat(reconciled.getMessage().getBody(List.class)).hasSize(1);
        assertThat(((Map<?, ?>) reconciled.getMessage().getBody(List.class).get(0)).get("id")).isEqualTo(id);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void moreThanJiraReconcilesIsRefusedBeforeAnyCall() {
        String options = options(Connections.BASIC);
        List<Long> ids = LongStream.rangeClosed(1, 51).boxed().toList();
        emulator.clearRequests();

        Exchange result = context.send("jira:search/jql?" + options, null,
                Map.of(JiraConstants.JQL, "project = DEV", JiraConstants.RECONCILE_ISSUES, ids));

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CamelJiraReconcileIssues").hasMessageContaining("at most 50");
        assertThat(emulator.requests()).isEmpty();
    }

    @Test
    void aNonNumericIdNamesTheHeader() {
        String options = options(Connections.BASIC);

        Exchange result = context.send("jira:search/jql?" + options, null,
                Map.of(JiraConstants.JQL, "project = DEV", JiraConstants.RECONCILE_ISSUES, "DEV-1"));

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CamelJiraReconcileIssues").hasMessageContaining("'DEV-1'");
    }
}
