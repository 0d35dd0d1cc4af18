package io.github.jiracloud.camel.client.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.jiracloud.camel.error.JiraRateLimitException;
import io.github.jiracloud.emulator.SettableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** How a connection answers each of Jira's three limits, and the near-limit warning, on a clock the test moves. */
class RateLimitGateTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-26T15:50:00Z"));
    private final List<String> events = new ArrayList<>();
    private final RateLimitGate gate = new RateLimitGate("ops", clock, new RateLimitListener() {
        @Override
        public void rateLimited(String connection, String reason) {
            events.add(connection + " " + reason);
        }

        @Override
        public void paused(String connection, Instant until) {
            events.add(connection + " paused until " + until);
        }
    });

    @Test
    void aBurst429HoldsBackThatEndpointAndMethodOnly() {
        gate.observe("GET", "/rest/api/3/issue/OPS-1", 429,
                headers("RateLimit-Reason", "jira-burst-based", "Retry-After", "2"));

        assertThat(gate.beforeAttempt("GET", "/rest/api/3/issue/OPS-2", false)).as("same endpoint and method")
                .isEqualTo(Duration.ofSeconds(2));
        assertThat(gate.beforeAttempt("PUT", "/rest/api/3/issue/OPS-2", false)).as("another method").isZero();
        assertThat(gate.beforeAttempt("GET", "/rest/api/3/myself", false)).as("another endpoint").isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(gate.beforeAttempt("GET", "/rest/api/3/issue/OPS-3", false)).isZero();
        assertThat(events).containsExactly("ops jira-burst-based");
    }

    @Test
    void aPerIssue429SpacesOutWritesToThatIssueOnly() {
        gate.observe("POST", "/rest/api/3/issue/OPS-1/comment", 429,
                headers("RateLimit-Reason", "jira-per-issue-on-write", "Retry-After", "1"));

        assertThat(gate.beforeAttempt("POST", "/rest/api/3/issue/OPS-1/comment", false))
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(gate.beforeAttempt("PUT", "/rest/api/3/issue/OPS-1", false)).isEqualTo(Duration.ofMillis(1300));
        assertThat(gate.beforeAttempt("POST", "/rest/api/3/issue/OPS-1/comment", false))
                .isEqualTo(Duration.ofMillis(1600));
        assertThat(gate.beforeAttempt("GET", "/rest/api/3/issue/OPS-1", false)).as("a read").isZero();
        assertThat(gate.beforeAttempt("PUT", "/rest/api/3/issue/OPS-2", false)).as("another issue").isZero();
        clock.advance(RateLimitGate.ISSUE_COOL_DOWN);
        assertThat(gate.beforeAttempt("PUT", "/rest/api/3/issue/OPS-1", false)).as("cooled down").isZero();
    }

    @Test
    void aSpentQuotaFailsEveryCallFastUntilTheReset() {
        gate.observe("GET", "/rest/api/3/issue/OPS-1", 429, headers("RateLimit-Reason", "jira-quota-global-based",
                "Retry-After", "600", "X-RateLimit-Reset", "2026-03-26T16:00Z"));

        JiraRateLimitException refused = catchThrowableOfType(JiraRateLimitException.class,
                () -> gate.beforeAttempt("POST", "/rest/api/3/search/jql", false));

        assertThat(refused.isQuotaSpent()).isTrue();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getResetAt()).isEqualTo(Instant.parse("2026-03-26T16:00:00Z"));
        assertThat(refused).hasMessageContaining("not sent").hasMessageContaining("'ops'")
                .hasMessageContaining("2026-03-26T16:00:00Z");
        assertThat(gate.pausedUntil()).contains(Instant.parse("2026-03-26T16:00:00Z"));
        assertThat(events).containsExactly("ops jira-quota-global-based", "ops paused until 2026-03-26T16:00:00Z");

        clock.advance(Duration.ofMinutes(10));
        assertThat(gate.pausedUntil()).isEmpty();
        assertThat(gate.beforeAttempt("POST", "/rest/api/3/search/jql", false)).isZero();
    }

    @Test
    void nearTheLimitCallsAreSpreadOverWhatIsLeftUntilAnAnswerNoLongerSaysSo() {
        gate.observe("GET", "/rest/api/3/issue/OPS-1", 200, headers("X-RateLimit-NearLimit", "true",
                "Beta-RateLimit", "\"global-app-quota\";r=600;t=300"));

        assertThat(gate.beforeAttempt("GET", "/rest/api/3/myself", false)).isZero();
        assertThat(gate.beforeAttempt("GET", "/rest/api/3/myself", false)).as("300 s over 600 points")
                .isEqualTo(Duration.ofMillis(500));
        gate.observe("GET", "/rest/api/3/issue/OPS-1", 200, headers("Beta-RateLimit",
                "\"global-app-quota\";r=60000;t=300"));
        assertThat(gate.beforeAttempt("GET", "/rest/api/3/myself", false)).isZero();
    }

    private static RateLimitHeaders headers(String... namesAndValues) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            byName.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return RateLimitHeaders.parse(byName::get);
    }
}
