package io.github.jiracloud.camel.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static io.github.jiracloud.camel.client.RetryPolicy.Outcome.ANSWERED;
import static io.github.jiracloud.camel.client.RetryPolicy.Outcome.NOT_SENT;
import static io.github.jiracloud.camel.client.RetryPolicy.Outcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

/** Which failures are retried, and how long the waits are. */
class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(2));

    @Test
    void rateLimitsAndUnavailabilityAreRetriedForEveryMethod() {
        assertThat(policy.nextDelay(false, 0, ANSWERED, 429, null)).isPresent();
        assertThat(policy.nextDelay(false, 0, ANSWERED, 503, null)).isPresent();
    }

    @Test
    void retryAfterIsHonouredWithJitterOnTopUnlessItExceedsTheMaximum() {
        for (int i = 0; i < 50; i++) {
            assertThat(policy.nextDelay(false, 0, ANSWERED, 429, Duration.ofSeconds(1)).orElseThrow())
                    .isBetween(Duration.ofSeconds(1), Duration.ofMillis(1500));
        }
        assertThat(policy.nextDelay(false, 0, ANSWERED, 429, Duration.ofSeconds(2))).contains(Duration.ofSeconds(2));
        assertThat(policy.nextDelay(false, 0, ANSWERED, 429, Duration.ofSeconds(30))).isEmpty();
    }

    @Test
    void aLostAnswerIsRetriedOnlyForIdempotentCalls() {
        assertThat(policy.nextDelay(true, 0, UNKNOWN, 0, null)).isPresent();
        assertThat(policy.nextDelay(false, 0, UNKNOWN, 0, null)).as("a create may already exist").isEmpty();
        assertThat(policy.nextDelay(false, 0, NOT_SENT, 0, null)).as("never reached Jira").isPresent();
    }

    @Test
    void gatewayErrorsAreRetriedOnlyForIdempotentCallsAndClientErrorsNever() {
        assertThat(policy.nextDelay(true, 0, ANSWERED, 502, null)).isPresent();
        assertThat(policy.nextDelay(false, 0, ANSWERED, 504, null)).isEmpty();
        for (int status : new int[]{400, 401, 403, 404, 409, 500}) {
            assertThat(policy.nextDelay(true, 0, ANSWERED, status, null)).as("status %d", status).isEmpty();
        }
    }

    @Test
    void backoffGrowsWithJitterIsCappedAndStopsAfterMaxRetries() {
        for (int i = 0; i < 50; i++) {
            Duration first = policy.nextDelay(true, 0, NOT_SENT, 0, null).orElseThrow();
            Duration third = policy.nextDelay(true, 2, NOT_SENT, 0, null).orElseThrow();
            assertThat(first).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
            assertThat(third).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
        }
        RetryPolicy longRun = new RetryPolicy(30, Duration.ofMillis(100), Duration.ofSeconds(2));
        assertThat(longRun.nextDelay(true, 25, NOT_SENT, 0, null).orElseThrow())
                .isLessThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(policy.nextDelay(true, 3, NOT_SENT, 0, null)).isEmpty();
    }

    @Test
    void lookUpsForALostWriteAreSpacedLikeRetriesAndFillTheWindowExactly() {
        RetryPolicy looking = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofSeconds(30));
        List<Duration> waits = new ArrayList<>();
        Duration waited = Duration.ZERO;
        for (int looks = 1;; looks++) {
            Optional<Duration> next = looking.nextLookUpDelay(looks, waited);
            if (next.isEmpty()) {
                break;
            }
            waits.add(next.get());
            waited = waited.plus(next.get());
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(8), Duration.ofSeconds(7));
        assertThat(waited).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.nextLookUpDelay(1, Duration.ZERO)).as("no window: one look").isEmpty();
    }
}
