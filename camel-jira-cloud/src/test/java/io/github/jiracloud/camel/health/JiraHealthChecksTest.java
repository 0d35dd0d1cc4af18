package io.github.jiracloud.camel.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.auth.InMemoryTokenStore;
import io.github.jiracloud.camel.auth.StoredToken;
import io.github.jiracloud.camel.connection.JiraConnection;
import io.github.jiracloud.camel.error.JiraConsentRequiredException;
import io.github.jiracloud.camel.error.JiraRateLimitException;
import io.github.jiracloud.camel.support.JiraTestContext;
import io.github.jiracloud.emulator.Fault;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.SettableClock;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The component's readiness checks, by name, against the emulator: a refused refresh token, a connection paused by
 * Jira's hourly quota, and a failing poller.
 */
class JiraHealthChecksTest {

    private static final String SCOPES = "read:jira-work write:jira-work offline_access";

    private final SettableClock emulatorClock = new SettableClock();
    private final SettableClock componentClock = new SettableClock();
    private final InMemoryTokenStore tokens = new InMemoryTokenStore();
    private JiraEmulator emulator;
    private JiraTestContext context;

    @BeforeEach
    void start() {
        emulator = JiraEmulator.builder().port(0).clock(emulatorClock).build().start();
        context = new JiraTestContext(emulator);
        ((JiraComponent) context.camel().getComponent("jira")).setClock(componentClock);
        context.camel().getRegistry().bind("tokens", tokens);
        context.camel().getRegistry().bind("ops", new JiraConnection());
    }

    @AfterEach
    void stop() {
        context.close();
        emulator.close();
    }

    @Test
    void aRefusedRefreshTokenIsDownByConnectionUntilAUserConsentsAgain() {
        String uri = "jira:issue/get?issueKey=OPS-1&connection=ops&"
                + context.oauth2(emulator.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, SCOPES), "tokens");
        assertThat(context.send(uri, null).getException()).isNull();
        assertThat(readiness("jira-connection:ops").getState()).isEqualTo(HealthCheck.State.UP);

        // Atlassian revokes the app's tokens; the access token expires, and the refresh is refused (invalid_grant).
        emulator.revokeRefreshTokens(JiraEmulator.DEMO_CLIENT_ID);
        emulatorClock.advance(Duration.ofHours(2));
        componentClock.advance(Duration.ofHours(2));
        assertThat(context.send(uri, null).getException()).isInstanceOf(JiraConsentRequiredException.class);

        HealthCheck.Result refused = readiness("jira-connection:ops");
        assertThat(refused.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(refused.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .contains("Jira connection 'ops'").contains("authorize the app again"));
        assertThat(refused.getDetails()).containsEntry("reason", "consent-required");
        assertThat(refused.getError()).containsInstanceOf(JiraConsentRequiredException.class);
        // a restart fixes none of this: never a liveness check
        assertThat(checks(HealthCheck.Kind.LIVENESS))
                .noneMatch(result -> result.getCheck().getId().startsWith("jira"));

        // The user consents again (the bundle's onboarding page stores the new token); nothing calls Jira meanwhile:
        // a pod that is not ready gets no requests, so the check itself asks again once the refusal is 30 s old.
        String consentedAgain = emulator.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, SCOPES);
        tokens.save("ops", new StoredToken(consentedAgain, SCOPES, null));
        assertThat(readiness("jira-connection:ops").getState()).isEqualTo(HealthCheck.State.DOWN);
        componentClock.advance(ConnectionHealthCheck.RECHECK_AFTER);

        assertThat(readiness("jira-connection:ops").getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(context.send(uri, null).getException()).isNull();
    }

    @Test
    void aConnectionPausedByJirasHourlyQuotaIsDownUntilTheResetWithoutACallMeanwhile() {
        emulatorClock.set(Instant.parse("2026-03-26T15:59:00Z"));
        componentClock.set(Instant.parse("2026-03-26T15:59:00Z"));
        emulator.controls().appQuota(2);
        String uri = "jira:issue/get?issueKey=OPS-1&connection=ops&"
                + context.oauth2(emulator.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, SCOPES), "tokens");
        assertThat(context.send(uri, null).getException()).isNull();
        assertThat(readiness("jira-connection:ops").getState()).isEqualTo(HealthCheck.State.UP);

        assertThat(context.send(uri, null).getException()).isInstanceOf(JiraRateLimitException.class);

