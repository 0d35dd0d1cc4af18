package io.github.jiracloud.app;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.github.jiracloud.emulator.JiraEmulator;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo flow finds the issue it has just created although Jira's search lags its writes (ten minutes here, far
 * beyond the test): it names the new issue in {@code CamelJiraReconcileIssues}, so the search reads it as it is now.
 */
@QuarkusTest
@TestProfile(DemoFlowUnderSearchLagTest.LaggingSearch.class)
class DemoFlowUnderSearchLagTest {

    private static final String ROUTE = "demo-issue-lifecycle";

    public static class LaggingSearch implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jira.emulator.search-lag", "10m");
        }
    }

    @Inject
    EmbeddedEmulator embedded;

    @Inject
    MeterRegistry metrics;

    @Test
    void theFlowFindsTheIssueItCreatedWhileSearchLags() {
        JiraEmulator emulator = embedded.emulator();

        await("the demo flow completes once").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> count("camel.exchanges.succeeded") >= 1);

        assertThat(count("camel.exchanges.failed") + count("camel.exchanges.failures.handled"))
                .as("the search step found the new issue (an empty result fails the flow's log step)").isZero();
        String created = emulator.data().issueKeys("OPS").stream().map(key -> emulator.data().issue(key).orElseThrow())
                .filter(issue -> String.valueOf(((Map<?, ?>) issue.get("fields")).get("summary")).startsWith("Demo"))
                .map(issue -> String.valueOf(issue.get("id"))).findFirst().orElseThrow();
        assertThat(emulator.requests()).filteredOn(r -> r.path().equals("/rest/api/3/search/jql"))
                .filteredOn(r -> r.body().contains("project = OPS AND key = ")).singleElement()
                .satisfies(search -> assertThat(search.body()).contains("\"reconcileIssues\":[" + created + "]"));
        assertThat(emulator.validationErrors()).isEmpty();
    }

    private double count(String meter) {
        return Optional.ofNullable(metrics.find(meter).tag("routeId", ROUTE).counter()).map(Counter::count).orElse(0.0);
    }
}
