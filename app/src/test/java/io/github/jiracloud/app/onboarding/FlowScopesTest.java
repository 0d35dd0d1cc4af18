package io.github.jiracloud.app.onboarding;

import java.util.List;

import io.github.jiracloud.app.onboarding.page.ConnectionRow;
import io.github.jiracloud.app.onboarding.page.ConnectionsPage;
import io.github.jiracloud.app.onboarding.page.ScopeCheck;
import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.JiraOperation;
import io.github.jiracloud.camel.connection.JiraConnection;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The connections page compares each connection's scopes with those of the operations its flows use. */
class FlowScopesTest {

    private final DefaultCamelContext camel = new DefaultCamelContext();

    @BeforeEach
    void endpoints() {
        JiraComponent jira = new JiraComponent();
        JiraConnection reports = new JiraConnection();
        reports.setAuth("oauth2-client-credentials");
        reports.setClientId("id");
        reports.setClientSecret("secret");
        reports.setCloudId("c0ffee");
        jira.addConnection("reports", reports);
        jira.getConnectionOptions().setSite("acme.atlassian.net");
        jira.getConnectionOptions().setEmail("bot@example.com");
        jira.getConnectionOptions().setApiToken("token");
        camel.addComponent("jira", jira);
        camel.start();
        camel.getEndpoint("jira:agile/sprints?connection=reports&boardId=1");
        camel.getEndpoint("jira:attachment/add?connection=reports");
        camel.getEndpoint("jira:issue/create");
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void aConnectionWithoutAScopeItsFlowsNeedIsWarnedAbout() {
        ScopeCheck check = new FlowScopes(camel).check("reports", List.of("read:jira-work", "write:jira-work"),
                "camel.component.jira.connections[reports]", false);

        assertThat(new FlowScopes(camel).operations("reports"))
                .containsExactlyInAnyOrder(JiraOperation.AGILE_SPRINTS, JiraOperation.ATTACHMENT_ADD);
        assertThat(check.needed()).containsExactly("read:sprint:jira-software", "write:jira-work");
        assertThat(check.missing()).containsExactly("read:sprint:jira-software");
        assertThat(check.advice()).contains("camel.component.jira.connections[reports].scopes", "developer console");

        String page = ConnectionsPage.render(List.of(new ConnectionRow("reports", "oauth2-client-credentials",
                ConnectionRow.Status.CONFIGURED, null, null, "c0ffee", List.of("read:jira-work", "write:jira-work"),
                null, null, null, false).withScopeCheck(check)), null);
        assertThat(page).contains("its flows need <code>read:sprint:jira-software</code><code>write:jira-work</code>",
                "<span class=\"badge warn\">missing</span> <code>read:sprint:jira-software</code>");
    }

    @Test
    void scopesThatCoverTheFlowsShowNoWarning() {
        ScopeCheck check = new FlowScopes(camel).check("reports",
                List.of("read:sprint:jira-software", "write:jira-work"), "camel.component.jira.connections[reports]",
                true);

        assertThat(check.missing()).isEmpty();
        assertThat(check.advice()).isNull();
    }
}
