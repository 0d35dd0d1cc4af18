package io.github.jiracloud.camel.client.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Jira's rate-limit headers, current and draft, in the forms Atlassian documents and the community has seen. */
class RateLimitHeadersTest {

    @Test
    void aQuota429WithAResetWithoutSeconds() {
        RateLimitHeaders headers = parse(Map.of("RateLimit-Reason", "jira-quota-global-based", "Retry-After", "600",
                "X-RateLimit-Reset", "2026-03-26T16:00Z"));

        assertThat(headers.isQuota()).isTrue();
        assertThat(headers.reset()).isEqualTo(Instant.parse("2026-03-26T16:00:00Z"));
        assertThat(headers.retryAfter()).isEqualTo(Duration.ofSeconds(600));
        assertThat(headers.liftsAt(Instant.parse("2026-03-26T15:50:00Z")))
                .as("Retry-After first: relative, so the clocks need not agree")
                .isEqualTo(Instant.parse("2026-03-26T16:00:00Z"));
    }

    @Test
    void resetsWithSecondsOrAnOffsetAndReasonsOfEveryLimit() {
        assertThat(parse(Map.of("X-RateLimit-Reset", "2026-01-01T01:01:01Z")).reset())
                .isEqualTo(Instant.parse("2026-01-01T01:01:01Z"));
        assertThat(parse(Map.of("X-RateLimit-Reset", "2026-01-01T02:01:01+01:00")).reset())
                .isEqualTo(Instant.parse("2026-01-01T01:01:01Z"));
        assertThat(parse(Map.of("X-RateLimit-Reset", "soon")).reset()).isNull();
        assertThat(parse(Map.of("RateLimit-Reason", "jira-burst-based")).isBurst()).isTrue();
        assertThat(parse(Map.of("RateLimit-Reason", "jira-per-issue-on-write")).isPerIssueWrite()).isTrue();
        assertThat(parse(Map.of("RateLimit-Reason", "jira-quota-tenant-based")).isQuota()).isTrue();
        assertThat(parse(Map.of("RateLimit-Reason", "jira-cost-based")).isQuota()).isFalse();
    }

    @Test
    void theDraftHeadersWithOrWithoutTheBetaPrefixSeveralEntriesInAnyOrder() {
        RateLimitHeaders beta = parse(Map.of("X-RateLimit-NearLimit", "true",
                "Beta-RateLimit", "\"jira-burst-based\";r=99;t=1, \"global-app-quota\";r=120;t=600",
                "Beta-RateLimit-Policy", "\"global-app-quota\";q=65000;w=3600, \"jira-burst-based\";q=100;w=1"));
        RateLimitHeaders plain = parse(Map.of("RateLimit", "\"tenant-app-quota\";t=30;r=7",
                "RateLimit-Policy", "\"tenant-app-quota\";w=3600;q=100000"));

        assertThat(beta.nearLimit()).isTrue();
        assertThat(beta.quota()).contains(new RateLimitHeaders.Limit("global-app-quota", 120, Duration.ofMinutes(10)));
        assertThat(beta.policies()).containsExactly(
                new RateLimitHeaders.Policy("global-app-quota", 65000, Duration.ofHours(1)),
                new RateLimitHeaders.Policy("jira-burst-based", 100, Duration.ofSeconds(1)));
        assertThat(plain.quota()).contains(new RateLimitHeaders.Limit("tenant-app-quota", 7, Duration.ofSeconds(30)));
        assertThat(plain.policies()).singleElement()
                .isEqualTo(new RateLimitHeaders.Policy("tenant-app-quota", 100000, Duration.ofHours(1)));
        assertThat(parse(Map.of())).isSameAs(RateLimitHeaders.NONE);
    }

    private static RateLimitHeaders parse(Map<String, String> headers) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        return RateLimitHeaders.parse(byName::get);
    }
}
