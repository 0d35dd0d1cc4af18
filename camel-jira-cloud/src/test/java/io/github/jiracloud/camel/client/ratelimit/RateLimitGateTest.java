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
    void aBurst429PacesThatEndpointAndMethodAtJirasRateAndNothingElse() {
        gate.observe("GET", "/rest/api/3/issue/OPS-1", 429, headers("RateLimit-Reason", "jira-burst-based",
                "Retry-After", "1", "X-RateLimit-Limit", "100"));

        assertThat(gate.beforeAttempt("GET", "/rest/api/3/issue/OPS-2")).as("the next token")
                .isEqualTo(Duration.ofMillis(10));
        assertThat(gate.beforeAttempt("GET", "/rest/api/3/issue/OPS-3")).as("one turn later")
                .isEqualTo(Duration.ofMillis(20));
        assertThat(gate.beforeAttempt("PUT", "/rest/api/3/issue/OPS-2")).as("another method").isZero();
        assertThat(gate.beforeAttempt("GET", "/rest/api/3/myself")).as("another endpoint").isZero();
        clock.advance(RateLimitGate.COOL_DOWN);
        assertThat(gate.beforeAttempt("GET", "/rest/api/3/issue/OPS-3")).as("cooled down").isZero();
        assertThat(events).containsExactly("ops jira-burst-based");
    }

    @Test
    void withoutARateABurst429HoldsTheEndpointUntilRetryAfterAndA429WithoutReasonIsLeftToTheRetries() {
        gate.observe("GET", "/rest/api/3/issue/OPS-1", 429,
                headers("RateLimit-Reason", "jira-burst-based", "Retry-After", "2"));
        gate.observe("GET", "/rest/api/3/myself", 429, headers("Retry-After", "5"));

        assertThat(gate.beforeAttempt("GET", "/rest/api/3/issue/OPS-2")).isEqualTo(Duration.ofSeconds(2));
        assertThat(gate.beforeAttempt("GET", "/rest/api/3/myself")).isZero();
        assertThat(events).containsExactly("ops jira-burst-based", "ops unknown");
    }

    @Test
    void aPerIssue429SpacesOutWritesToThatIssueOnly() {
        gate.observe("POST", "/rest/api/3/issue/OPS-1/comment", 429,
                headers("RateLimit-Reason", "jira-per-issue-on-write", "Retry-After", "1"));

        assertThat(gate.beforeAttempt("POST", "/rest/api/3/issue/OPS-1/comment"))
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(gate.beforeAttempt("PUT", "/rest/api/3/issue/OPS-1")).isEqualTo(Duration.ofMillis(1300));
        assertThat(gate.beforeAttempt("POST", "/rest/api/3/issue/OPS-1/comment"))
                .isEqualTo(Duration.ofMillis(1600));
        assertThat(gate.beforeAttempt("GET", "/rest/api/3/issue/OPS-1")).as("a read").isZero();
        assertThat(gate.beforeAttempt("PUT", "/rest/api/3/issue/OPS-2")).as("another issue").isZero();
        clock.advance(RateLimitGate.ISSUE_COOL_DOWN);
        assertThat(gate.beforeAttempt("PUT", "/rest/api/3/issue/OPS-1")).as("cooled down").isZero();
    }

    @Test
    void aSpentQuotaFailsEveryCallFastUntilTheReset() {
        gate.observe("GET", "/rest/api/3/issue/OPS-1", 429, headers("RateLimit-Reason", "jira-quota-global-based",
                "Retry-After", "600", "X-RateLimit-Reset", "2026-03-26T16:00Z"));

        JiraRateLimitException refused = catchThrowableOfType(JiraRateLimitException.class,
                () -> gate.beforeAttempt("POST", "/rest/api/3/search/jql"));

        assertThat(refused.isQuotaSpent()).isTrue();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getResetAt()).isEqualTo(Instant.parse("2026-03-26T16:00:00Z"));
        assertThat(refused).hasMessageContaining("not sent").hasMessageContaining("'ops'")
                .hasMessageContaining("2026-03-26T16:00:00Z");
        assertThat(gate.pausedUntil()).contains(Instant.parse("2026-03-26T16:00:00Z"));
        assertThat(events).containsExactly("ops jira-quota-global-based", "ops paused until 2026-03-26T16:00:00Z");

        clock.advance(Duration.ofMinutes(10));
        assertThat(gate.pausedUntil()).isEmpty();
        assertThat(gate.beforeAttempt("POST", "/rest/api/3/search/jql")).isZero();
    }

    @Test
    void nearTheLimitCallsAreSpreadOverWhatIsLeftUntilAnAnswerNoLongerSaysSo() {
        gate.observe("GET", "/rest/api/3/issue/OPS-1", 200, headers("X-RateLimit-NearLimit", "true",
                "Beta-RateLimit", "\"global-app-quota\";r=600;t=300"));

        assertThat(gate.beforeAttempt("GET", "/rest/api/3/myself")).isZero();
        assertThat(gate.beforeAttempt("GET", "/rest/api/3/myself")).as("300 s over 600 points")
                .isEqualTo(Duration.ofMillis(500));
        gate.observe("GET", "/rest/api/3/issue/OPS-1", 200, headers("Beta-RateLimit",
                "\"global-app-quota\";r=60000;t=300"));
        assertThat(gate.beforeAttempt("GET", "/rest/api/3/myself")).isZero();
    }

    private static RateLimitHeaders headers(String... namesAndValues) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            byName.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return RateLimitHeaders.parse(byName::get);
    }
}
