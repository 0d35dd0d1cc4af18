package io.github.jiracloud.camel.health;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import io.github.jiracloud.camel.auth.AccessTokenProvider;
import io.github.jiracloud.camel.error.JiraConsentRequiredException;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * {@code jira-connection:<connection>}: DOWN while Atlassian refuses the connection's refresh token (a user must
 * authorize the app again), UP once a token is accepted again.
 */
public final class ConnectionHealthCheck extends ReadinessCheck {

    /**
     * How long a refusal stands before the check itself asks for a token again. A pod that is not ready gets no
     * requests and, behind leader election, runs no poller: without this it would stay DOWN after a new consent.
     */
    static final Duration RECHECK_AFTER = Duration.ofSeconds(30);

    private record Refusal(JiraConsentRequiredException reason, Instant at) {
    }

    private final String connection;
    private final Supplier<Instant> now;
    private volatile Refusal refusal;
    private volatile AccessTokenProvider tokens;

    ConnectionHealthCheck(String connection, Supplier<Instant> now) {
        super("jira-connection:" + connection);
        this.connection = connection;
        this.now = now;
    }

    /** The connection's tokens, told to this check; the check asks them again after a refusal. */
    AccessTokenProvider watch(AccessTokenProvider connectionTokens) {
        ConsentWatch watched = new ConsentWatch(connectionTokens, this);
        tokens = watched;
        return watched;
    }

    void refused(JiraConsentRequiredException reason) {
        refusal = new Refusal(reason, now.get());
    }

    void accepted() {
        if (refusal != null) {
            refusal = null;
        }
    }

    @Override
    protected void check(HealthCheckResultBuilder result) {
        result.detail("connection", connection);
        Refusal refused = refusal;
        if (refused != null && !now.get().isBefore(refused.at().plus(RECHECK_AFTER))) {
            refused = askAgain(refused);
        }
        if (refused == null) {
            result.up();
            return;
        }
        result.down().detail("reason", "consent-required").detail("refused.at", refused.at().toString())
                .message("Atlassian refused the refresh token of Jira connection '" + connection + "': a user must "
                        + "authorize the app again (OAuth 2.0 consent), then its calls go out again")
                .error(refused.reason());
    }

    private Refusal askAgain(Refusal refused) {
        try {
            tokens.accessToken();
        } catch (JiraConsentRequiredException stillRefused) {
            // recorded by the watch
        } catch (RuntimeException unreachable) {
            // Atlassian did not answer: the refusal stands, asked again after another wait
            refusal = new Refusal(refused.reason(), now.get());
        }
        return refusal;
    }
}
