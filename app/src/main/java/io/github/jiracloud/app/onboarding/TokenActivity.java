package io.github.jiracloud.app.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.jiracloud.camel.auth.TokenEvents;
import io.github.jiracloud.camel.error.JiraConsentRequiredException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What the component last told about each OAuth connection's tokens (the bundle sets this bean as the component's
 * {@link TokenEvents}): when the access token in use expires, and whether Atlassian refused the refresh token.
 */
@ApplicationScoped
public class TokenActivity implements TokenEvents {

    /** The latest news of one connection; either field may be null. */
    record Latest(Instant accessTokenExpiresAt, Instant consentRequiredAt) {
    }

    private final Clock clock;
    private final Map<String, Latest> byConnection = new ConcurrentHashMap<>();

    @Inject
    public TokenActivity(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void renewed(String connection, Instant expiresAt) {
        byConnection.put(connection, new Latest(expiresAt, null));
    }

    @Override
    public void consentRequired(String connection, JiraConsentRequiredException reason) {
        byConnection.put(connection, new Latest(null, clock.instant()));
    }

    Optional<Latest> latest(String connection) {
        return Optional.ofNullable(byConnection.get(connection));
    }
}