        HealthCheck.Result paused = readiness("jira-connection:ops");
        assertThat(paused.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(paused.getDetails()).containsEntry("reason", "quota-paused")
                .containsEntry("paused.until", "2026-03-26T16:00:00Z");
        assertThat(paused.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .contains("Jira connection 'ops'").contains("hourly points quota"));
        assertThat(checks(HealthCheck.Kind.LIVENESS))
                .noneMatch(result -> result.getCheck().getId().startsWith("jira"));

        // the top of the hour resets the quota: UP with no call in between (a pod that is not ready gets none)
        emulatorClock.advance(Duration.ofMinutes(1));
        componentClock.advance(Duration.ofMinutes(1));
        assertThat(readiness("jira-connection:ops").getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(context.send(uri, null).getException()).isNull();
    }

    @Test
    void aPollerIsDownByRouteAfterThreeFailedPollsInARowAndUpAtItsNextGoodPoll() throws Exception {
        context.camel().getRegistry().bind("pollState", new MemoryStateRepository());
        context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jira:issue/poll?jql=project = OPS&delay=50&stateRepository=#pollState&" + context.basic())
                        .routeId("ops-poller").to("log:changed?level=DEBUG");
            }
        });
        await().atMost(Duration.ofSeconds(20))
                .until(() -> readiness("jira-poller:ops-poller").getState() == HealthCheck.State.UP
                        && emulator.requests().stream()
                                .anyMatch(request -> request.path().equals("/rest/api/3/search/jql")));

        emulator.controls().injectFault(Fault.builder().pathRegex("/rest/api/3/search/jql").always()
                .respond(403, "{\"errorMessages\":[\"Browse projects permission revoked\"],\"errors\":{}}").build());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> readiness("jira-poller:ops-poller").getState() == HealthCheck.State.DOWN);
        HealthCheck.Result failing = readiness("jira-poller:ops-poller");
        assertThat((long) failing.getDetails().get(HealthCheck.FAILURE_ERROR_COUNT))
                .isGreaterThanOrEqualTo(PollerHealthCheck.FAILED_POLLS);
        assertThat(failing.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .contains("route ops-poller").contains("Browse projects permission revoked"));
        assertThat(failing.getDetails()).containsEntry("route.id", "ops-poller");
        // the poller's connection itself is fine
        assertThat(readiness("jira-connection:default").getState()).isEqualTo(HealthCheck.State.UP);

        emulator.controls().clearFaults();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> readiness("jira-poller:ops-poller").getState() == HealthCheck.State.UP);

        context.camel().getRouteController().stopRoute("ops-poller");
        assertThat(checks(HealthCheck.Kind.READINESS))
                .noneMatch(result -> result.getCheck().getId().equals("jira-poller:ops-poller"));
    }

    @Test
    void healthCheckConsumerEnabledFalseLeavesThePollersOut() throws Exception {
        ((JiraComponent) context.camel().getComponent("jira")).setHealthCheckConsumerEnabled(false);
        context.camel().getRegistry().bind("pollState", new MemoryStateRepository());
        context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jira:issue/poll?jql=project = OPS&delay=50&stateRepository=#pollState&" + context.basic())
                        .routeId("quiet-poller").to("log:changed?level=DEBUG");
            }
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> checks(HealthCheck.Kind.READINESS).stream()
                .anyMatch(result -> result.getCheck().getId().equals("jira-connection:default")));

        assertThat(checks(HealthCheck.Kind.READINESS)).extracting(result -> result.getCheck().getId())
                .doesNotContain("jira-poller:quiet-poller");
    }

    @Test
    void oneOrTwoFailedPollsAreJiraHavingABadMinuteNotAPollerThatIsDown() {
        long[] failedPolls = {0};
        PollerHealthCheck check = new PollerHealthCheck("r", "jira://issue/poll", () -> failedPolls[0],
                () -> new IllegalStateException("Jira answered 503"));
        for (failedPolls[0] = 0; failedPolls[0] < PollerHealthCheck.FAILED_POLLS; failedPolls[0]++) {
            assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP);
        }
        assertThat(check.call().getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(check.isLiveness()).isFalse();
        assertThat(check.isReadiness()).isTrue();
    }

    private HealthCheck.Result readiness(String id) {
        Optional<HealthCheck.Result> result = checks(HealthCheck.Kind.READINESS).stream()
                .filter(candidate -> candidate.getCheck().getId().equals(id)).findFirst();
        assertThat(result).as("readiness check %s", id).isPresent();
        return result.get();
    }

    /** Every check of that kind with its result ("full": by default Camel gives only the first when all are UP). */
    private Collection<HealthCheck.Result> checks(HealthCheck.Kind kind) {
        return HealthCheckHelper.invoke(context.camel(), check -> Map.of(HealthCheck.CHECK_KIND, kind),
                check -> kind == HealthCheck.Kind.READINESS ? !check.isReadiness() : !check.isLiveness(), "full");
    }
}
