package io.github.jiracloud.app;

import io.github.jiracloud.camel.route.PausedConnectionsPolicy;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The flows' routes carry the policy that skips a timer flow's runs while its Jira connection is paused. */
@QuarkusTest
class PausedConnectionsTest {

    @Inject
    CamelContext camel;

    @Test
    void theTimerFlowsSkipTheirRunsWhileTheirConnectionIsPaused() {
        for (String flow : new String[]{"sla-escalation", "sprint-report", "demo-issue-lifecycle"}) {
            assertThat(camel.getRoute(flow).getRoutePolicyList()).as(flow)
                    .hasAtLeastOneElementOfType(PausedConnectionsPolicy.class);
        }
    }
}
