package io.github.jiracloud.app.onboarding;

import java.util.Arrays;
import java.util.List;

import io.github.jiracloud.camel.JiraOperation;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default {@code camel.component.jira.scopes} of application.properties covers every shipped flow (they all use the
 * default
 * connection); the flows' {@code *OAuthTest}s run them under those scopes against the emulator's scope checks.
 */
@QuarkusTest
class DefaultScopesTest {

    @Inject
    FlowScopes flowScopes;

    @ConfigProperty(name = "camel.component.jira.scopes")
    String defaultScopes;

    @Test
    void theDefaultScopesCoverEveryShippedFlow() {
        List<String> granted = Arrays.asList(defaultScopes.split("[ ,]+"));

        assertThat(flowScopes.operations("default")).contains(JiraOperation.ISSUE_POLL, JiraOperation.ISSUE_CREATE,
                JiraOperation.AGILE_SPRINTS, JiraOperation.AGILE_SPRINT_ISSUES, JiraOperation.ATTACHMENT_ADD,
                JiraOperation.WATCHER_ADD, JiraOperation.ISSUE_LINK_CREATE);
        assertThat(flowScopes.check("default", granted, "jira", true).missing()).isEmpty();
    }
}
