package io.github.jiracloud.camel.health;

import io.github.jiracloud.camel.auth.AccessTokenProvider;
import io.github.jiracloud.camel.error.JiraConsentRequiredException;

/**
 * Tells a connection's health check whether its token source gave a token or Atlassian refused the refresh token.
 * Around any {@link AccessTokenProvider}: the component's own, or one a runtime plugs in (the route bundle's OIDC
 * client), so the check needs no cooperation from either.
 */
final class ConsentWatch implements AccessTokenProvider {

    private final AccessTokenProvider tokens;
    private final ConnectionHealthCheck health;

    ConsentWatch(AccessTokenProvider tokens, ConnectionHealthCheck health) {
        this.tokens = tokens;
        this.health = health;
    }

    @Override
    public String accessToken() {
        try {
            String token = tokens.accessToken();
            health.accepted();
            return token;
        } catch (JiraConsentRequiredException refused) {
            health.refused(refused);
            throw refused;
        }
    }

    @Override
    public void invalidate(String rejectedToken) {
        tokens.invalidate(rejectedToken);
    }

    @Override
    public String toString() {
        return tokens.toString();
    }
}
