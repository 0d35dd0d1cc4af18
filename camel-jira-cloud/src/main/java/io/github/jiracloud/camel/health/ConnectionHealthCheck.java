package io.github.jiracloud.camel.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.jiracloud.camel.auth.AccessTokenProvider;
import io.github.jiracloud.camel.error.JiraConsentRequiredException;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * {@code jira-connection:<connection>}: DOWN while Atlassian refuses the connection's refresh token (a user must
 * authorize the app again), UP once a token is accepted again; and DOWN while the connection is paused because its
 * app's hourly points quota is spent (its calls fail at once, unsent), UP again at the reset.
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
    private final Function<String, Optional<Instant>> pausedUntil;
    private volatile Refusal refusal;
    private volatile AccessTokenProvider tokens;

    ConnectionHealthCheck(String connection, Supplier<Instant> now, Function<String, Optional<Instant>> pausedUntil) {
        super("jira-connection:" + connection);
        this.connection = connection;
        this.now = now;
        this.pausedUntil = pausedUntil;
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
        if (refused != null) {
            consentRequired(result, refused);
            return;
        }
        Optional<Instant> paused = pausedUntil.apply(connection);
        if (paused.isPresent()) {
            result.down().detail("reason", "quota-paused").detail("paused.until", paused.get().toString())
                    .message("Jira connection '" + connection + "' is paused until " + paused.get() + ": its app's "
                            + "hourly points quota is spent; until then its calls fail at once without being sent");
            return;
        }
        result.up();
    }

    private void consentRequired(HealthCheckResultBuilder result, Refusal refused) {
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
