package io.github.jiracloud.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.github.jiracloud.emulator.control.BurstLimits;
import io.github.jiracloud.emulator.support.JiraClient;
import io.github.jiracloud.emulator.support.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jira Cloud's three independent rate limits (facts file, section 1), on the emulator's clock: burst buckets per
 * endpoint and method, the per-issue write limit, and the hourly points quota of OAuth 2.0 apps, each with the headers
 * Jira sends.
 */
class RateLimitsTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-26T15:59:00Z"));
    private JiraEmulator jira;
    private JiraClient basic;

    @BeforeEach
    void start() {
        jira = JiraEmulator.builder().clock(clock).additionalSite("second").build().start();
        basic = JiraClient.basic(jira);
    }

    @AfterEach
    void stop() {
        jira.close();
    }

    @Test
    void aBurstLimitHoldsForOneEndpointAndMethodOnly() {
        jira.controls().rateLimit(1, 2);

        assertThat(basic.get("/rest/api/3/myself").status()).isEqualTo(200);
        assertThat(basic.get("/rest/api/3/myself").status()).isEqualTo(200);
        Reply refused = basic.get("/rest/api/3/myself");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("ratelimit-reason")).isEqualTo("jira-burst-based");
        assertThat(refused.header("retry-after")).isEqualTo("1");
        assertThat(refused.header("x-ratelimit-limit")).isEqualTo("1");
        assertThat(Instant.parse(refused.header("x-ratelimit-reset"))).isEqualTo(clock.instant().plusSeconds(1));
        assertThat(basic.get("/rest/api/3/issue/OPS-1").status()).as("another endpoint").isEqualTo(200);
        assertThat(basic.post("/rest/api/3/search/jql", Map.of("jql", "project = OPS")).status())
                .as("another method and endpoint").isEqualTo(200);

        clock.advance(Duration.ofSeconds(1));
        assertThat(basic.get("/rest/api/3/myself").status()).isEqualTo(200);
    }

    @Test
    void jirasDefaultsGiveEachMethodAndOverriddenEndpointItsRate() {
        jira.controls().burstLimits(BurstLimits.jiraDefaults());

        assertThat(statuses(151, () -> basic.get("/rest/api/3/issue/OPS-1")))
                .as("GET /issue/{id} is 150 a second").containsEntry(200, 150).containsEntry(429, 1);
        assertThat(statuses(101, () -> basic.get("/rest/api/3/myself"))).containsEntry(200, 100);
        assertThat(statuses(51, () -> basic.put("/rest/api/3/issue/OPS-2", Map.of("fields",
                Map.of("summary", "Renamed"))))).containsEntry(204, 50).containsEntry(429, 1);
        clock.advance(Duration.ofSeconds(1));
        Reply answer = basic.get("/rest/api/3/issue/OPS-3");
        assertThat(answer.header("beta-ratelimit-policy")).isEqualTo("\"jira-burst-based\";q=150;w=1");
    }

    @Test
    void writesToOneIssueAreLimitedTo20Per2sAnd100Per30s() {
        jira.controls().issueWriteLimits();
        Map<String, Object> edit = Map.of("fields", Map.of("summary", "Busy"));
        String id = String.valueOf(basic.get("/rest/api/3/issue/OPS-1").json().get("id"));

        assertThat(statuses(10, () -> basic.put("/rest/api/3/issue/OPS-1", edit))).containsEntry(204, 10);
        assertThat(statuses(10, () -> basic.put("/rest/api/3/issue/" + id, edit))).containsEntry(204, 10);
        Reply refused = basic.put("/rest/api/3/issue/OPS-1", edit);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("ratelimit-reason")).isEqualTo("jira-per-issue-on-write");
        assertThat(refused.header("retry-after")).isEqualTo("2");
        assertThat(basic.put("/rest/api/3/issue/OPS-2", edit).status()).as("another issue").isEqualTo(204);
        assertThat(basic.get("/rest/api/3/issue/OPS-1").status()).as("a read").isEqualTo(200);

        for (int round = 1; round < 5; round++) {
            clock.advance(Duration.ofSeconds(2));
            assertThat(statuses(20, () -> basic.put("/rest/api/3/issue/OPS-1", edit))).containsEntry(204, 20);
        }
        clock.advance(Duration.ofSeconds(2));
        Reply longWindow = basic.put("/rest/api/3/issue/OPS-1", edit);
        assertThat(longWindow.status()).isEqualTo(429);
        assertThat(Long.parseLong(longWindow.header("retry-after"))).isBetween(19L, 22L);

        clock.advance(Duration.ofSeconds(30));
        assertThat(basic.put("/rest/api/3/issue/OPS-1", edit).status()).isEqualTo(204);
    }

    @Test
    void aSpentQuotaRefusesTheAppsCallsUntilTheTopOfTheHour() {
        jira.controls().appQuota(5);
        JiraClient app = JiraClient.bearer(jira, OAuthTest.clientCredentialsToken(jira));

        Reply first = app.get("/rest/api/3/issue/OPS-1");
        assertThat(first.header("x-ratelimit-remaining")).as("an issue read costs 2 points").isEqualTo("3");
        assertThat(first.header("beta-ratelimit-policy")).isEqualTo("\"global-app-quota\";q=5;w=3600");
        assertThat(first.header("beta-ratelimit")).isEqualTo("\"global-app-quota\";r=3;t=60");
        assertThat(app.get("/rest/api/3/issue/OPS-1").header("x-ratelimit-nearlimit")).as("20 % left").isNull();
        Reply third = app.get("/rest/api/3/issue/OPS-1");
        assertThat(third.status()).isEqualTo(200);
        assertThat(third.header("x-ratelimit-nearlimit")).as("under 20 % left").isEqualTo("true");
        Reply refused = app.get("/rest/api/3/issue/OPS-1");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("ratelimit-reason")).isEqualTo("jira-quota-global-based");
        assertThat(refused.header("x-ratelimit-reset")).isEqualTo("2026-03-26T16:00Z");
        assertThat(refused.header("retry-after")).isEqualTo("60");
        assertThat(basic.get("/rest/api/3/issue/OPS-1").status()).as("API-token traffic is not counted")
                .isEqualTo(200);
        assertThat(JiraClient.bearer(jira, OAuthTest.clientCredentialsToken(jira)).get("/rest/api/3/myself")
                .status()).as("the pool is the app's, whatever its token").isEqualTo(429);

        clock.advance(Duration.ofSeconds(60));
        assertThat(app.get("/rest/api/3/issue/OPS-1").status()).isEqualTo(200);
    }

    @Test
    void aTenantQuotaIsAPoolPerSite() {
        jira.controls().tenantQuota(1).betaRateLimitHeaders(false);
        String token = OAuthTest.clientCredentialsToken(jira);
        JiraClient first = JiraClient.bearer(jira, token);
        JiraClient second = JiraClient.withAuthorization(jira.baseUrl() + "/ex/jira/" + jira.cloudId("second"),
                "Bearer " + token);

        assertThat(first.get("/rest/api/3/myself").header("ratelimit-policy"))
                .isEqualTo("\"tenant-app-quota\";q=1;w=3600");
        assertThat(first.get("/rest/api/3/myself").header("ratelimit-reason")).isEqualTo("jira-quota-tenant-based");
        assertThat(second.get("/rest/api/3/myself").status()).isEqualTo(200);
    }

    private static Map<Integer, Integer> statuses(int calls, java.util.function.Supplier<Reply> call) {
        Map<Integer, Integer> counts = new java.util.TreeMap<>();
        for (int i = 0; i < calls; i++) {
            counts.merge(call.get().status(), 1, Integer::sum);
        }
        return counts;
    }
}
